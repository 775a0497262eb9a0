import type { Doc, Sentence } from '../../core/doc.ts';
import { mentionAt } from '../actors/query.ts';
import { BUCKETS, CLITIC_S, UPPER, type Parts } from './candidates.ts';
import { npToken } from './phrase.ts';
import type { CompiledSpeakers, KindTables } from './speaker-compiled.ts';

/*
 * Scoring with the speaker model's compiled tables (speaker-compiled.ts): a token's cached weights
 * and a candidate's sum, in the order the feature strings list them.
 */

/** `UPPER.test(text[i])`, without the regular expression for ASCII (most tokens). */
function upper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text[i]);
}

/** Number of `tokenFeatures` templates: the weights a token contributes, cached in this order. */
export const TOKEN_SLOTS = 12;

/**
 * Write the weights of `tokenFeatures(doc, t, side)` into `out[at..at+12)`, in the order the
 * strings list them (0 for an absent optional feature: adding 0 changes no sum). `s` is token
 * `t`'s sentence (looked up when not given).
 */
export function tokenWeights(c: CompiledSpeakers, doc: Doc, t: number, side: number, out: Float64Array, at: number, s: Sentence = doc.sentences[doc.sentenceAt(doc.starts[t])]): void {
  const T = c.tags.size;
  const p = c.tags.get(doc.pos[t]) ?? -1;
  const prev = c.tags.get(t > s.first ? doc.pos[t - 1] : '<s>') ?? -1;
  const next = c.tags.get(t + 1 < s.last ? doc.pos[t + 1] : '</s>') ?? -1;
  const mention = mentionAt(doc, t);
  const poss = t + 1 < s.last && CLITIC_S.has(doc.lower[t + 1]);
  const head = t + 1 >= s.last || !npToken(doc, t + 1) || CLITIC_S.has(doc.lower[t + 1]) ? 1 : 0;
  out[at] = c.bias;
  out[at + 1] = p < 0 ? 0 : c.p[side * T + p];
  out[at + 2] = c.wIds.get(doc.ids[t], doc.lower[t]);
  out[at + 3] = t > s.first ? c.wmIds.get(doc.ids[t - 1], doc.lower[t - 1]) : c.wm.get('<s>') ?? 0;
  out[at + 4] = t + 1 < s.last ? c.wnIds.get(doc.ids[t + 1], doc.lower[t + 1]) : c.wn.get('</s>') ?? 0;
  out[at + 5] = prev < 0 || p < 0 ? 0 : c.pm[prev * T + p];
  out[at + 6] = p < 0 || next < 0 ? 0 : c.pn[p * T + next];
  out[at + 7] = p < 0 ? 0 : c.hd[head * T + p];
  out[at + 8] = c.m.get(mention ? mention.kind : '-')?.[side] ?? 0;
  out[at + 9] = p >= 0 && upper(doc.text, doc.starts[t]) ? c.up[side * T + p] : 0;
  out[at + 10] = mention?.code ? c.mcode : 0;
  out[at + 11] = poss ? c.poss : 0;
}

/**
 * The score of a candidate: its `frameFeatures` weights (kind tables `k`, cue-word weight `cw`,
 * `hasRule`, cue context tables `ctx` from `contextWeights`) then its token's cached weights `tw[at..at+12)`, summed in string order.
 */
export function candidateScore(c: CompiledSpeakers, k: KindTables, cw: number, side: number, p: Parts, hasRule: boolean, ctx: [Float64Array, Float64Array], tw: Float64Array, at: number): number {
  const B = BUCKETS.length;
  const inRule = p.inRule ? 1 : 0;
  let s = 0;
  s += c.sd[side * B + p.bucket];
  s += k.ksd[side * B + p.bucket];
  s += c.r[side * 4 + p.rank];
  s += k.kr[side * 4 + p.rank];
  s += c.c[side * 4 + p.commas];
  s += c.v[side * 4 + p.verbs];
  s += cw;
  s += c.rule[inRule];
  s += k.krule[inRule * 2 + (hasRule ? 1 : 0)];
  if (p.quote) s += c.q[side];
  if (p.subj) s += c.subj[side];
  if (p.ruleHead) s += c.ruleHead;
  if (p.inContent) s += c.inc[side];
  s += ctx[0][side * 4 + p.rank];
  s += ctx[1][side * 4 + p.rank];
  for (let j = 0; j < TOKEN_SLOTS; j++) s += tw[at + j];
  return s;
}
