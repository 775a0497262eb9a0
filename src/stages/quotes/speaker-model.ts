import { z } from 'zod';
import type { Doc } from '../../core/doc.ts';
import { BUCKETS, candidatePhrase, candidates, cueWord, frameFeatures, nullFeatures, tokenFeatures, type Candidate, type Parts, type Side } from './candidates.ts';
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
  /** The cue-dependent weights as small tables per cue kind (no strings at runtime). */
  tables: Map<string, Tables>;
}

const SIDES: Side[] = ['L', 'R'];
const KINDS = ['speech', 'address', 'thought', 'intent', 'stance', 'according'];

/** One cue kind's weights of the `frameFeatures` templates, indexed by side and part value. */
interface Tables {
  sd: Float64Array; ksd: Float64Array; r: Float64Array; kr: Float64Array; c: Float64Array; v: Float64Array;
  /** By inRule * 2 + hasRule: the "rule" and "krule" features together. */
  rule: Float64Array;
  q: Float64Array; subj: Float64Array; ruleHead: number;
}

/** Weights of `name(side, value)` for both sides and values 0..n-1, side-major. */
function table(weights: Map<string, number>, n: number, name: (side: Side, v: number) => string): Float64Array {
  const t = new Float64Array(2 * n);
  SIDES.forEach((side, s) => { for (let v = 0; v < n; v++) t[s * n + v] = weights.get(name(side, v)) ?? 0; });
  return t;
}

/** Spell the `frameFeatures` templates out once per cue kind (must match candidates.ts). */
function compileTables(weights: Map<string, number>): Map<string, Tables> {
  const out = new Map<string, Tables>();
  const B = BUCKETS.length;
  for (const kind of KINDS) {
    const rule = new Float64Array(4);
    for (let k = 0; k < 4; k++) {
      const inRule = k >= 2;
      rule[k] = (weights.get(`rule=${inRule}`) ?? 0) + (weights.get(`krule=${kind}|${inRule}|${k % 2 ? 'y' : 'n'}`) ?? 0);
    }
    out.set(kind, {
      sd: table(weights, B, (s, v) => `sd=${s}${BUCKETS[v]}`), ksd: table(weights, B, (s, v) => `ksd=${kind}|${s}${BUCKETS[v]}`),
      r: table(weights, 4, (s, v) => `r=${s}${v}`), kr: table(weights, 4, (s, v) => `kr=${kind}|${s}${v}`),
      c: table(weights, 4, (s, v) => `c=${v}|${s}`), v: table(weights, 4, (s, v) => `v=${v}|${s}`),
      rule, q: table(weights, 1, (s) => `q|${s}`), subj: table(weights, 1, (s) => `subj|${s}`), ruleHead: weights.get('rulehead') ?? 0,
    });
  }
  return out;
}

/** The cue-dependent score of a candidate with `parts` on side `s` (0 = before the cue). */
function partsScore(t: Tables, s: number, p: Parts, hasRule: boolean): number {
  const B = BUCKETS.length;
  let x = t.sd[s * B + p.bucket] + t.ksd[s * B + p.bucket] + t.r[s * 4 + p.rank] + t.kr[s * 4 + p.rank];
  x += t.c[s * 4 + p.commas] + t.v[s * 4 + p.verbs] + t.rule[(p.inRule ? 2 : 0) + (hasRule ? 1 : 0)];
  if (p.quote) x += t.q[s];
  if (p.subj) x += t.subj[s];
  if (p.ruleHead) x += t.ruleHead;
  return x;
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
  return { weights, tables: compileTables(weights) };
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
    const table = model.tables.get(f.entry.kind);
    const cw = cueWord(f);
    const cueScore = [model.weights.get(`${cw}|L`) ?? 0, model.weights.get(`${cw}|R`) ?? 0];
    let best = scoreFeatures(model.weights, nullFeatures(f, rule));
    let win: Candidate | null = null;
    for (const c of candidates(doc, f, inside, rule)) {
      const side = c.side === 'L' ? 0 : 1;
      const k = 2 * c.t + side;
      if (Number.isNaN(tokenScore[k])) tokenScore[k] = scoreFeatures(model.weights, tokenFeatures(doc, c.t, c.side));
      const s = tokenScore[k] + cueScore[side] + (table ? partsScore(table, side, c.parts, rule !== null) : 0);
      if (s > best) {
        best = s;
        win = c;
      }
    }
    const t = win ? win.t : -1;
    f.phrase = rule && ((t >= rule.a && t < rule.b) || t === rule.anchor) ? rule : win && candidatePhrase(doc, win, f.sentence);
  }
}

/** A candidate's score as the chooser computes it (tables plus token features), uncached; for tests. */
export function tableScore(model: SpeakerModel, doc: Doc, f: Frame, c: Candidate): number {
  const side = c.side === 'L' ? 0 : 1;
  const table = model.tables.get(f.entry.kind);
  return scoreFeatures(model.weights, tokenFeatures(doc, c.t, c.side)) + (model.weights.get(`${cueWord(f)}|${c.side}`) ?? 0)
    + (table ? partsScore(table, side, c.parts, f.phrase !== null) : 0);
}

/** A candidate's score from its feature strings: the reference the tables must match (tests, training). */
export function referenceScore(model: SpeakerModel, doc: Doc, f: Frame, c: Candidate): number {
  const feats = [...frameFeatures(f.entry.kind, cueWord(f), c.side, c.parts, f.phrase !== null), ...tokenFeatures(doc, c.t, c.side)];
  return scoreFeatures(model.weights, feats);
}
