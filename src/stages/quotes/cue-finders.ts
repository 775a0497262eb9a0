import type { Doc, Sentence } from '../../core/doc.ts';
import { capitalized, DASHES, npForward, npToken } from './phrase.ts';
import { trim, type MarkIndex } from './spans.ts';
import { quoteEnd } from './marks.ts';
import { matchCue, type CueEntry, type CueKind, type CueLexicon } from './lexicon.ts';
import { CANDIDATE_POS } from './learned.ts';
import type { LearnedCues } from './scorer.ts';
import type { Frame } from './frames.ts';
import { labelWords, paragraphEnd } from './tags.ts';

/**
 * Cues the lexicon does not list, found by where they stand (next to a quotation, before a
 * headline colon, as a transcript label) or by the learned cue model (learned.ts, scorer.ts).
 * Used by `sentenceFrames` (frames.ts).
 */

/** A headline source before a colon ("Smith: ‘We will win’") is at most this many tokens. */
const HEADLINE_SOURCE = 4;
const COLON_ENTRY: CueEntry = { tokens: [':'], kind: 'speech', after: null };
const WEAK_POS = new Set(['ADV', 'ADP']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
const SPEECH_NEXT = new Set(['that', ':', ',', '“', '"', '.', 'whether', 'if', 'how', 'why', 'what']);

/** Punctuation that ends a quoted utterance right before its closing mark ("…,” he said). */
const UTTERANCE_END = new Set([',', '?', '!', '—', '–', '.']);
/** Speaker phrases between a closing mark and an unlisted verb are at most this long ("…,” the former governor concluded). */
const MAX_TAG_NP = 8;

const IN_ENTRY: CueEntry = { tokens: ['in'], kind: 'according', after: null };

/**
 * "In a CBS News poll, she leads …" / "… leads in the latest polls": "in" before a noun phrase
 * naming a poll or survey (the lexicon's `evidence` nouns) attributes the clause to it, as
 * "according to" does. Returns an `according` entry, or null.
 */
export function evidenceCue(doc: Doc, t: number, s: Sentence, lex: CueLexicon): { entry: CueEntry; end: number } | null {
  if (doc.lower[t] !== 'in' || lex.evidence.size === 0) return null;
  const b = npForward(doc, t + 1, s.last);
  for (let i = t + 1; i < b; i++) if (lex.evidence.has(doc.lower[i])) return { entry: IN_ENTRY, end: t + 1 };
  return null;
}

/**
 * A verb the lexicon does not list that still attributes by its place next to a quotation:
 * "…,” she conceded." / "…,” conceded Ms. Roe." after a quote, or "He concluded: “…”" before one.
 * Returns a synthetic speech entry, or null.
 */
function placedCue(doc: Doc, t: number, s: Sentence, marks: MarkIndex): CueEntry | null {
  if (doc.pos[t] !== 'VERB' || doc.lower[t].endsWith('ing')) return null;
  const next = doc.lower[t + 1];
  if (t + 2 < s.last && (next === ':' || next === ',') && marks.openAt.has(t + 2)) {
    const p = doc.pos[t - 1];
    return t > s.first && (npToken(doc, t - 1) || p === 'PRON' || p === 'ADV') ? { tokens: [doc.lower[t]], kind: 'speech', after: null } : null;
  }
  let k = t - 1;
  while (k >= s.first - 1 && k >= 0 && t - k <= MAX_TAG_NP && (npToken(doc, k) || doc.pos[k] === 'PRON')) k--;
  if (k < 0 || k < s.first - 1) return null;
  if (doc.lower[k] === ',' && marks.closeAt.has(k - 1)) k--;
  const m = marks.closeAt.get(k);
  if (!m || m.last <= m.first || !UTTERANCE_END.has(doc.lower[m.last - 1])) return null;
  // Inverted "…,” conceded Ms. Roe" needs its speaker after the verb; else one must stand before it.
  if (k === t - 1 && npForward(doc, t + 1, s.last) === t + 1) return null;
  return { tokens: [doc.lower[t]], kind: 'speech', after: null };
}

/**
 * "Smith: ‘We will win’" at a paragraph start: a short named source, a colon, then what was said.
 * A lone kicker word before the colon ("Breaking:", "BYLINE:", from the lexicon's `kickers`) labels
 * a headline or notice and speaks nothing.
 */
export function headlineColon(doc: Doc, s: Sentence, si: number, marks: MarkIndex, kickers: ReadonlySet<string>): Frame | null {
  if (si > 0 && doc.sentences[si - 1].paragraph === s.paragraph) return null;
  let c = s.first;
  while (c < s.last && c - s.first <= HEADLINE_SOURCE && doc.lower[c] !== ':') c++;
  let from = s.first;
  if (doc.lower[c] !== ':') {
    // "HEADLINE IN CAPITALS - Jan Roe: “…”": a source after the headline's dash, before a quotation.
    const d = dashedSource(doc, s, marks);
    if (!d) return null;
    [from, c] = d;
  }
  if (c >= s.last - 2 || doc.lower[c] !== ':' || c === from || (c === from + 1 && kickers.has(doc.lower[from]))) return null;
  // Names only ("Lynch:" may be tagged a verb; its capital tells).
  const name = (i: number) => doc.pos[i] === 'PROPN' || (doc.pos[i] === 'VERB' && capitalized(doc, i));
  let named = false;
  for (let i = from; i < c; i++) {
    if (!name(i) && doc.pos[i] !== 'NOUN') return null;
    named ||= name(i);
  }
  if (!named) return null;
  const f: Frame = { c0: c, c1: c + 1, entry: COLON_ENTRY, sentence: si, phrase: { a: from, b: c, clauseStart: from }, clauseStart: from, content: null, marked: null };
  f.content = trim(doc, c + 1, s.last);
  const m = marks.openAt.get(c + 1);
  if (m && (m.close < 0 || m.close >= s.last - 2)) f.content.b = quoteEnd(m);
  // A transcript label ("ROE: Well, look, …") speaks its whole paragraph.
  if (labelWords(doc, s.first, c)) {
    f.label = true;
    f.content.b = Math.max(f.content.b, paragraphEnd(doc, c));
  }
  return f;
}

/** A headline this long at most stands before the dash of a dashed source. */
const HEADLINE_WORDS = 30;

/** The source's first token and its colon in "HEADLINE - Jan Roe: “…”" (a short name between a dash and a colon that opens a quotation), or null. */
function dashedSource(doc: Doc, s: Sentence, marks: MarkIndex): [number, number] | null {
  for (let c = s.first + 2; c < s.last - 2 && c - s.first <= HEADLINE_WORDS; c++) {
    if (doc.lower[c] !== ':') continue;
    if (!marks.openAt.has(c + 1)) return null;
    let d = c - 1;
    while (d > s.first && c - d <= HEADLINE_SOURCE && !DASHES.has(doc.lower[d])) d--;
    return DASHES.has(doc.lower[d]) && d + 1 < c ? [d + 1, c] : null;
  }
  return null;
}

/** The cue `placedCue` finds at token `t`, as a one-token match, or null. */
export function placed(doc: Doc, t: number, s: Sentence, marks: MarkIndex): { entry: CueEntry; end: number } | null {
  const entry = placedCue(doc, t, s, marks);
  return entry ? { entry, end: t + 1 } : null;
}

/** Whether token `i` scores above the model's threshold (each token of a sentence is scored once, in `scores`). */
function learnedHit(doc: Doc, model: LearnedCues, s: Sentence, inside: Uint8Array, scores: Float64Array, i: number): boolean {
  if (i >= s.last || inside[i] || !CANDIDATE_POS.has(doc.pos[i])) return false;
  if (Number.isNaN(scores[i - s.first])) scores[i - s.first] = model.score(i, s.first, s.last);
  return scores[i - s.first] > model.threshold;
}

/**
 * A cue the lexicon lacks but the learned model finds: a run of tokens scoring above the model's
 * threshold. Its kind follows from what comes next: "to" makes an intent ("is expected to"), a
 * "that", colon or quotation a speech cue, anything else a stance whose object is the content.
 */
export function learnedCue(doc: Doc, model: LearnedCues, lex: CueLexicon, t: number, s: Sentence, inside: Uint8Array, scores: Float64Array): { entry: CueEntry; end: number } | null {
  if (!learnedHit(doc, model, s, inside, scores, t)) return null;
  // "polls showing …", "Cross called …": nouns right before the verb of a run are its subject, not its cue.
  if (NOMINAL.has(doc.pos[t])) {
    let v = t + 1;
    while (v < s.last && NOMINAL.has(doc.pos[v]) && learnedHit(doc, model, s, inside, scores, v)) v++;
    if (v < s.last && doc.pos[v] === 'VERB' && learnedHit(doc, model, s, inside, scores, v)) return null;
  }
  let end = t + 1;
  // The run stops where a listed cue begins ("mostly talking about"): the lexicon knows that one.
  while (learnedHit(doc, model, s, inside, scores, end) && !matchCue(lex, doc.lower, end, s.last)) end++;
  // A run of only adverbs and prepositions ("mostly", "for") leans on a cue next to it; never one alone.
  let head = false;
  for (let i = t; i < end; i++) if (!WEAK_POS.has(doc.pos[i])) head = true;
  if (!head) return null;
  // "has been | endorsed by": a run of auxiliaries takes the participle after it.
  let auxOnly = true;
  for (let i = t; i < end; i++) if (doc.pos[i] !== 'AUX' && doc.pos[i] !== 'ADV') auxOnly = false;
  if (auxOnly && end < s.last && doc.pos[end] === 'VERB' && !inside[end]) {
    if (matchCue(lex, doc.lower, end, s.last)) return null; // the lexicon knows the verb: let it take the cue
    end++;
  }
  const next = end < s.last ? doc.lower[end] : '.';
  const kind: CueKind = next === 'to' ? 'intent' : SPEECH_NEXT.has(next) ? 'speech' : 'stance';
  let score = -Infinity;
  for (let i = t; i < end; i++) score = Math.max(score, scores[i - s.first]);
  return { entry: { tokens: doc.lower.slice(t, end), kind, after: null, learned: true, score }, end };
}
