import type { Doc } from '../../core/doc.ts';
import { beforeEndPunct, clauseLike, overQuotes, trim, type Content, type MarkIndex } from './spans.ts';

/**
 * Contents of cues that name a source rather than a speaker's verb: "according to X" (before,
 * after or in the middle of its clause) and "As X noted, …" (the main clause after the comma).
 * Used by `sentenceFrames` (frames.ts).
 */

/** Content of "according to X": the rest of the sentence when the cue leads, else what precedes it. */
export function contentAccording(doc: Doc, c0: number, npEnd: number, first: number, limit: number, marks: MarkIndex): Content | null {
  let lead = first;
  while (lead < c0 && (doc.pos[lead] === 'CCONJ' || doc.pos[lead] === 'ADV' || doc.pos[lead] === 'PUNCT')) lead++;
  let from = npEnd;
  // "According to a poll released Monday, most …": the participle and its comma still describe the source.
  if (lead === c0 && from < limit && doc.pos[from] === 'VERB') {
    let k = from;
    while (k < limit && k - from < 6 && doc.lower[k] !== ',') k++;
    if (doc.lower[k] === ',') from = k + 1;
  }
  // "Since May, according to the group, troops have killed 40 people": what is reported stands on both sides.
  if (lead < c0 && doc.lower[c0 - 1] === ',' && doc.lower[npEnd] === ',' && clauseLike(doc, npEnd + 1, limit, marks)) {
    return overQuotes(doc, { a: first, b: beforeEndPunct(doc, npEnd, limit, marks) }, marks);
  }
  const c = lead === c0 ? trim(doc, from, limit) : trim(doc, first, c0);
  if (c.b - c.a < 2) return null;
  return overQuotes(doc, c, marks);
}

/** The clause from `a` to `limit` when it has a verb ("As X noted, | Republicans control …"). */
export function clauseAfter(doc: Doc, a: number, limit: number, marks: MarkIndex): Content | null {
  const c = trim(doc, a, limit);
  c.b = beforeEndPunct(doc, c.a, c.b, marks);
  return c.b - c.a >= 2 && clauseLike(doc, c.a, c.b, marks) ? overQuotes(doc, c, marks) : null;
}
