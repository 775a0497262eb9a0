import type { Doc } from '../../core/doc.ts';
import { quoteEnd, shortQuote, type Marked } from './marks.ts';

/*
 * Token ranges of quote contents and the small operations on them every content finder shares.
 */

/** Token range `[a, b)` of a quote's content. */
export interface Content {
  a: number;
  b: number;
}

/** Marked quotes indexed by the token of their opening and closing marks. */
export interface MarkIndex {
  openAt: Map<number, Marked>;
  closeAt: Map<number, Marked>;
}

const TRIM = new Set([',', ':', ';', '—', '–', '-']);

/**
 * Whether `[a, b)` reads as a clause or quote: it holds a verb or a quotation (with `titles`, not a
 * short one, which may be a title: "said on Fox's “Morning Line.”").
 */
export function clauseLike(doc: Doc, a: number, b: number, marks: MarkIndex, titles = false): boolean {
  for (let i = a; i < b; i++) {
    const p = doc.pos[i];
    if (p === 'VERB' || p === 'AUX') return true;
    const m = marks.openAt.get(i);
    if (m && !(titles && shortQuote(m))) return true;
  }
  return false;
}

/** Drop introducers (":", ",", dashes) at the start and commas at the end of a content range; a "that" stays. */
export function trim(doc: Doc, a: number, b: number): Content {
  while (a < b && TRIM.has(doc.lower[a])) a++;
  // "(The French are fans, Mr. Madden said.)": a bracket the content does not close is not part of it.
  if (a < b && doc.lower[a] === '(' && !doc.lower.slice(a + 1, b).includes(')')) a++;
  while (b > a && (doc.lower[b - 1] === ',' || doc.lower[b - 1] === ';')) b--;
  return { a, b };
}

/** `b` moved back over punctuation that ends a clause (not over a closing quotation mark). */
export function beforeEndPunct(doc: Doc, a: number, b: number, marks: MarkIndex): number {
  while (b > a && doc.pos[b - 1] === 'PUNCT' && !marks.closeAt.has(b - 1)) b--;
  return b;
}

/** Stretch a content range over any quote that opens inside it and closes later. */
export function overQuotes(doc: Doc, c: Content, marks: MarkIndex): Content {
  for (let i = c.a; i < c.b; i++) {
    const m = marks.openAt.get(i);
    if (!m) continue;
    const end = quoteEnd(m);
    if (end > c.b) return { a: c.a, b: end };
    i = end - 1;
  }
  return c;
}

/** Whether a verb or auxiliary stands among tokens `[a, b)`. */
export function hasVerb(doc: Doc, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (doc.pos[i] === 'VERB' || doc.pos[i] === 'AUX') return true;
  return false;
}
