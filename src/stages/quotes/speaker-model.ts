import { z } from 'zod';
import type { Doc } from '../../core/doc.ts';
import { candidatePhrase, candidates, type Candidate } from './candidates.ts';
import { cueContext, cueWord, frameFeatures, LEARNED_CUE_WORD, tokenFeatures } from './speaker-features.ts';
import { compileSpeakerWeights, contextWeights, kindTables, type CompiledSpeakers } from './speaker-compiled.ts';
import { candidateScore, tokenWeights, TOKEN_SLOTS } from './speaker-scoring.ts';
import type { Frame } from './frames.ts';
import { capitalized, npBack } from './phrase.ts';
import type { SpeakerPhrase } from './subject.ts';
import type { CueEntry } from './lexicon.ts';

/**
 * The learned speaker chooser: a linear ranking model over the speaker candidates of each cue
 * (candidates.ts), trained on PolNeAR train by `scripts/train-speakers.ts` (an averaged
 * perceptron) and shipped as data/quotes/speaker-model.json. The rules' own choice is one feature
 * among others, so the model keeps it unless the context says otherwise ("said Tuesday", "the
 * candidate's spokesman said").
 */
export interface SpeakerModel {
  weights: Map<string, number>;
  /** The same weights as integer-indexed tables (speaker-compiled.ts): no strings at runtime. */
  compiled: CompiledSpeakers;
  /** Per listed cue entry: its cue word's weights left and right of the cue, looked up once per entry. */
  entryWeights: WeakMap<CueEntry, [number, number]>;
  /** The same for every learned cue (they share one cue word). */
  learnedWeights: [number, number];
}

/** Called with each document's cue frames before quotes are assembled (the chooser, or training's recorder). */
export type SpeakerHook = (doc: Doc, frames: Frame[], inside: Uint8Array) => void;

const ModelSchema = z.object({ weights: z.record(z.string(), z.number()) }).passthrough();

/**
 * Validate and compile a speaker model file once, when the analyzer is built.
 * @throws ZodError when the file does not fit the schema.
 */
export function compileSpeakerModel(data: unknown): SpeakerModel {
  const weights = new Map(Object.entries(ModelSchema.parse(data).weights));
  const model: SpeakerModel = { weights, compiled: compileSpeakerWeights(weights), entryWeights: new WeakMap(), learnedWeights: [0, 0] };
  model.learnedWeights = cueWeights(model, LEARNED_CUE_WORD);
  return model;
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
  const c = model.compiled;
  // The cue-independent weights of a token on a side, looked up once per document: `slot[2t + side]`
  // is their place in `cache` (TOKEN_SLOTS numbers each), -1 until first needed.
  const slot = new Int32Array(2 * doc.tokenCount).fill(-1);
  let cache = new Float64Array(32 * TOKEN_SLOTS);
  let used = 0;
  for (const f of frames) {
    const rule = f.phrase;
    // "Conceding that …, he warned": an opening participle's subject after the comma is past the
    // chooser's reach (too far, too rare in training); the rules' choice stands.
    if (f.opening && rule) continue;
    const hasRule = rule !== null;
    const k = c.kinds.get(f.entry.kind) ?? kindTables(model.weights, f.entry.kind);
    let cueWeight = f.entry.learned ? model.learnedWeights : model.entryWeights.get(f.entry);
    if (!cueWeight) model.entryWeights.set(f.entry, (cueWeight = cueWeights(model, cueWord(f))));
    const cx = cueContext(doc, f);
    const ctx = contextWeights(c, cx.before, cx.after);
    let best = k.none[hasRule ? 1 : 0];
    let win: Candidate | null = null;
    for (const cand of candidates(doc, f, inside, rule)) {
      const side = cand.side === 'L' ? 0 : 1;
      const key = 2 * cand.t + side;
      if (slot[key] < 0) {
        if ((used + 1) * TOKEN_SLOTS > cache.length) {
          const grown = new Float64Array(cache.length * 2);
          grown.set(cache);
          cache = grown;
        }
        slot[key] = used++;
        tokenWeights(c, doc, cand.t, side, cache, slot[key] * TOKEN_SLOTS, doc.sentences[f.sentence]);
      }
      const s = candidateScore(c, k, cueWeight[side], side, cand.parts, hasRule, ctx, cache, slot[key] * TOKEN_SLOTS);
      if (s > best) {
        best = s;
        win = cand;
      }
    }
    const t = win ? win.t : -1;
    // A name the tagger took for a verb ("Lynch said") is no candidate, so the model never saw the rules' choice.
    const unseen = rule !== null && nameAsVerb(doc, rule.anchor ?? rule.b - 1, f.sentence, inside, f.c0);
    f.phrase = rule && (unseen || (t >= rule.a && t < rule.b) || t === rule.anchor) ? rule : win && candidatePhrase(doc, win, f.sentence);
    // Co-speakers stand beside the rules' phrase; another choice leaves them out.
    if (f.phrase !== rule) f.also = undefined;
    // "Sen. Ana Roe (D-Ore.) said": the party and state in brackets describe the name before them.
    if (f.phrase) f.phrase = beforeBracket(doc, f.phrase, doc.sentences[f.sentence].first) ?? f.phrase;
  }
}

/** The weights of cue-word feature `cw` for a speaker left and right of the cue. */
function cueWeights(model: SpeakerModel, cw: string): [number, number] {
  return [model.weights.get(`${cw}|L`) ?? 0, model.weights.get(`${cw}|R`) ?? 0];
}

/** The name before a bracket that holds phrase `p` ("Ana Roe (D-Ore.)" → "Ana Roe"), or null. */
function beforeBracket(doc: Doc, p: SpeakerPhrase, first: number): SpeakerPhrase | null {
  let open = p.a - 1;
  // Only a phrase inside the bracket: "WASHINGTON (AP) — Chuck Grassley" has it closed before the name.
  while (open > first && p.a - open <= 4 && doc.lower[open] !== '(' && doc.lower[open] !== ')') open--;
  if (open <= first || doc.lower[open] !== '(' || doc.pos[open - 1] !== 'PROPN') return null;
  const a = npBack(doc, open, first);
  return a < open ? { a, b: open, clauseStart: a } : null;
}

/**
 * A capitalised word outside quotations that the tagger took for a verb or adjective ("Lynch"):
 * inside a sentence, or opening it right before the cue ("Cook said …": no verb stands there).
 */
function nameAsVerb(doc: Doc, t: number, si: number, inside: Uint8Array, c0: number): boolean {
  const p = doc.pos[t];
  return (p === 'VERB' || p === 'ADJ') && !inside[t] && (t > doc.sentences[si].first || t + 1 === c0) && capitalized(doc, t);
}

/** A candidate's score as the chooser computes it (compiled tables), uncached; for tests. */
export function tableScore(model: SpeakerModel, doc: Doc, f: Frame, c: Candidate): number {
  const side = c.side === 'L' ? 0 : 1;
  const k = model.compiled.kinds.get(f.entry.kind) ?? kindTables(model.weights, f.entry.kind);
  const tw = new Float64Array(TOKEN_SLOTS);
  tokenWeights(model.compiled, doc, c.t, side, tw, 0);
  const cx = cueContext(doc, f);
  return candidateScore(model.compiled, k, model.weights.get(`${cueWord(f)}|${c.side}`) ?? 0, side, c.parts, f.phrase !== null, contextWeights(model.compiled, cx.before, cx.after), tw, 0);
}

/** The score of choosing no speaker for frame `f` as the chooser computes it; for tests. */
export function tableNullScore(model: SpeakerModel, f: Frame): number {
  return (model.compiled.kinds.get(f.entry.kind) ?? kindTables(model.weights, f.entry.kind)).none[f.phrase ? 1 : 0];
}

/** A candidate's score from its feature strings: the reference the tables must match (tests, training). */
export function referenceScore(model: SpeakerModel, doc: Doc, f: Frame, c: Candidate): number {
  const feats = [...frameFeatures(f.entry.kind, cueWord(f), c.side, c.parts, f.phrase !== null, cueContext(doc, f)), ...tokenFeatures(doc, c.t, c.side)];
  return scoreFeatures(model.weights, feats);
}
