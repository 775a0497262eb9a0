import type { Doc } from '../../core/doc.ts';
import { datelineEnd, npForward } from './phrase.ts';
import { pickApposition, QUOTE_CLOSERS, type SpeakerPhrase } from './subject.ts';

/*
 * The subject of a sentence's main clause, for cues that share it: a participle ("X did Y, saying
 * …"), a cue after "and" ("X did Y and said …"), a quotation in a clause with no cue of its own.
 */

const OPENING_MARKS = new Set(['“', '"', "'", '«']);

/**
 * Past a short proper name closed by a comma at `i`, when a place ended right before it: a state
 * ("In Portsmouth, N.H., …") or a name another opening phrase follows ("In Ames, Iowa, on Sunday,
 * …"); else `i` ("In the end, Mette Holm, the envoy, left": Holm is the subject).
 */
function pastState(doc: Doc, i: number, c0: number): number {
  let k = i;
  while (k < c0 && k - i < 3 && doc.pos[k] === 'PROPN') k++;
  if (k === i || k + 1 >= c0 || doc.lower[k] !== ',') return i;
  return doc.text[doc.ends[k - 1] - 1] === '.' || doc.pos[k + 1] === 'ADP' ? k + 1 : i;
}

/**
 * The subject of the sentence's main clause, for participial cues ("X did Y, saying …"): the first
 * noun phrase after any introductory phrase ("After the call, Mr. X …").
 */
export function mainSubject(doc: Doc, first: number, c0: number): SpeakerPhrase | null {
  const s = doc.sentences[doc.sentenceAt(doc.starts[first])];
  let i = first === s.first ? Math.min(datelineEnd(doc, s), c0) : first;
  // "“We need …,” Roe told the council, referring to …": a quotation opening the sentence is what was said.
  if (OPENING_MARKS.has(doc.lower[i])) {
    let k = i + 1;
    if (doc.lower[i] === "'" && doc.lower[k] === "'") k++; // ('' as two tokens)
    while (k < c0 && !QUOTE_CLOSERS.has(doc.lower[k])) k++;
    if (k < c0) i = k + 1;
  }
  while (i < c0 && (doc.pos[i] === 'PUNCT' || doc.pos[i] === 'CCONJ')) i++;
  // Skip introductory phrases, each closed by a comma ("At the same time, however, Xi …").
  while (i < c0 && (doc.pos[i] === 'ADP' || doc.pos[i] === 'ADV' || doc.pos[i] === 'SCONJ')) {
    let k = i;
    while (k < c0 && doc.lower[k] !== ',' && doc.pos[k] !== 'VERB' && doc.pos[k] !== 'AUX') k++;
    if (k >= c0 || doc.lower[k] !== ',') break;
    i = k + 1;
    // ("In Portsmouth, N.H., on Tuesday, …": the state after a place belongs to the phrase.)
    if (doc.pos[k - 1] === 'PROPN') i = pastState(doc, i, c0);
  }
  const b = npForward(doc, i, c0);
  if (b <= i) return null;
  // "His counterpart, Mette Holm, …": prefer the name in an apposition.
  if (doc.lower[b] === ',') {
    const b2 = npForward(doc, b + 1, c0);
    if (b2 > b + 1 && doc.lower[b2] === ',') {
      const [a, e] = pickApposition(doc, i, b, b + 1, b2);
      return { a, b: e, clauseStart: i };
    }
  }
  return { a: i, b, clauseStart: i };
}
