import { TokenMemo, type Doc } from '../../core/doc.ts';
import { IntTable } from './int-table.ts';

/**
 * The learned cue model compiled to integer ids, so scoring a token builds no strings: words, tags
 * and word endings get ids from the model's own vocabulary, and each feature template keeps a table
 * keyed by its parts' ids (dense `(wordId * T + tagId)`, …; word pairs a Map keyed
 * `wordId * V + word2Id`). A word the model never saw has no id and contributes nothing, exactly as
 * its feature string would miss the string map. Weights are summed in the same order as the
 * strings' (floating-point sums depend on order), so scores are identical, not merely close.
 * The feature definition stays `cueFeatures` (learned.ts); test/quotes/scorer.test.ts checks that
 * both give identical scores.
 */

type Slot = 'w' | 't' | 's';
/** Feature templates in the order `cueFeatures` emits them (the order the weights are summed in). */
const TEMPLATES: ReadonlyArray<readonly [string, readonly Slot[]]> = [
  ['w', ['w']], ['p', ['t']], ['wp', ['w', 't']], ['w+1', ['w']], ['w-1', ['w']], ['p+1', ['t']], ['p-1', ['t']],
  ['ww+1', ['w', 'w']], ['w-1w', ['w', 'w']], ['pp+1', ['t', 't']], ['p-1p', ['t', 't']], ['ww+2', ['w', 'w']],
  ['suf', ['s', 't']], ['p-1pp+1', ['t', 't', 't']],
];
const QUOTE_CHARS = new Set(['“', '”', '"', '‘', '’', "'"]);

/**
 * The compiled form of a cue model's weights. Templates over at most a word and a tag are dense
 * arrays indexed by id (0 where the model has no weight: adding 0 leaves a sum unchanged); word
 * pairs are Maps, skipped unless the first word starts some pair of that template.
 */
export interface CompiledCues {
  words: Map<string, number>; tags: Map<string, number>; suffixes: Map<string, number>;
  dense: Float64Array[];
  pairs: Map<number, number>[];
  /** The same pair tables for look-ups (int-table.ts). */
  pairTables: IntTable[];
  /** Per word id: the id of its last three characters (-1 when the model has no such ending). */
  wordSuffix: Int32Array;
  /** Per word id: bit k set when the word is the first part of a key of pair template k. */
  leads: Uint8Array;
  /** Per word id: bit k set when the word is the second part of a key of pair template k. */
  trails: Uint8Array;
  bias: number; mark3: number | undefined; that2: number | undefined; early: number;
  /** Word and ending ids cached per wink word id (`Doc.ids`): one Map look-up per word, not per token. */
  wordIds: TokenMemo<number>;
  suffixIdsOf: TokenMemo<number>;
}

/** Every way to cut `rest` into `k` parts at '|' (a word may itself contain '|'). */
function splits(rest: string, k: number): string[][] {
  if (k === 1) return [[rest]];
  const out: string[][] = [];
  for (let at = rest.indexOf('|'); at >= 0; at = rest.indexOf('|', at + 1)) {
    for (const tail of splits(rest.slice(at + 1), k - 1)) out.push([rest.slice(0, at), ...tail]);
  }
  return out;
}

/** Word-pair templates (sparse: Maps), in the bit order of `leads`. */
const PAIRS = ['ww+1', 'w-1w', 'ww+2'].map((name) => TEMPLATES.findIndex(([n]) => n === name));

/** Compile feature-string weights ("ww+1=said|that" → 0.7) into id-keyed tables, once per analyzer. */
export function compileCueWeights(weights: Map<string, number>): CompiledCues {
  const vocab: Record<Slot, Map<string, number>> = { w: new Map(), t: new Map(), s: new Map() };
  const parsed: Array<[number, string[], number]> = [];
  const byName = new Map(TEMPLATES.map(([name], k) => [name, k]));
  for (const [key, value] of weights) {
    const eq = key.indexOf('=');
    const k = eq < 0 ? undefined : byName.get(key.slice(0, eq));
    if (k === undefined) continue;
    const slots = TEMPLATES[k][1];
    for (const parts of splits(key.slice(eq + 1), slots.length)) {
      parts.forEach((p, j) => { if (!vocab[slots[j]].has(p)) vocab[slots[j]].set(p, vocab[slots[j]].size); });
      parsed.push([k, parts, value]);
    }
  }
  // Sentinels get ids too, so a sentence edge matches its "<s>"/"</s>" features.
  for (const m of [vocab.w, vocab.t]) for (const s of ['<s>', '</s>']) if (!m.has(s)) m.set(s, m.size);
  const size = (k: number) => TEMPLATES[k][1].reduce((n, slot) => n * vocab[slot].size, 1);
  const dense = TEMPLATES.map((_, k) => new Float64Array(PAIRS.includes(k) ? 0 : size(k)));
  const pairs = TEMPLATES.map(() => new Map<number, number>());
  const leads = new Uint8Array(vocab.w.size);
  const trails = new Uint8Array(vocab.w.size);
  for (const [k, parts, value] of parsed) {
    const slots = TEMPLATES[k][1];
    let id = 0;
    parts.forEach((p, j) => { id = id * vocab[slots[j]].size + vocab[slots[j]].get(p)!; });
    if (PAIRS.includes(k)) {
      pairs[k].set(id, value);
      leads[vocab.w.get(parts[0])!] |= 1 << PAIRS.indexOf(k);
      trails[vocab.w.get(parts[1])!] |= 1 << PAIRS.indexOf(k);
    } else dense[k][id] = value;
  }
  const wordSuffix = new Int32Array(vocab.w.size);
  for (const [word, id] of vocab.w) wordSuffix[id] = vocab.s.get(word.slice(-3)) ?? -1;
  return {
    words: vocab.w, tags: vocab.t, suffixes: vocab.s, dense, pairs, pairTables: pairs.map((p) => new IntTable(p)), leads, trails, wordSuffix,
    wordIds: new TokenMemo((w) => vocab.w.get(w) ?? -1), suffixIdsOf: new TokenMemo((w) => vocab.s.get(w.slice(-3)) ?? -1),
    bias: weights.get('b') ?? 0, mark3: weights.get('mark3'), that2: weights.get('that2'), early: weights.get('early') ?? 0,
  };
}

/** The weight of word pair (a, b) in a pair table (0 when either word is unknown or starts or ends no pair there). */
function pairWeight(c: CompiledCues, table: IntTable, bit: number, a: number, b: number): number {
  if (a < 0 || b < 0 || (c.leads[a] & bit) === 0 || (c.trails[b] & bit) === 0) return 0;
  return table.get(a * c.words.size + b);
}

/** Dense look-up: 0 when a part is unknown (`id` < 0). */
function at(table: Float64Array, id: number): number {
  return id < 0 ? 0 : table[id];
}

/** The learned cue model bound to one document: its threshold and a scorer for that document's tokens. */
export interface LearnedCues {
  threshold: number;
  score: (i: number, lo: number, hi: number) => number;
}

/**
 * A scorer for one document: token ids are looked up once per token and cached. The returned
 * function gives token `i`'s score in the sentence `[lo, hi)`, identical to summing the weights of
 * `cueFeatures(doc, i, lo, hi)` in order (a missing weight adds 0, which changes no sum).
 */
export function cueScorer(c: CompiledCues, doc: Doc): (i: number, lo: number, hi: number) => number {
  const n = doc.tokenCount;
  // Ids are looked up when a token is first needed (-2: not yet); many tokens are never scored.
  const wordIds = new Int32Array(n).fill(-2);
  const tagIds = new Int32Array(n).fill(-2);
  const suffixIds = new Int32Array(n).fill(-2);
  const wid = (k: number): number => (wordIds[k] !== -2 ? wordIds[k] : (wordIds[k] = c.wordIds.get(doc.ids[k], doc.lower[k])));
  const tid = (k: number): number => (tagIds[k] !== -2 ? tagIds[k] : (tagIds[k] = c.tags.get(doc.pos[k]) ?? -1));
  const T = c.tags.size;
  const wBos = c.words.get('<s>')!;
  const wEos = c.words.get('</s>')!;
  const tBos = c.tags.get('<s>')!;
  const tEos = c.tags.get('</s>')!;
  const [dW, dP, dWP, dW1, dWM, dP1, dPM, , , dPP1, dPMP, , dSUF, dPMPP1] = c.dense;
  const [ww1, wmw, ww2] = PAIRS.map((k) => c.pairTables[k]);
  // Quotation marks counted up to each token, so "a mark within 3 tokens" is two subtractions.
  const marks = c.mark3 === undefined ? null : markCounts(doc);
  return (i, lo, hi) => {
    const w = wid(i);
    const p = tid(i);
    const w1 = i + 1 < hi ? wid(i + 1) : wEos;
    const w2 = i + 2 < hi ? wid(i + 2) : wEos;
    const wm = i - 1 >= lo ? wid(i - 1) : wBos;
    const p1 = i + 1 < hi ? tid(i + 1) : tEos;
    const pm = i - 1 >= lo ? tid(i - 1) : tBos;
    // Ending ids: from the word's id when the model knows the word, else looked up once per token.
    let suf = w >= 0 ? c.wordSuffix[w] : suffixIds[i];
    if (suf === -2) suf = suffixIds[i] = c.suffixIdsOf.get(doc.ids[i], doc.lower[i]);
    let s = 0;
    s += c.bias;
    s += at(dW, w);
    s += at(dP, p);
    s += w < 0 || p < 0 ? 0 : dWP[w * T + p];
    s += at(dW1, w1);
    s += at(dWM, wm);
    s += at(dP1, p1);
    s += at(dPM, pm);
    s += pairWeight(c, ww1, 1, w, w1);
    s += pairWeight(c, wmw, 2, wm, w);
    s += p < 0 || p1 < 0 ? 0 : dPP1[p * T + p1];
    s += pm < 0 || p < 0 ? 0 : dPMP[pm * T + p];
    s += pairWeight(c, ww2, 4, w, w2);
    s += suf < 0 || p < 0 ? 0 : dSUF[suf * T + p];
    s += pm < 0 || p < 0 || p1 < 0 ? 0 : dPMPP1[(pm * T + p) * T + p1];
    if (marks && marksAround(marks, i, lo, hi, 3)) s += c.mark3!;
    if (c.that2 !== undefined && ((i + 1 < hi && doc.lower[i + 1] === 'that') || (i + 2 < hi && doc.lower[i + 2] === 'that'))) s += c.that2;
    if (i - lo < 3) s += c.early;
    return s;
  };
}

/** `out[k]`: how many of the tokens before `k` are quotation marks (`isMark`). */
function markCounts(doc: Doc): Int32Array {
  const out = new Int32Array(doc.tokenCount + 1);
  for (let k = 0; k < doc.tokenCount; k++) out[k + 1] = out[k] + (isMark(doc.lower[k]) ? 1 : 0);
  return out;
}

/** `markNear` from the counts of `markCounts`. */
function marksAround(counts: Int32Array, i: number, lo: number, hi: number, w: number): boolean {
  const a = Math.max(lo, i - w);
  const b = Math.min(hi, i + w + 1);
  if (b <= a) return false;
  return counts[b] - counts[a] - (i >= a && i < b ? counts[i + 1] - counts[i] : 0) > 0;
}

function isMark(w: string): boolean {
  return w.length === 1 && QUOTE_CHARS.has(w);
}

/** Whether a quotation mark stands within `w` tokens of `i` (inside `[lo, hi)`). */
export function markNear(doc: Doc, i: number, lo: number, hi: number, w: number): boolean {
  for (let k = Math.max(lo, i - w); k < Math.min(hi, i + w + 1); k++) {
    if (k !== i && isMark(doc.lower[k])) return true;
  }
  return false;
}
