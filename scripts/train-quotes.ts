/**
 * `npx tsx scripts/train-quotes.ts [--epochs N] [--prune W] [--out FILE]`: train the quotes stage's learned cue
 * detector (src/stages/quotes/learned.ts) on PolNeAR train (../shared/eval/polnear/train) and write
 * data/quotes/cue-model.json.
 *
 * An averaged perceptron labels each candidate token "part of a gold cue" or not. The decision
 * threshold is chosen on a held-out tenth of the train articles by running the whole pipeline and
 * keeping the best content F1 (PolNeAR dev is never read); the shipped model is then retrained on
 * all train articles. Only feature weights are written, never article text.
 */
import { AveragedPerceptron } from './perceptron.ts';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, defaultStages } from '../src/analyzer.ts';
import type { Doc } from '../src/core/doc.ts';
import { buildDoc } from '../src/core/tokenize.ts';
import { sharedDir } from '../eval/paths.ts';
import { evalPolnear, parseBrat } from '../eval/polnear.ts';
import { CANDIDATE_POS, cueFeatures, cueModelOf, type CueModel } from '../src/stages/quotes/learned.ts';
import { createQuotesStage } from '../src/stages/quotes/index.ts';
import { compileCues } from '../src/stages/quotes/lexicon.ts';
import cueData from '../data/quotes/cues.json' with { type: 'json' };

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const EPOCHS = Number(opt('--epochs', '5'));
const OUT = opt('--out', join(import.meta.dirname ?? '.', '..', 'data', 'quotes', 'cue-model.json'));
/** Weights smaller than this are dropped (file size and speed; held-out F1 barely moves). */
const PRUNE = Number(opt('--prune', '1'));

const shared = sharedDir();
if (!shared) throw new Error('../shared not found (set SITREP_SHARED)');
const dir = join(shared, 'eval', 'polnear', 'train');

interface Example { features: string[]; y: number }

/** Candidate tokens of every article, labelled by overlap with a gold cue span. */
function examples(bases: string[]): Example[] {
  const out: Example[] = [];
  for (const base of bases) {
    const text = readFileSync(join(dir, 'text', `${base}.txt`), 'utf8');
    const ann = readdirSync(join(dir, 'attributions')).find((f) => f.startsWith(`${base}_`))!;
    const cues = parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8')).flatMap((a) => a.cue);
    const doc: Doc = buildDoc(base, text, { title: null, source: null, url: null, published: null, authors: [], contributors: [] });
    for (const s of doc.sentences) {
      for (let i = s.first; i < s.last; i++) {
        if (!CANDIDATE_POS.has(doc.pos[i])) continue;
        const y = cues.some((c) => doc.starts[i] < c[1] && doc.ends[i] > c[0]) ? 1 : -1;
        out.push({ features: cueFeatures(doc, i, s.first, s.last), y });
      }
    }
  }
  return out;
}

/** Averaged perceptron over token examples (scripts/perceptron.ts); seed 42 keeps runs reproducible. */
function train(data: Example[]): Map<string, number> {
  const p = new AveragedPerceptron(42);
  const order = data.map((_, i) => i);
  for (let e = 0; e < EPOCHS; e++) {
    p.shuffle(order);
    let errors = 0;
    for (const k of order) {
      const ex = data[k];
      if (p.score(ex.features) * ex.y <= 0) {
        errors++;
        for (const f of ex.features) p.update(f, ex.y);
      }
      p.tick();
    }
    console.error(`epoch ${e + 1}: ${errors} errors over ${data.length} tokens`);
  }
  return p.averaged(PRUNE, 2);
}

function analyzerWith(model: CueModel) {
  const stages = defaultStages().map((s) => (s.name === 'quotes' ? createQuotesStage(compileCues(cueData), model) : s));
  return createAnalyzer({ stages });
}

const hash = (s: string) => [...s].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);
const bases = [...new Set(readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).map((f) => f.replace(/_[0-9a-f]{4}\.ann$/, '')))].sort();
const heldOut = new Set(bases.filter((b) => hash(b) % 10 === 0));
const fit = bases.filter((b) => !heldOut.has(b));
console.error(`${bases.length} train articles: fitting on ${fit.length}, choosing the threshold on ${heldOut.size}`);

const weights = train(examples(fit));
const none = () => {};
let best = { threshold: Infinity, f1: evalPolnear(dir, analyzerWith(cueModelOf(weights, Infinity)), none, Infinity, undefined, (b) => heldOut.has(b)).f1 };
console.error(`rules only: held-out F1 ${(100 * best.f1).toFixed(1)}%`);
const compiled = cueModelOf(weights, Infinity);
for (const threshold of [-5, -4, -3, -2, -1, 0, 1, 2]) {
  const r = evalPolnear(dir, analyzerWith({ ...compiled, threshold }), none, Infinity, undefined, (b) => heldOut.has(b));
  console.error(`threshold ${threshold}: held-out F1 ${(100 * r.f1).toFixed(1)}% (recall ${(100 * r.recall).toFixed(1)}%, precision ${(100 * r.precision).toFixed(1)}%, speaker ${(100 * r.speakerAccuracy).toFixed(1)}%)`);
  if (r.f1 > best.f1) best = { threshold, f1: r.f1 };
}
const final = train(examples(bases));
const sorted = Object.fromEntries([...final].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
writeFileSync(OUT, `${JSON.stringify({
  $comment: 'Learned cue detector of the quotes stage: averaged-perceptron weights over token features (src/stages/quotes/learned.ts), trained by scripts/train-quotes.ts on the PolNeAR train split; holds feature weights only. Format in docs/lexicons.md, section Quotes.',
  threshold: best.threshold === Infinity ? 1e9 : best.threshold,
  weights: sorted,
})}\n`);
console.error(`wrote ${OUT}: ${final.size} weights, threshold ${best.threshold}`);
