import { z } from 'zod';
import type { Doc } from '../../core/doc.ts';
import { compileCueWeights, markNear, type CompiledCues } from './scorer.ts';

/**
 * A learned cue detector: a linear model over token features that says whether a token is part of
 * an attribution cue the lexicon does not list ("seemed", "is expected", "polls show"). Weights come
 * from `scripts/train-quotes.ts` (an averaged perceptron) and ship in data/quotes/cue-model.json.
 */
export interface CueModel {
  weights: Map<string, number>;
  /** A token is a cue when its score exceeds this. */
  threshold: number;
  /** The same weights keyed by integer ids, for scoring at runtime (scorer.ts). */
  compiled: CompiledCues;
}

const ModelSchema = z.object({
  threshold: z.number(),
  weights: z.record(z.string(), z.number()),
}).passthrough();

/**
 * Validate and compile a cue model file once, when the analyzer is built.
 * @throws ZodError when the file does not fit the schema.
 */
export function compileCueModel(data: unknown): CueModel {
  const parsed = ModelSchema.parse(data);
  return cueModelOf(new Map(Object.entries(parsed.weights)), parsed.threshold);
}

/** A cue model over feature-string weights (as training produces them), compiled for runtime. */
export function cueModelOf(weights: Map<string, number>, threshold: number): CueModel {
  return { weights, threshold, compiled: compileCueWeights(weights) };
}

/** Parts of speech a cue token can have; other tokens are never scored (speed, and no noise). */
export const CANDIDATE_POS = new Set(['VERB', 'NOUN', 'ADJ', 'ADV', 'AUX', 'ADP']);

function word(doc: Doc, i: number): string {
  return i >= 0 && i < doc.tokenCount ? doc.lower[i] : '<s>';
}

function tag(doc: Doc, i: number): string {
  return i >= 0 && i < doc.tokenCount ? doc.pos[i] : '<s>';
}

/**
 * The feature strings of token `i` in the sentence `[lo, hi)`: the word, its neighbours, their
 * tags, the word's ending, and whether a quotation mark or "that" is near. Shared by training and
 * runtime so both see exactly the same features.
 */
export function cueFeatures(doc: Doc, i: number, lo: number, hi: number): string[] {
  const w = doc.lower[i];
  const p = doc.pos[i];
  const w1 = i + 1 < hi ? word(doc, i + 1) : '</s>';
  const w2 = i + 2 < hi ? word(doc, i + 2) : '</s>';
  const wm = i - 1 >= lo ? word(doc, i - 1) : '<s>';
  const p1 = i + 1 < hi ? tag(doc, i + 1) : '</s>';
  const pm = i - 1 >= lo ? tag(doc, i - 1) : '<s>';
  const f = [
    'b', `w=${w}`, `p=${p}`, `wp=${w}|${p}`, `w+1=${w1}`, `w-1=${wm}`, `p+1=${p1}`, `p-1=${pm}`,
    `ww+1=${w}|${w1}`, `w-1w=${wm}|${w}`, `pp+1=${p}|${p1}`, `p-1p=${pm}|${p}`, `ww+2=${w}|${w2}`,
    `suf=${w.slice(-3)}|${p}`, `p-1pp+1=${pm}|${p}|${p1}`,
  ];
  if (markNear(doc, i, lo, hi, 3)) f.push('mark3');
  if (w1 === 'that' || w2 === 'that') f.push('that2');
  if (i - lo < 3) f.push('early');
  return f;
}

/**
 * The model's score for token `i`: the sum of the weights of its feature strings, in order. This is
 * the reference definition (training sums the same way); the stage scores with `cueScorer`
 * (scorer.ts), which gives identical numbers without building strings.
 */
export function referenceCueScore(model: CueModel, doc: Doc, i: number, lo: number, hi: number): number {
  let s = 0;
  for (const f of cueFeatures(doc, i, lo, hi)) s += model.weights.get(f) ?? 0;
  return s;
}
