import { TokenMemo } from '../../core/doc.ts';
import { BUCKETS } from './candidates.ts';

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
