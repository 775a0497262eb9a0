import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

/**
 * The wink annotations sitrep reads: sentences and parts of speech. Negation, sentiment and
 * entities are sitrep's own stages (actors, events), so wink's are not computed (about 14 % of
 * the analysis time); tokens, tags and sentences are the same as with wink's default pipeline.
 */
const ANNOTATIONS = ['sbd', 'pos'];

/**
 * The shared wink-nlp instance. The model is package data (no download); it is loaded on first use
 * and reused, because loading it costs ~100 ms and tens of MB.
 */
export function wink(): Wink {
  if (!instance) instance = winkNLP(model, ANNOTATIONS);
  return instance;
}

/** Tokenized text as wink sees it: values, ids, POS tags, sentence token ranges (offsets: tokenize.ts). */
export interface WinkOutput {
  values: string[];
  /** wink's id of each token's value in its (instance-wide) lexeme cache: one id, one value. */
  ids: number[];
  pos: string[];
  sentences: Array<[number, number]>;
}

/** Run wink's readDoc and read back only the arrays sitrep needs (one pass each). */
export function readWithWink(text: string): WinkOutput {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return {
    values: tokens.out() as string[],
    ids: tokens.out(its.uniqueId) as unknown as number[],
    pos: tokens.out(its.pos) as string[],
    sentences: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
  };
}
