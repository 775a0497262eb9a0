import type { Doc } from '../../core/doc.ts';
import type { Marked } from './marks.ts';
import { hasName, npForward, speakerOf, type Speaker } from './phrase.ts';
import { mainSubject } from './main-subject.ts';

/**
 * Speaker tags that name who speaks without any verb, the way reader letters, vox pops and
 * transcripts print them: a dash after the quote ("“…” ― Ana Roe") and a capitalised label
 * before a colon at the start of the quote ("“ROE: We will …”").
 */

/** Dashes that introduce a name after a quote. */
const DASHES = new Set(['―', '—', '–', '--', '-']);
/** A dash tag or transcript label names at most this many tokens. */
const MAX_TAG = 6;
const MAX_LABEL = 3;
const UPPER_WORD = /^[\p{Lu}][\p{Lu}.'’-]*$/u;

/**
 * "“…” ― Ana Roe" (the name ending its paragraph, maybe with a full stop or a comma and a place;
 * or opening the next paragraph after a quote that ends its own): the speaker named after the dash
 * that follows quote `m`; null when no such tag stands there.
 */
export function dashTag(doc: Doc, m: Marked, utterances: Set<string>): Speaker | null {
  if (m.close < 0) return null;
  let k = m.close + 1;
  if (k < doc.tokenCount && doc.lower[k] === ',') k++;
  if (k >= doc.tokenCount || !DASHES.has(doc.lower[k])) return null;
  const s = doc.sentences[doc.sentenceAt(doc.starts[k])];
  // Fact-check lists put the tag in a paragraph of its own after the quote's ("“…”" then "- Roe.").
  if (s.paragraph !== m.paragraph && !(s.paragraph === m.paragraph + 1 && k === s.first && paragraphEnd(doc, m.close) - m.close <= 2)) return null;
  const end = paragraphEnd(doc, k);
  const a = k + 1;
  const b = npForward(doc, a, Math.min(end, a + MAX_TAG + 1));
  if (b <= a || b - a > MAX_TAG || !hasName(doc, a, b)) return null;
  // Only a full stop or ", place" may follow the name before the paragraph ends.
  if (b < end && !(doc.lower[b] === '.' && b + 1 === end) && doc.lower[b] !== ',') return null;
  return speakerOf(doc, a, b, utterances);
}

/**
 * Whether tokens `[a, b)` are capitalised words only, as transcripts label speakers ("ROE",
 * "MR. ROE"). One capital letter ("A: …", an answer in an interview) names nobody.
 */
export function labelWords(doc: Doc, a: number, b: number): boolean {
  if (doc.ends[b - 1] - doc.starts[a] < 2) return false;
  for (let i = a; i < b; i++) if (!UPPER_WORD.test(doc.text.slice(doc.starts[i], doc.ends[i]))) return false;
  return true;
}

/** One past the last token of the paragraph holding token `k`. */
export function paragraphEnd(doc: Doc, k: number): number {
  let si = doc.sentenceAt(doc.starts[k]);
  const para = doc.sentences[si].paragraph;
  while (si + 1 < doc.sentences.length && doc.sentences[si + 1].paragraph === para) si++;
  return doc.sentences[si].last;
}

/** A transcript label at the start of quote `m`: its speaker and the token after its colon. */
export interface Label { speaker: Speaker; after: number }

/**
 * "“ROE: We will …”": up to three capitalised words and a colon open the quote. The label speaks
 * and the quote proper starts after the colon. Returns null when the quote opens otherwise.
 */
export function transcriptLabel(doc: Doc, m: Marked, utterances: Set<string>): Label | null {
  let k = m.first;
  while (k < m.last && k - m.first < MAX_LABEL && doc.lower[k] !== ':') k++;
  if (k === m.first || k >= m.last - 1 || doc.lower[k] !== ':' || !labelWords(doc, m.first, k)) return null;
  const speaker = speakerOf(doc, m.first, k, utterances);
  return speaker && { speaker: { ...speaker, named: true }, after: k + 1 };
}

/**
 * "President Roe released the following statement: “…”": a quote right after a colon that no cue
 * took is spoken by the subject of the clause before the colon (its first noun phrase).
 */
export function colonLead(doc: Doc, m: Marked, utterances: Set<string>): Speaker | null {
  const k = m.open - 1;
  if (k < 0 || doc.lower[k] !== ':') return null;
  const s = doc.sentences[doc.sentenceAt(doc.starts[k])];
  const phrase = mainSubject(doc, s.first, k);
  return phrase ? speakerOf(doc, phrase.a, phrase.b, utterances) : null;
}
