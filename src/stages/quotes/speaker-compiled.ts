import { TokenMemo, type Doc, type Sentence } from '../../core/doc.ts';
import { mentionAt } from '../actors/query.ts';
import { BUCKETS, CLITIC_S, UPPER, type Parts } from './candidates.ts';
import { npToken } from './phrase.ts';

/**
 * The speaker model's weights compiled to integer-indexed tables, so scoring a candidate builds no
 * strings. Every cell is filled by looking up the exact feature string `candidates.ts` would build
 * (`frameFeatures`, `tokenFeatures`), so a cell and its string can never disagree; words stay in
 * Maps keyed by the word alone (`w=said` → key "said"). The scorer adds the weights one by one in
 * the order the strings list them (floating-point sums depend on order): scores are identical to
 * the string reference, not merely close. test/quotes/speaker-scores.test.ts checks it.
 */
export interface CompiledSpeakers {
  /** Tag → id for every tag in some key, the UD tags and the sentence edges. */
  tags: Map<string, number>;
  bias: number;
  /** By side * T + tag: `p=TAG|SIDE`; `up|TAG|SIDE`. */
  p: Float64Array;
  up: Float64Array;
  /** By prev * T + tag (`pm=`), tag * T + next (`pn=`), head * T + tag (`hd=`). */
  pm: Float64Array;
  pn: Float64Array;
  hd: Float64Array;
  w: Map<string, number>;
  wm: Map<string, number>;
  wn: Map<string, number>;
  /** The same three word weights cached per wink word id (`Doc.ids`): one Map look-up per word, not per token. */
  wIds: TokenMemo<number>;
  wmIds: TokenMemo<number>;
  wnIds: TokenMemo<number>;
  /** Mention kind ("-" for none) → [L, R]. */
  m: Map<string, Float64Array>;
  mcode: number;
  poss: number;
  /** Cue-dependent tables by side * n + value, plus one set per cue kind. */
  sd: Float64Array; r: Float64Array; c: Float64Array; v: Float64Array; q: Float64Array; subj: Float64Array;
  /** By inRule (0/1): `rule=false`, `rule=true`. */
  rule: Float64Array;
  ruleHead: number;
  /** By side: `inc|SIDE`. */
  inc: Float64Array;
  /** Word before / after the cue → weights by side * 4 + rank (`wc0=WORD|L2`, `wc1=…`). */
  wc0: Map<string, Float64Array>;
  wc1: Map<string, Float64Array>;
  /** Per cue kind named in some key or known to the lexicon (`kindTables` makes others). */
  kinds: Map<string, KindTables>;
}

/** One cue kind's tables: `ksd=`, `kr=`, `krule=` (by inRule * 2 + hasRule) and the "no speaker" score (by hasRule). */
export interface KindTables { ksd: Float64Array; kr: Float64Array; krule: Float64Array; none: Float64Array }

const SIDES = ['L', 'R'] as const;
const UD = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE', '<s>', '</s>'];
/** Cue kinds the lexicon knows; kinds named in keys are added. */
const KINDS = ['speech', 'address', 'thought', 'intent', 'stance', 'according'];

/** `weights` of `key(side, value)` for both sides and values 0..n-1, side-major. */
function sided(weights: Map<string, number>, n: number, key: (side: string, v: number) => string): Float64Array {
  const t = new Float64Array(2 * n);
  SIDES.forEach((side, s) => { for (let v = 0; v < n; v++) t[s * n + v] = weights.get(key(side, v)) ?? 0; });
  return t;
}

/** Keys starting with `prefix`, keyed by the rest. */
function rest(weights: Map<string, number>, prefix: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, x] of weights) if (k.startsWith(prefix)) out.set(k.slice(prefix.length), x);
  return out;
}

/** The tables of cue kind `kind` (all `frameFeatures` and `nullFeatures` keys that name it). */
export function kindTables(weights: Map<string, number>, kind: string): KindTables {
  const B = BUCKETS.length;
  const krule = new Float64Array(4);
  for (let k = 0; k < 4; k++) krule[k] = weights.get(`krule=${kind}|${k >= 2}|${k % 2 ? 'y' : 'n'}`) ?? 0;
  const none = new Float64Array(2);
  for (let k = 0; k < 2; k++) {
    let s = 0;
    for (const f of ['null', `null|${kind}`, `null|rule=${k === 1}`]) s += weights.get(f) ?? 0;
    none[k] = s;
  }
  return {
    ksd: sided(weights, B, (s, v) => `ksd=${kind}|${s}${BUCKETS[v]}`), kr: sided(weights, 4, (s, v) => `kr=${kind}|${s}${v}`), krule, none,
  };
}

/** Per word named in some `PREFIX WORD|SIDE RANK` key: its weights by side * 4 + rank, read from the exact strings. */
function contextTables(weights: Map<string, number>, prefix: string): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const k of weights.keys()) {
    if (!k.startsWith(prefix)) continue;
    const word = k.slice(prefix.length, k.lastIndexOf('|'));
    if (!out.has(word)) out.set(word, sided(weights, 4, (s, v) => `${prefix}${word}|${s}${v}`));
  }
  return out;
}

const NO_CONTEXT = new Float64Array(8);

/** The context tables of a cue's neighbour words (zeros for words no key names). */
export function contextWeights(c: CompiledSpeakers, before: string, after: string): [Float64Array, Float64Array] {
  return [c.wc0.get(before) ?? NO_CONTEXT, c.wc1.get(after) ?? NO_CONTEXT];
}

/** Compile feature-string weights into tables, once per analyzer. */
export function compileSpeakerWeights(weights: Map<string, number>): CompiledSpeakers {
  const tagSet = new Set(UD);
  const kindSet = new Set(KINDS);
  const mKinds = new Set<string>();
  for (const k of weights.keys()) {
    // Tags never contain '|', so splitting at it recovers every tag a key names.
    if (/^(p|pm|pn|hd)=/.test(k)) for (const part of k.slice(k.indexOf('=') + 1).split('|')) tagSet.add(part);
    else if (k.startsWith('up|')) tagSet.add(k.split('|')[1]);
    else if (k.startsWith('m=')) mKinds.add(k.slice(2, -2));
    const kind = /^(ksd=|kr=|krule=|null\|)([^|=]+)/.exec(k);
    if (kind && !kind[2].startsWith('rule')) kindSet.add(kind[2]);
  }
  const tagList = [...tagSet];
  const grid = (key: (a: string, b: string) => string, as: string[], bs: string[]) => {
    const t = new Float64Array(as.length * bs.length);
    as.forEach((a, i) => bs.forEach((b, j) => { t[i * bs.length + j] = weights.get(key(a, b)) ?? 0; }));
    return t;
  };
  const m = new Map<string, Float64Array>();
  for (const kind of mKinds) m.set(kind, Float64Array.from(SIDES, (s) => weights.get(`m=${kind}|${s}`) ?? 0));
  const kinds = new Map([...kindSet].map((k) => [k, kindTables(weights, k)]));
  const [w, wm, wn] = [rest(weights, 'w='), rest(weights, 'wm='), rest(weights, 'wn=')];
  return {
    tags: new Map(tagList.map((t, i) => [t, i])), bias: weights.get('b') ?? 0,
    p: grid((s, t) => `p=${t}|${s}`, [...SIDES], tagList), up: grid((s, t) => `up|${t}|${s}`, [...SIDES], tagList),
    pm: grid((a, b) => `pm=${a}|${b}`, tagList, tagList), pn: grid((a, b) => `pn=${a}|${b}`, tagList, tagList),
    hd: grid((h, t) => `hd=${h}|${t}`, ['false', 'true'], tagList),
    w, wm, wn, m,
    wIds: new TokenMemo((x) => w.get(x) ?? 0), wmIds: new TokenMemo((x) => wm.get(x) ?? 0), wnIds: new TokenMemo((x) => wn.get(x) ?? 0),
    mcode: weights.get('mcode') ?? 0, poss: weights.get('poss') ?? 0,
    sd: sided(weights, BUCKETS.length, (s, v) => `sd=${s}${BUCKETS[v]}`), r: sided(weights, 4, (s, v) => `r=${s}${v}`),
    c: sided(weights, 4, (s, v) => `c=${v}|${s}`), v: sided(weights, 4, (s, v) => `v=${v}|${s}`),
    q: sided(weights, 1, (s) => `q|${s}`), subj: sided(weights, 1, (s) => `subj|${s}`),
    rule: Float64Array.of(weights.get('rule=false') ?? 0, weights.get('rule=true') ?? 0), ruleHead: weights.get('rulehead') ?? 0,
    inc: sided(weights, 1, (s) => `inc|${s}`), wc0: contextTables(weights, 'wc0='), wc1: contextTables(weights, 'wc1='),
    kinds,
  };
}

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
