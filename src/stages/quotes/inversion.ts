import type { Doc } from '../../core/doc.ts';
import { hasName } from './phrase.ts';
import { subjectAfter, type SpeakerPhrase } from './subject.ts';

/** What may end an inverted speaker phrase: the sentence, or an apposition after a comma. */
const PHRASE_END = new Set([',', '.', ';', '—', '–', '(', '?', '!']);

/**
 * The speaker of a plainly inverted cue ("…, said Ana Roe, a senior aide."): the cue follows a
 * comma and a proper name stands right after it, ending the sentence or followed by a comma. Taken
 * before any guess at a speaker before the comma, which there would be part of what was said.
 * `ceil` bounds the phrase (the next cue or the sentence end). Null when the pattern does not hold.
 */
export function invertedSpeaker(doc: Doc, c0: number, c1: number, floor: number, ceil: number): SpeakerPhrase | null {
  if (c0 - 1 < floor || doc.lower[c0 - 1] !== ',') return null;
  const p = subjectAfter(doc, c1, ceil);
  if (!p || !hasName(doc, p.a, p.b)) return null;
  return p.b >= ceil || PHRASE_END.has(doc.lower[p.b]) ? p : null;
}
