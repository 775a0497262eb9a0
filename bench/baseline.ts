/**
 * The bench's reference: wink-nlp's own readDoc + POS with wink's default annotation pipeline
 * (sentences, negation, sentiment, POS, entities), over the texts in the JSON file named by the
 * first argument. Runs in its own process because sitrep's analyzer loads wink with a lighter
 * pipeline (src/core/nlp.ts) and two wink instances must not share one process. Prints one JSON
 * line `{ "tokens": n, "ms": t }`: the time of one full pass after a warm-up pass over all texts.
 */
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const texts = JSON.parse(readFileSync(process.argv[2], 'utf8')) as string[];
const nlp = winkNLP(model);
const its = nlp.its;

function pass(list: string[]): { tokens: number; ms: number } {
  let tokens = 0;
  const t0 = performance.now();
  for (const text of list) tokens += (nlp.readDoc(text).tokens().out(its.pos) as string[]).length;
  return { tokens, ms: performance.now() - t0 };
}

// Warm up on the whole corpus first: wink caches every word it has seen, and the analyzer in the
// parent has seen the corpus too by the time it is timed.
pass(texts);
console.log(JSON.stringify(pass(texts)));
