import type { Doc } from '../../core/doc.ts';

/**
 * The learned cue model compiled to integer ids, so scoring a token builds no strings: words, tags
 * and word endings get ids from the model's own vocabulary, and each feature template keeps a
 * Map<number, number> keyed by its parts' ids (wordId * V + word2Id, …). A word the model never saw
 * has no id and contributes nothing, exactly as its feature string would miss the string map.
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
const [W, P, WP, W1, WM, P1, PM, WW1, WMW, PP1, PMP, WW2, SUF, PMPP1] = TEMPLATES.map((_, k) => k);
const QUOTE_CHARS = new Set(['“', '”', '"', '‘', '’', "'"]);

/** The compiled form of a cue model's weights. */
export interface CompiledCues {
  words: Map<string, number>;
  tags: Map<string, number>;
  suffixes: Map<string, number>;
  tables: Map<number, number>[];
  bias: number | undefined;
  mark3: number | undefined;
  that2: number | undefined;
  early: number | undefined;
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
  const tables = TEMPLATES.map(() => new Map<number, number>());
  for (const [k, parts, value] of parsed) {
    const slots = TEMPLATES[k][1];
    let id = 0;
    parts.forEach((p, j) => { id = id * vocab[slots[j]].size + vocab[slots[j]].get(p)!; });
    tables[k].set(id, value);
  }
  return {
    words: vocab.w, tags: vocab.t, suffixes: vocab.s, tables,
    bias: weights.get('b'), mark3: weights.get('mark3'), that2: weights.get('that2'), early: weights.get('early'),
  };
}

/** Adds a table's weight for `id` (skipped when a part is unknown, i.e. `id` < 0). */
function add(s: number, table: Map<number, number>, id: number): number {
  if (id < 0) return s;
  const v = table.get(id);
  return v === undefined ? s : s + v;
}

/**
 * A scorer for one document: token ids are looked up once per token and cached. The returned
 * function gives token `i`'s score in the sentence `[lo, hi)`, identical to summing the weights of
 * `cueFeatures(doc, i, lo, hi)` in order.
 */
export function cueScorer(c: CompiledCues, doc: Doc): (i: number, lo: number, hi: number) => number {
  const n = doc.tokenCount;
  const wordIds = new Int32Array(n).fill(-2);
  const tagIds = new Int32Array(n).fill(-2);
  const V = c.words.size;
  const T = c.tags.size;
  const wBos = c.words.get('<s>')!;
  const wEos = c.words.get('</s>')!;
  const tBos = c.tags.get('<s>')!;
  const tEos = c.tags.get('</s>')!;
  const wid = (i: number): number => {
    if (wordIds[i] === -2) wordIds[i] = c.words.get(doc.lower[i]) ?? -1;
    return wordIds[i];
  };
  const tid = (i: number): number => {
    if (tagIds[i] === -2) tagIds[i] = c.tags.get(doc.pos[i]) ?? -1;
    return tagIds[i];
  };
  const pair = (a: number, b: number, size: number): number => (a < 0 || b < 0 ? -1 : a * size + b);
  const t = c.tables;
  return (i, lo, hi) => {
    const w = wid(i);
    const p = tid(i);
    const w1 = i + 1 < hi ? wid(i + 1) : wEos;
    const w2 = i + 2 < hi ? wid(i + 2) : wEos;
    const wm = i - 1 >= lo ? wid(i - 1) : wBos;
    const p1 = i + 1 < hi ? tid(i + 1) : tEos;
    const pm = i - 1 >= lo ? tid(i - 1) : tBos;
    let s = 0;
    if (c.bias !== undefined) s += c.bias;
    s = add(s, t[W], w);
    s = add(s, t[P], p);
    s = add(s, t[WP], pair(w, p, T));
    s = add(s, t[W1], w1);
    s = add(s, t[WM], wm);
    s = add(s, t[P1], p1);
    s = add(s, t[PM], pm);
    s = add(s, t[WW1], pair(w, w1, V));
    s = add(s, t[WMW], pair(wm, w, V));
    s = add(s, t[PP1], pair(p, p1, T));
    s = add(s, t[PMP], pair(pm, p, T));
    s = add(s, t[WW2], pair(w, w2, V));
    s = add(s, t[SUF], pair(c.suffixes.get(doc.lower[i].slice(-3)) ?? -1, p, T));
    s = add(s, t[PMPP1], pair(pair(pm, p, T), p1, T));
    if (c.mark3 !== undefined && markNear(doc, i, lo, hi, 3)) s += c.mark3;
    if (c.that2 !== undefined && ((i + 1 < hi && doc.lower[i + 1] === 'that') || (i + 2 < hi && doc.lower[i + 2] === 'that'))) s += c.that2;
    if (c.early !== undefined && i - lo < 3) s += c.early;
    return s;
  };
}

/** Whether a quotation mark stands within `w` tokens of `i` (inside `[lo, hi)`). */
export function markNear(doc: Doc, i: number, lo: number, hi: number, w: number): boolean {
  for (let k = Math.max(lo, i - w); k < Math.min(hi, i + w + 1); k++) {
    if (k !== i && QUOTE_CHARS.has(doc.lower[k])) return true;
  }
  return false;
}
