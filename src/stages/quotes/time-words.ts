import type { Doc } from '../../core/doc.ts';

/*
 * Time words: when something was said, never what ("said Sunday", "“…,” she said Friday night").
 * Used by the content and clause rules of the quotes stage.
 */

/** Month names and their abbreviations (a dateline's date, a content's time words). */
export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);

/** Days and day words: "said Sunday" tells when something was said. */
export const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

/** Parts of a day after a day word ("said Tuesday night"). */
export const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
export const TIME_WORDS = new Set([...DAYS, ...DAY_PARTS, 'last', 'this', 'earlier', 'later']);

/** Whether token `i` names a time ("Friday", "night", "May"): when something was said, never what. */
export function isTime(doc: Doc, i: number): boolean {
  return TIME_WORDS.has(doc.lower[i]) || MONTHS.has(doc.lower[i]);
}

const TIME_LEADS = new Set(['on', 'in', 'at', 'during', 'early', 'late']);
const TIME_UNITS = new Set(['week', 'month', 'year', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter']);
/** Words that make a time unit after them a time ("last week", "this year"), not a thing. */
const UNIT_LEADS = new Set(['this', 'last', 'next', 'that']);

/**
 * Whether token `i` is the unit of a time phrase ("last **week**", "this **month**"): when, never
 * who. In "this past week" both "past" and "week" count as units (each after a lead of the phrase).
 */
export function timeUnit(doc: Doc, i: number): boolean {
  if (i <= 0) return false;
  const w = doc.lower[i];
  if (w === 'past') return i + 1 < doc.tokenCount && TIME_UNITS.has(doc.lower[i + 1]) && UNIT_LEADS.has(doc.lower[i - 1]);
  return TIME_UNITS.has(w) && (UNIT_LEADS.has(doc.lower[i - 1]) || (doc.lower[i - 1] === 'past' && i > 1 && UNIT_LEADS.has(doc.lower[i - 2])));
}

/** Past a time phrase right after a cue when "to" or "that" follows it ("vowed last week | to …"), else `a`. */
export function pastTime(doc: Doc, a: number, limit: number): number {
  let k = a;
  if (TIME_LEADS.has(doc.lower[k]) && isTime(doc, k + 1)) k++;
  while (k < limit && (isTime(doc, k) || (k > a && TIME_UNITS.has(doc.lower[k])) || (k > a && doc.pos[k] === 'NUM'))) k++;
  return k > a && k < limit && (doc.lower[k] === 'to' || doc.lower[k] === 'that') ? k : a;
}
