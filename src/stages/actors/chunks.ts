import type { Doc } from '../../core/doc.ts';
import type { ActorLexicon, Hit } from './lexicon.ts';
import { roleAt } from './roles.ts';

/** A run of tokens `[a, b)`: one lexicon match, or a single unmatched token (`hit` null). */
export interface Chunk { a: number; b: number; hit: Hit | null }

/**
 * One sentence's chunks, `items[0..n)`. The chunk objects are reused from sentence to sentence of a
 * document (most tokens are single-token chunks: one object per token would be garbage), so
 * entries at `n` and beyond are stale: read past the end through `at`.
 */
export class ChunkList {
  readonly items: Chunk[] = [];
  n = 0;

  /** Append chunk `[a, b)`, reusing a stale object when there is one. */
  push(a: number, b: number, hit: Hit | null): void {
    const c = this.items[this.n];
    if (c === undefined) this.items.push({ a, b, hit });
    else {
      c.a = a;
      c.b = b;
      c.hit = hit;
    }
    this.n++;
  }

  /** Chunk `c`, or undefined outside `[0, n)`. */
  at(c: number): Chunk | undefined {
    return c >= 0 && c < this.n ? this.items[c] : undefined;
  }
}

const UPPER = /^[\p{Lu}\d]/u;
const LETTER = /^\p{L}/u;
const LOWER_PARTICLES = new Set(['the', 'al', 'bin', 'von', 'der', 'de', 'la', 'van', 'el', 'of']);

/** Whether an actor match is capitalised in the text, as names are ("the Kremlin", "Putin"). */
function capitalised(doc: Doc, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (LOWER_PARTICLES.has(doc.lower[i])) continue;
    return UPPER.test(doc.text[doc.starts[i]]);
  }
  return false;
}

/** Pick the hit to use among those ending at the same token: actors first, then by priority. */
function pick(doc: Doc, hits: Hit[], a: number, b: number, date: string | null): Hit | null {
  let best: Hit | null = null;
  let bestScore = -1;
  for (const h of hits) {
    let score: number;
    if (h.t === 'actor') {
      if (h.surface !== null && doc.text.slice(doc.starts[a], doc.ends[b - 1]) !== h.surface) continue;
      if (!capitalised(doc, a, b)) continue;
      // among same-priority namesakes, prefer the one in office on the date
      score = 100 + h.prio * 10 + (h.def.roles.length > 0 && roleAt(h.def, date) ? 1 : 0);
    } else if (h.t === 'agent') score = 50 + h.prio;
    else score = 40;
    if (score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Cut tokens `[first, last)` into chunks by longest lexicon match (walking the trie from each
 * token), so later rules look at whole phrases. `keys` are the document's normalised tokens.
 */
export function chunkSentence(doc: Doc, lex: ActorLexicon, keys: string[], first: number, last: number, out: ChunkList): void {
  out.n = 0;
  // Matches starting at the current token (end and hits), reused across tokens: no allocation per token.
  const ends: number[] = [];
  const found: Hit[][] = [];
  const date = doc.article.published;
  let i = first;
  while (i < last) {
    // Most tokens start no phrase: a cached null, then the single-token chunk.
    const start = lex.startNode.get(doc.ids[i], keys[i]);
    if (!start) {
      out.push(i, i + 1, null);
      i++;
      continue;
    }
    let node = start;
    let m = 0; // matches found from token i (ends[0..m), found[0..m)); a count, since resetting .length is slow
    if (node.values) {
      ends[m] = i + 1;
      found[m++] = node.values;
    }
    for (let j = i + 1; j < last; j++) {
      if (node.next.size === 0 || lex.inner.get(doc.ids[j], keys[j]) === 0) break;
      const next = node.next.get(keys[j]);
      if (!next) break;
      node = next;
      if (node.values) {
        ends[m] = j + 1;
        found[m++] = node.values;
      }
    }
    let b = i + 1;
    let hit: Hit | null = null;
    for (let k = m - 1; k >= 0; k--) { // longest first
      hit = pick(doc, found[k], i, ends[k], date);
      if (hit) {
        b = ends[k];
        break;
      }
    }
    out.push(i, b, hit);
    i = b;
  }
}

/** Whether token `i` can be part of a personal name the lexicon does not know. */
export function nameToken(doc: Doc, i: number): boolean {
  // The cheap tag test first: most tokens fail it, and the character tests need Unicode classes.
  if (!(doc.pos[i] === 'PROPN' || doc.pos[i] === 'NOUN' || doc.lower[i].endsWith('.'))) return false;
  const t = doc.text[doc.starts[i]];
  return UPPER.test(t) && LETTER.test(t);
}
