import type { Doc } from '../../core/doc.ts';
import { npBack, POSSESSIVE } from './phrase.ts';
import { bracketOpen, type SpeakerPhrase } from './subject.ts';

/*
 * Modifiers standing between a speaker's noun and its cue: a relative clause ("officials who spoke
 * with the Post said", "Ana Roe, who lost her seat in 2012, said") or a participle phrase ("protesters
 * marching through the streets said"). The noun phrase right before the cue belongs to the modifier;
 * the speaker is the noun the modifier hangs on.
 */

/** Relative pronouns that open a clause set off by commas ("X, who …, said"). */
const COMMA_OPENERS = new Set(['who', 'which', 'whose']);
/** Relative pronouns that open a restrictive clause about their subject ("officials who spoke …"). */
const RESTRICTIVE = new Set(['who', 'which', 'that']);
/** Words that end a restrictive relative clause's reach: what lies beyond is another clause. */
const BOUNDARY = new Set([',', ';', ':', '—', '–', '-', '(', ')', 'and', 'but', 'or', '“', '”', '"']);
const SUBORDINATORS = new Set(['when', 'where', 'while', 'because', 'after', 'before', 'since', 'as', 'if', 'until']);
const QUOTES = new Set(['“', '”', '"', "''"]);
const HEAD_POS = new Set(['NOUN', 'PROPN']);
const VERBAL = new Set(['VERB', 'AUX']);
/** A relative clause between a speaker and the comma before the cue is at most this long. */
const MAX_CLAUSE = 30;

/**
 * The antecedent of a relative clause set off by commas and closed by the comma `j` right before
 * the cue ("Sandy Roe, who lost her daughter in Aurora, Colorado, in 2012, said": Sandy Roe, not
 * Colorado; "Mr. Roe, whose start-up, Paradata, uses …, said"). Null when no ", who" opens one.
 */
export function commaRelative(doc: Doc, j: number, floor: number): SpeakerPhrase | null {
  for (let r = j - 1; r - 1 > floor && j - r <= MAX_CLAUSE; r--) {
    if (QUOTES.has(doc.lower[r])) return null;
    if (!COMMA_OPENERS.has(doc.lower[r]) || doc.lower[r - 1] !== ',') continue;
    // ("Bret Stephens, who, after trading insults …, said": a clause with no verb of its own before
    // the comma is the cue's, whose source PolNeAR marks as "who".)
    // ("who lives outside …": the tagger may read the verb as a noun; the comma is what tells.)
    if (doc.pos[r + 1] === 'PUNCT') return null;
    // ("Rep. Ana Roe (D-Md.), who …": the bracket stands beside the name.)
    let e = doc.lower[r - 2] === ')' ? bracketOpen(doc, r - 2, floor) : r - 1;
    // ("Woodrow Benford, 58, who lives …, says": an age between commas stands beside the name.)
    if (doc.pos[e - 1] === 'NUM' && doc.lower[e - 2] === ',' && e - 3 >= floor) e -= 2;
    const a = npBack(doc, e, floor);
    return a < e ? { a, b: e, clauseStart: a } : null;
  }
  return null;
}

/**
 * The antecedent of a restrictive relative clause that ends at token `j` right before the cue at
 * `c0` ("Current and former officials who spoke with the Post said": the officials). The clause
 * opens with its verb ("who spoke", "that has endorsed"), and no comma or conjunction stands
 * between it and the cue; a cue inside the clause ("voters who believe Roe said …") is a cue of
 * its own, which `floor` stops at.
 */
export function restrictiveRelative(doc: Doc, j: number, c0: number, floor: number): SpeakerPhrase | null {
  for (let r = j; r > floor && c0 - r <= MAX_CLAUSE; r--) {
    const w = doc.lower[r];
    // ("… in 2009 when he yelled": a subordinate clause has its own subject.)
    if (BOUNDARY.has(w) || doc.pos[r] === 'SCONJ' || SUBORDINATORS.has(w)) return null;
    if (!RESTRICTIVE.has(w)) continue;
    if (r === j || !HEAD_POS.has(doc.pos[r - 1]) || !VERBAL.has(doc.pos[r + 1])) return null;
    // ("residents in Jupiter, Florida who were …": a name after a comma is a place's, not the subject.)
    if (doc.lower[npBack(doc, r, floor) - 1] === ',') return null;
    const a = npBack(doc, r, floor);
    return a < r ? { a, b: r, clauseStart: a } : null;
  }
  return null;
}

/**
 * The noun a participle phrase ending in the noun phrase at `a` hangs on ("Protesters marching
 * through the streets said", "voters attending the rally say"): the subject, not the phrase's object.
 */
export function participleHead(doc: Doc, a: number, floor: number): SpeakerPhrase | null {
  let k = a - 1;
  if (k > floor && doc.pos[k] === 'ADP') k--;
  if (k - 1 < floor || doc.pos[k] !== 'VERB' || !doc.lower[k].endsWith('ing') || !HEAD_POS.has(doc.pos[k - 1])) return null;
  const h = npBack(doc, k, floor);
  return h < k ? { a: h, b: k, clauseStart: h } : null;
}

/** Prepositions of where or when a speaker spoke ("X in a statement said", "X during the debate said"). */
const VENUES = new Set(['in', 'on', 'during', 'at']);
const NAMED = new Set(['PROPN', 'PRON']);
const WH = new Set(['which', 'whose', 'what', 'whatever', 'whichever']);

/**
 * The name before a phrase of where or when it spoke, standing between the name and the cue ("Jeb
 * Bush in a Medium post said", "Trump in his announcement speech called"): the speaker, not the post.
 */
export function venueHead(doc: Doc, a: number, floor: number): SpeakerPhrase | null {
  const k = a - 1;
  if (k - 1 < floor || !VENUES.has(doc.lower[k]) || !NAMED.has(doc.pos[k - 1]) || POSSESSIVE.has(doc.lower[k - 1])) return null;
  // ("one on Sunday in which organizers claimed": a relative clause's subject speaks.)
  if ((doc.pos[a] !== 'DET' && !POSSESSIVE.has(doc.lower[a])) || WH.has(doc.lower[a])) return null;
  const h = npBack(doc, k, floor);
  return h < k ? { a: h, b: k, clauseStart: h } : null;
}

/** Prepositions of a place or an organisation a noun's phrase may take in ("a narrator in the ad", "officials at the embassy"); "with" and "to" after an adjective ("people familiar with the talks", "sources close to him"). */
const PLACES = new Set(['in', 'at', 'from', 'inside']);
const ADJECTIVE_LINKS = new Set(['with', 'to']);

/**
 * A common noun's phrase with the place it takes after it ("a narrator in the Clinton ad asks",
 * "officials at the embassy said", "people familiar with the session said"): the speaker's whole phrase, which the noun before the
 * preposition heads (`a` starts the phrase after it; `b` ends it).
 */
export function placedNoun(doc: Doc, a: number, b: number, floor: number): SpeakerPhrase | null {
  const k = a - 1;
  if (k - 2 >= floor && ADJECTIVE_LINKS.has(doc.lower[k]) && doc.pos[k - 1] === 'ADJ' && doc.pos[k - 2] === 'NOUN') {
    const h = npBack(doc, k, floor);
    return h < k - 1 ? { a: h, b, clauseStart: h } : null;
  }
  if (k - 1 < floor || !PLACES.has(doc.lower[k]) || doc.pos[k - 1] !== 'NOUN') return null;
  const h = npBack(doc, k, floor);
  return h < k ? { a: h, b, clauseStart: h } : null;
}
