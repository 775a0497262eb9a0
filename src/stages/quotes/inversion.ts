import type { Doc } from '../../core/doc.ts';
import { hasName } from './phrase.ts';
import { DAYS } from './time-words.ts';
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
  // ("…, R-Ky., said Tuesday.": a day after the cue says when, not who.)
  if (c0 - 1 < floor || doc.lower[c0 - 1] !== ',' || DAYS.has(doc.lower[c1])) return null;
  const p = subjectAfter(doc, c1, ceil);
  if (!p || !hasName(doc, p.a, p.b)) return null;
  // "Gov. Ana Ruiz of Ohio, a Republican, said the Lee family …": when the sentence holds no verb
  // or quotation before the comma, nothing was said there; the words before are the speaker.
  // (Not after an earlier cue: "…,” said Kristen Day, an aide, reports the Post"; nor when what
  // was said goes on after the name: "The paradox of it, says Carl Anthony, is that …".)
  const ends = p.b >= ceil || !CONTINUES.has(doc.lower[p.b]);
  if (ends && floor === doc.sentences[doc.sentenceAt(doc.starts[c0])].first && !saysSomething(doc, floor, c0 - 1)) return null;
  return p.b >= ceil || PHRASE_END.has(doc.lower[p.b]) ? p : null;
}

/** What may follow an inverted speaker when what was said goes on after it. */
const CONTINUES = new Set([',', '—', '–', '(']);

const QUOTE_MARKS = new Set(['"', '“', '”', "''", '‘', '’', "'"]);

/** Whether tokens `[a, b)` hold a verb or a quotation mark: something that can have been said. */
function saysSomething(doc: Doc, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (doc.pos[i] === 'VERB' || doc.pos[i] === 'AUX' || QUOTE_MARKS.has(doc.lower[i])) return true;
  return false;
}
