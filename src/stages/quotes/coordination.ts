import type { Doc } from '../../core/doc.ts';
import { npBack, npToken } from './phrase.ts';
import type { SpeakerPhrase } from './subject.ts';

/*
 * Speakers coordinated with a cue's speaker ("Russia and Ukraine said"): co-speakers of its quote.
 */

/** At most this many noun phrases are joined before a speaker ("A, B, C and D said"). */
const MAX_JOINED = 6;

/**
 * The noun phrases coordinated with speaker phrase `p` before it ("Russia and | Ukraine said",
 * "Britain, France and | Germany said"), nearest first; empty when none. Only names and pronoun-free
 * noun phrases count, so "the bridge and the tunnel are closed, officials said" joins nothing.
 */
export function coordinated(doc: Doc, p: SpeakerPhrase, floor: number): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  let k = p.a - 1;
  if (k <= floor || (doc.lower[k] !== 'and' && doc.lower[k] !== '&') || p.anchor !== undefined) return out;
  // "He and Ms. Lund said": a subject pronoun joins as the first of two.
  if (k - 1 > floor && SUBJECT_PRONOUNS.has(doc.lower[k - 1])) return [{ a: k - 1, b: k, clauseStart: k - 1 }];
  while (k > floor && out.length < MAX_JOINED) {
    const a = npBack(doc, k, floor);
    if (a >= k || doc.pos[k - 1] === 'PRON' || !npToken(doc, k - 1)) break;
    // "Britain, France and …" lists from the clause's start; in "… about winning votes, Roe and
    // Lund said" the words before the comma end what was said.
    if (out.length && !listStart(doc, a, floor)) break;
    // "asked for a selfie and Jones said": a phrase after a preposition is its object, not a second speaker.
    if (!out.length && a - 1 >= floor && doc.pos[a - 1] === 'ADP') break;
    out.push({ a, b: k, clauseStart: a });
    // "Britain, France and Germany": a comma before the phrase goes on listing.
    k = a - 1;
    if (k <= floor || doc.lower[k] !== ',') break;
  }
  return out;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const LIST_OPENERS = new Set([',', '—', '–', ':', '(', '“', '"']);

/** Whether a listed phrase starting at `a` can open a list of speakers: at the clause's start or after a comma. */
function listStart(doc: Doc, a: number, floor: number): boolean {
  return a - 1 <= floor || LIST_OPENERS.has(doc.lower[a - 1]) || doc.pos[a - 1] === 'SCONJ' || doc.pos[a - 1] === 'CCONJ';
}
