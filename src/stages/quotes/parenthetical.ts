import type { Doc } from '../../core/doc.ts';
import { beforeEndPunct, hasVerb, type Content, type MarkIndex } from './spans.ts';
import { TIME_WORDS } from './time-words.ts';
import { npForward } from './phrase.ts';

/** Words opening a relative clause after a noun phrase. */
const RELATIVES = new Set(['that', 'which', 'who', 'whose']);

/** Words that may stand between a parenthetical cue and its closing comma ("he said on Tuesday, …"). */
const TAIL_POS = new Set(['ADP', 'ADV', 'DET', 'NUM', 'PROPN', 'NOUN', 'ADJ', 'PRON']);
/** A cue's trailing adverbial before the closing comma is at most this long. */
const MAX_TAIL = 8;
/** Each side of the cue holds at least this many tokens ("Still, he said, …" has one before it). */
const MIN_SIDE = 1;

/**
 * Content around a cue set off by commas in the middle of its sentence ("In the end, she said,
 * the vote will decide."): what was said stands on both sides, so the content runs from the
 * sentence start (or the previous cue, `floor`) to its end, over the cue. `clauseStart` is where
 * the cue's clause (its speaker) begins; `from` is the first token after the cue and any speaker
 * that follows it. Null unless a comma closes the cue clause and text follows on both sides.
 */
export function parentheticalContent(doc: Doc, clauseStart: number, from: number, floor: number, last: number, marks: MarkIndex): Content | null {
  const open = clauseStart - 1;
  if (open - floor < MIN_SIDE || doc.lower[open] !== ',') return null;
  // A quote closing before the comma is the content of a tag ("“…,” she said, …"), handled elsewhere.
  if (marks.closeAt.has(open - 1)) return null;
  let k = from;
  while (k < last && k - from <= MAX_TAIL && doc.lower[k] !== ',' && (TAIL_POS.has(doc.pos[k]) || TIME_WORDS.has(doc.lower[k]))) k++;
  if (k >= last || doc.lower[k] !== ',' || last - k - 1 < MIN_SIDE) return null;
  // The part after the comma must read as a clause (a verb), not a list tail or an apposition
  // ("…, Roe said, a policy that could …": a noun phrase and its relative clause sum up what was said).
  if (doc.pos[k + 1] === 'DET') {
    const np = npForward(doc, k + 1, last);
    if (np > k + 2 && np < last && RELATIVES.has(doc.lower[np])) return null;
  }
  if (!hasVerb(doc, k + 1, last)) return null;
  return { a: floor, b: beforeEndPunct(doc, k, last, marks) };
}
