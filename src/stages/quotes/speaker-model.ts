import { z } from 'zod';
import type { Doc } from '../../core/doc.ts';
import { candidatePhrase, candidates, nullFeatures, tokenFeatures, type Candidate } from './candidates.ts';
import type { Frame } from './frames.ts';

/**
 * The learned speaker chooser: a linear ranking model over the speaker candidates of each cue
 * (candidates.ts), trained on PolNeAR train by `scripts/train-speakers.ts` (an averaged
 * perceptron) and shipped as data/quotes/speaker-model.json. The rules' own choice is one feature
 * among others, so the model keeps it unless the context says otherwise ("said Tuesday", "the
 * candidate's spokesman said").
 */
export interface SpeakerModel {
  weights: Map<string, number>;
}

/** Called with each document's cue frames before quotes are assembled (the chooser, or training's recorder). */
export type SpeakerHook = (doc: Doc, frames: Frame[], inside: Uint8Array) => void;

const ModelSchema = z.object({ weights: z.record(z.string(), z.number()) }).passthrough();

/**
 * Validate and compile a speaker model file once, when the analyzer is built.
 * @throws ZodError when the file does not fit the schema.
 */
export function compileSpeakerModel(data: unknown): SpeakerModel {
  return { weights: new Map(Object.entries(ModelSchema.parse(data).weights)) };
}

/** The sum of the weights of `features` (a feature the model lacks adds nothing). */
export function scoreFeatures(weights: Map<string, number>, features: string[]): number {
  let s = 0;
  for (const f of features) s += weights.get(f) ?? 0;
  return s;
}

/**
 * Re-choose the speaker phrase of every frame with the model: the best-scoring candidate of its
 * sentence, or none when "no speaker" scores best. A winner inside the rules' phrase keeps that
 * phrase (with its apposition and "who" handling).
 */
export function chooseSpeakers(doc: Doc, frames: Frame[], inside: Uint8Array, model: SpeakerModel): void {
  // The cue-independent part of a token's score, per token and side, computed once per document.
  const tokenScore = new Float64Array(2 * doc.tokenCount).fill(NaN);
  for (const f of frames) {
    const rule = f.phrase;
    let best = scoreFeatures(model.weights, nullFeatures(f, rule));
    let win: Candidate | null = null;
    for (const c of candidates(doc, f, inside, rule)) {
      const k = 2 * c.t + (c.side === 'L' ? 0 : 1);
      if (Number.isNaN(tokenScore[k])) tokenScore[k] = scoreFeatures(model.weights, tokenFeatures(doc, c.t, c.side));
      const s = tokenScore[k] + scoreFeatures(model.weights, c.features);
      if (s > best) {
        best = s;
        win = c;
      }
    }
    const t = win ? win.t : -1;
    f.phrase = rule && ((t >= rule.a && t < rule.b) || t === rule.anchor) ? rule : win && candidatePhrase(doc, win, f.sentence);
  }
}
