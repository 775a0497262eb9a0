import type { Doc } from '../../core/doc.ts';
import { loneQuantifier, npBack, npForward, npToken } from './phrase.ts';
import { DAY_PARTS, DAYS, MONTHS, timeUnit } from './time-words.ts';
import { commaRelative, participleHead, placedNoun, restrictiveRelative, venueHead } from './modifiers.ts';

const YEAR = /^(19|20)\d\d$/;

/** Where a cue's speaker phrase lies, and where the cue's clause begins (speaker and appositions). */
export interface SpeakerPhrase {
  a: number;
  b: number;
  clauseStart: number;
  /** The word the cue attaches to when it is not the phrase itself ("who" in "X, who said"). */
  anchor?: number;
}

const RELATIVE = new Set(['who', 'which', 'that']);
const RELATIVE_LEAD = new Set([',', '—', '–']);
const PASSIVE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
const NEGATION = new Set(['not', "n't", 'n’t', 'never']);
/** Closing quotation marks (a clause may go on after one: "…,” he warned"). */
export const QUOTE_CLOSERS = new Set(['”', '"', '’', "'", '»']);
const CLOSERS = new Set(['”', '"', '’', "'", '»', ',', ':', '—', '–']);
const CHAIN_POS = new Set(['VERB', 'ADJ']);
const NAME_LIKE = new Set(['VERB', 'NOUN', 'ADJ', 'ADV']);
const UPPER = /\p{Lu}/u;
/** Parenthetical clauses between a subject and its verb are at most this long. */
const MAX_PARENTHETICAL = 30;
/** A bracket after a speaker's name ("(D-Ore.)") holds at most this many tokens. */
const MAX_BRACKET = 8;

/** Skip adverbs, auxiliaries and negation backwards from token `i`; the first token that is none. */
function skipBack(doc: Doc, i: number, floor: number): number {
  for (;;) {
    while (i >= floor && (doc.pos[i] === 'ADV' || doc.pos[i] === 'AUX' || NEGATION.has(doc.lower[i])) && !nameFirst(doc, i)) i--;
    // "Trump on Saturday tweeted", "The ministry Monday said": a day between subject and cue says when.
    // ("Sean Spicer on Thursday evening said": the day part too.)
    if (i > floor + 1 && DAY_PARTS.has(doc.lower[i]) && DAYS.has(doc.lower[i - 1])) i--;
    // "Wells Fargo just this month announced", "The bank last week said": so does a week or a month.
    if (i > floor + 1 && timeUnit(doc, i)) {
      // ("this past week": the unit, "past" and the lead.)
      i -= doc.lower[i - 1] === 'past' ? 3 : 2;
      continue;
    }
    // "Roe, who in 2010 said", "The council in March voted": so does a year or a month after "in".
    if (i > floor + 1 && doc.lower[i - 1] === 'in' && (MONTHS.has(doc.lower[i]) || YEAR.test(doc.lower[i]))) {
      i -= 2;
      continue;
    }
    if (i <= floor || !DAYS.has(doc.lower[i])) return i;
    i -= doc.lower[i - 1] === 'on' ? 2 : 1;
  }
}

/** A capitalised word opening its sentence that the tagger took for an adverb ("Jolly said …"): a name. */
function nameFirst(doc: Doc, i: number): boolean {
  return doc.pos[i] === 'ADV' && UPPER.test(doc.text[doc.starts[i]]) && doc.sentences[doc.sentenceAt(doc.starts[i])].first === i;
}

/** The opening "(" of a short bracket closing at `close` ("(D-Ore.)"), or `close` when there is none. */
export function bracketOpen(doc: Doc, close: number, floor: number): number {
  let k = close - 1;
  while (k > floor && close - k <= MAX_BRACKET && doc.lower[k] !== '(' && doc.lower[k] !== ')') k--;
  return doc.lower[k] === '(' && k > floor ? k : close;
}

/** Whether the cue at `c0` is passive ("was told", "is said to"), so its subject is no speaker. */
export function isPassive(doc: Doc, c0: number, floor: number): boolean {
  let i = c0 - 1;
  while (i >= floor && (doc.pos[i] === 'ADV' || NEGATION.has(doc.lower[i]))) i--;
  return i >= floor && PASSIVE.has(doc.lower[i]) && !doc.lower[c0].endsWith('ing');
}

/** Of two appositive phrases, the one headed by a proper name ("Karoline Leavitt, the spokeswoman"). */
export function pickApposition(doc: Doc, a1: number, b1: number, a2: number, b2: number): [number, number] {
  const named = (b: number) => doc.pos[b - 1] === 'PROPN';
  if (named(b2) && !named(b1)) return [a2, b2];
  return [a1, b1];
}

/**
 * The speaker phrase before the cue at token `c0` (sentence starts at `floor`): "Mr. X said",
 * "Mr. X, the envoy, said", "the envoy, Mr. X, said", "Mr. X, who said", "officials, speaking on
 * condition of anonymity, said". Null when no noun phrase stands there. A `reporting` cue (a verb
 * of saying) also looks past a relative clause or a place after its noun (modifiers.ts).
 */
export function subjectBefore(doc: Doc, c0: number, floor: number, reporting = true): SpeakerPhrase | null {
  let j = skipBack(doc, c0 - 1, floor);
  // "Sen. Ana Roe (D-Ore.) said": the parenthesis (party, state, an acronym) stands beside the name.
  if (j > floor && doc.lower[j] === ')') {
    const k = bracketOpen(doc, j, floor);
    if (k < j) j = skipBack(doc, k - 1, floor);
  }
  // "X declined to say", "X is expected to announce": the subject of the verb chain speaks.
  for (let hop = 0; hop < 2 && j - 1 > floor && doc.lower[j] === 'to' && CHAIN_POS.has(doc.pos[j - 1]); hop++) j = skipBack(doc, j - 2, floor);
  if (j < floor) return null;
  if (doc.lower[j] === 'who' && !RELATIVE_LEAD.has(doc.lower[j - 1])) {
    // "voters who say …": the cue attaches to "who", which stands for the noun phrase before it.
    const a = npBack(doc, j, floor);
    return a < j ? { a, b: j, clauseStart: a, anchor: j } : { a: j, b: j + 1, clauseStart: j };
  }
  if (RELATIVE.has(doc.lower[j]) && doc.pos[j] !== 'SCONJ' && j - 1 >= floor && RELATIVE_LEAD.has(doc.lower[j - 1])) {
    const a = npBack(doc, j - 1, floor);
    return a < j - 1 ? { a, b: j - 1, clauseStart: a, anchor: j } : null;
  }
  if (doc.lower[j] === ',') {
    // "Sandy Roe, who lost her daughter in Aurora, Colorado, in 2012, said": the relative clause's antecedent.
    const rel = reporting ? commaRelative(doc, j, floor) : null;
    if (rel) return rel;
    const a2 = npBack(doc, j, floor);
    if (a2 < j && (a2 === floor || doc.lower[a2 - 1] === ',')) {
      if (a2 === floor) return { a: a2, b: j, clauseStart: a2 };
      // ("Rep. Ana Roe (D-Md.), a chair, said": the bracket stands beside the name.)
      const e = doc.lower[a2 - 2] === ')' ? bracketOpen(doc, a2 - 2, floor) : a2 - 1;
      const a1 = npBack(doc, e, floor);
      if (a1 < e && e < a2 - 1) {
        const [a, b] = pickApposition(doc, a1, e, a2, j);
        return { a, b, clauseStart: a1 };
      }
      if (a1 < a2 - 1) {
        const [a, b] = pickApposition(doc, a1, a2 - 1, a2, j);
        return { a, b, clauseStart: a1 };
      }
      return null;
    }
    // A parenthetical clause: find its opening comma and take the phrase before it.
    for (let k = j - 1; k >= floor && k > j - MAX_PARENTHETICAL; k--) {
      if (doc.lower[k] !== ',') continue;
      // ("Rep. Ana Roe (D-Md.), chair of …, said": the bracket stands beside the name.)
      const e = doc.lower[k - 1] === ')' ? bracketOpen(doc, k - 1, floor) : k;
      const a = npBack(doc, e, floor);
      return a < e ? { a, b: e, clauseStart: a } : null;
    }
    return null;
  }
  // "Officials who spoke with the Post said": the relative clause's antecedent, not its object.
  const rel = reporting ? restrictiveRelative(doc, j, c0, floor) : null;
  if (rel) return rel;
  // "Both want …", "Many fear …": a quantifier standing alone is the subject.
  if (loneQuantifier(doc, j, floor, true)) return { a: j, b: j + 1, clauseStart: j };
  // "those surveyed say", "voters polled said": a participle after its noun ends the subject.
  if (doc.pos[j] === 'VERB' && doc.lower[j].endsWith('ed') && j - 1 >= floor && (doc.lower[j - 1] === 'those' || doc.pos[j - 1] === 'NOUN')) {
    const a = doc.lower[j - 1] === 'those' ? j - 1 : npBack(doc, j, floor);
    return { a, b: j + 1, clauseStart: a };
  }
  if (!npToken(doc, j) && doc.pos[j] !== 'PRON') {
    // The tagger takes some names for verbs ("Cook said"); a verb never stands right before a cue verb.
    if (!UPPER.test(doc.text[doc.starts[j]]) || !NAME_LIKE.has(doc.pos[j])) return null;
    const a = npBack(doc, j, floor);
    return { a, b: j + 1, clauseStart: a };
  }
  const a = npBack(doc, j + 1, floor);
  if (a > j) return null;
  return participleHead(doc, a, floor) ?? venueHead(doc, a, floor) ?? (reporting ? placedNoun(doc, a, j + 1, floor) : null) ?? { a, b: j + 1, clauseStart: a };
}

/** The speaker after an inverted cue ("…,” said Mr. X"; "according to Tass"), or null. */
export function subjectAfter(doc: Doc, c1: number, ceil: number): SpeakerPhrase | null {
  // ("said Will Doyle", "said Don Roe": a first name the tagger reads as a verb.)
  const from = c1 + 1 < ceil && !npToken(doc, c1) && UPPER.test(doc.text[doc.starts[c1]]) && doc.pos[c1 + 1] === 'PROPN' ? c1 + 1 : c1;
  const b = npForward(doc, from, ceil);
  return b > from ? { a: c1, b, clauseStart: c1 } : null;
}

/** Whether the cue at `c0` continues a clause whose subject came earlier ("X did Y, saying …", "X did Y and said …"). */
export function sharesSubject(doc: Doc, c0: number, floor: number): boolean {
  let j = c0 - 1;
  while (j > floor && QUOTE_CLOSERS.has(doc.lower[j])) j--;
  if (j < floor) return false;
  const w = doc.lower[j];
  if (w === 'and' || w === 'but') return true;
  return doc.lower[c0].endsWith('ing') && (w === ',' || w === '—' || w === '–');
}

/** Whether the cue at `c0` follows a quote or comma, so its speaker may come after it. */
export function invertible(doc: Doc, c0: number, floor: number): boolean {
  const j = skipBack(doc, c0 - 1, floor);
  return j < floor || CLOSERS.has(doc.lower[j]);
}
