import type { Doc } from '../../core/doc.ts';
import type { ActorLexicon, Hit } from './lexicon.ts';
import { roleAt } from './roles.ts';

/** A run of tokens `[a, b)`: one lexicon match, or a single unmatched token (`hit` null). */
export interface Chunk { a: number; b: number; hit: Hit | null }

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
export function chunkSentence(doc: Doc, lex: ActorLexicon, keys: string[], first: number, last: number): Chunk[] {
  const out: Chunk[] = [];
  // Matches starting at the current token (end and hits), reused across tokens: no allocation per token.
  const ends: number[] = [];
  const found: Hit[][] = [];
  const date = doc.article.published;
  let i = first;
  const root = lex.trie.next;
  while (i < last) {
    // Most tokens start no phrase: a cached flag, then the single-token chunk.
    const start = lex.starts.get(doc.ids[i], keys[i]) === 1 ? root.get(keys[i]) : undefined;
    if (!start) {
      out.push({ a: i, b: i + 1, hit: null });
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
      const next = node.next.get(keys[j]);
      if (!next) break;
      node = next;
      if (node.values) {
        ends[m] = j + 1;
        found[m++] = node.values;
      }
    }
    let chunk: Chunk | null = null;
    for (let k = m - 1; k >= 0; k--) { // longest first
      const hit = pick(doc, found[k], i, ends[k], date);
      if (hit) {
        chunk = { a: i, b: ends[k], hit };
        break;
      }
    }
    chunk ??= { a: i, b: i + 1, hit: null };
    out.push(chunk);
    i = chunk.b;
  }
  return out;
}

/** Whether token `i` can be part of a personal name the lexicon does not know. */
export function nameToken(doc: Doc, i: number): boolean {
  // The cheap tag test first: most tokens fail it, and the character tests need Unicode classes.
  if (!(doc.pos[i] === 'PROPN' || doc.pos[i] === 'NOUN' || doc.lower[i].endsWith('.'))) return false;
  const t = doc.text[doc.starts[i]];
  return UPPER.test(t) && LETTER.test(t);
}
