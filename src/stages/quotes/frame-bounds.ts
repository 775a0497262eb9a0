import type { Doc } from '../../core/doc.ts';
import type { Frame } from './frames.ts';
import { commaInside, type Marked } from './marks.ts';
import { hasVerb, type Content, type MarkIndex } from './spans.ts';

/*
 * Where a cue frame's content may start and end, and how it stands to quotations beside it.
 */

/** A quotation ending in these speaks as a whole (“…?” she asked of …). */
const QUOTE_END = new Set(['?', '!']);
const CIRCUMSTANCE = new Set(['ADP', 'SCONJ']);
const CLAUSE_BREAK = new Set([',', ';', 'and', 'but', '—', '–', '(']);

/** Where a frame's content after the cue may start: past an inverted speaker ("…, said Ana Roe, that …"). */
export function contentStart(f: Frame): number {
  return f.phrase && f.phrase.a >= f.c1 && !f.opening ? f.phrase.b : f.c1;
}

/** Whether a content opens with a quotation or follows "that" or a colon. */
export function introduced(doc: Doc, c: Content, marks: MarkIndex): boolean {
  return marks.openAt.has(c.a) || doc.lower[c.a - 1] === 'that' || doc.lower[c.a] === 'that' || doc.lower[c.a - 1] === ':';
}

/** Whether only punctuation stands between the sentence start `first` and token `t` (or `t` opened an earlier sentence). */
export function opensSentence(doc: Doc, first: number, t: number): boolean {
  for (let i = first; i < t; i++) if (doc.pos[i] !== 'PUNCT') return false;
  return true;
}

/**
 * Where the content after frame `k` ends: at a later cue's clause only when it opens a new clause,
 * not when a that-clause has no verb before it ("noted that at her first meeting, in 1972, she
 * spoke …": the later cue is the that-clause's own verb, its attribution nested).
 */
export function nextClause(doc: Doc, frames: Frame[], k: number, last: number): number {
  const that = doc.lower[frames[k].c1] === 'that';
  const own = that ? ownVerbFrom(doc, frames[k].c1 + 1, last) : -1;
  for (let n = k + 1; n < frames.length; n++) {
    const cs = frames[n].clauseStart;
    const at = CLAUSE_BREAK.has(doc.lower[cs]) ? cs : CLAUSE_BREAK.has(doc.lower[cs - 1]) ? cs - 1 : -1;
    if (at < 0 || (that && !hasVerb(doc, own, at))) continue;
    // ("asked for a selfie and Jones said": the "and" joins the next clause, not what was asked.)
    return at;
  }
  return last;
}

/** Words opening a subordinate clause ("that if voters back him, he will …"). */
const SUBORDINATORS = new Set(['if', 'when', 'after', 'before', 'while', 'because', 'although', 'though', 'unless', 'once', 'since', 'until', 'as']);

/**
 * Where a that-clause starting at `a` may have its own verb: past an opening subordinate clause
 * and its comma ("that even after he steps down, he will …"), else at `a`.
 */
function ownVerbFrom(doc: Doc, a: number, last: number): number {
  const sub = SUBORDINATORS.has(doc.lower[a]) || (doc.pos[a] === 'ADV' && SUBORDINATORS.has(doc.lower[a + 1]));
  if (!sub) return a;
  for (let i = a; i < last; i++) if (doc.lower[i] === ',') return i + 1;
  return a;
}

/**
 * Whether a quotation ending in "?" or "!" is what the cue right after it reports, though words
 * follow the cue: only a phrase of circumstance ("“Who are they?” Roe said of Apple in May, when …"),
 * and the quotation opens its own sentence ("She adds, “Why?” Roe says the law …" has Roe say the law).
 */
export function asksAlone(doc: Doc, m: Marked, c: Content): boolean {
  if (!QUOTE_END.has(doc.lower[m.last - 1]) || !CIRCUMSTANCE.has(doc.pos[c.a])) return false;
  return opensSentence(doc, doc.sentences[doc.sentenceAt(doc.starts[m.open])].first, m.open);
}

/** Where what frame `k` reports may start: after the last listed cue before it, else at the sentence start `first`. */
export function listedFloor(frames: Frame[], k: number, first: number): number {
  for (let j = k - 1; j >= 0; j--) if (!frames[j].entry.learned) return frames[j].c1;
  return first;
}

/** Whether a comma and a closing quotation mark stand right before token `t` ("… “burn bag,” the Times said"). */
export function commaQuote(doc: Doc, t: number, marks: MarkIndex): boolean {
  const m = marks.closeAt.get(t - 1);
  return m !== undefined && commaInside(doc, m);
}
