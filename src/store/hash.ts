import { createHash } from 'node:crypto';

/**
 * Content hash of an article's text: sha256 over the text with whitespace runs collapsed and ends
 * trimmed, so the same article re-read with other line endings or indentation is the same article.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** FNV-1a over `s`, continuing from state `h`: feeding "a", " ", "b" equals feeding "a b". */
function feed(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Final avalanche (murmur3 fmix32): FNV alone leaves the high bits of short keys poorly mixed. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One of two independent 32-bit FNV-1a variants (by seed) of the shingle "a b c", built without joining the words. */
function shingleHash(a: string, b: string, c: string, seed: number): number {
  return mix(feed(feed(feed(feed(feed(seed >>> 0, a), ' '), b), ' '), c));
}

/** A 64-bit SimHash as two unsigned 32-bit halves, plus how many shingles it was built from. */
export interface SimHash {
  hi: number;
  lo: number;
  shingles: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * SimHash (Charikar) over word 3-shingles of lower-cased text. Texts that differ only in a few
 * words, a headline or a footer land within a few bits of each other; unrelated texts differ in
 * about half of the 64 bits.
 */
export function simHash(text: string): SimHash {
  const words = text.toLowerCase().match(WORD) ?? [];
  const acc = new Int32Array(64);
  let n = 0;
  for (let i = 0; i + 2 < words.length; i++) {
    const a = shingleHash(words[i], words[i + 1], words[i + 2], 0x811c9dc5);
    const b = shingleHash(words[i], words[i + 1], words[i + 2], 0x050c5d1f);
    for (let bit = 0; bit < 32; bit++) {
      acc[bit] += (a >>> bit) & 1 ? 1 : -1;
      acc[32 + bit] += (b >>> bit) & 1 ? 1 : -1;
    }
    n++;
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (acc[bit] > 0) hi |= 1 << bit;
    if (acc[32 + bit] > 0) lo |= 1 << bit;
  }
  return { hi: hi >>> 0, lo: lo >>> 0, shingles: n };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Number of differing bits between two SimHashes. */
export function hamming(a: { hi: number; lo: number }, b: { hi: number; lo: number }): number {
  return popcount((a.hi ^ b.hi) >>> 0) + popcount((a.lo ^ b.lo) >>> 0);
}

/** The four 16-bit bands used to find candidates: two hashes within 3 bits share at least one. */
export function bands(h: { hi: number; lo: number }): [number, number, number, number] {
  return [h.hi >>> 16, h.hi & 0xffff, h.lo >>> 16, h.lo & 0xffff];
}

/** Below this many shingles a SimHash says little; such texts are grouped by exact hash only. */
export const MIN_SHINGLES = 12;
/** Candidates within this many bits are the same story. */
export const MAX_DISTANCE = 6;
