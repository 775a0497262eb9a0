import type { Doc, Sentence } from '../../core/doc.ts';
import type { Mention, Span } from '../../core/types.ts';
import { actorRef, mentionsInSpan } from '../actors/query.ts';
import { MONTHS, timeUnit } from './time-words.ts';

/** A quote's speaker as reported: the actor when a mention covers it, else the raw noun phrase. */
export interface Speaker {
  name: string;
  code: string;
  actorId?: string;
  span: Span;
  /** A proper name or a known actor (a pronoun may refer back to it). */
  named: boolean;
}

const UPPER = /\p{Lu}/u;
const CAPITAL_START = /^\p{Lu}/u;
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
/** Possessive pronouns: they open a noun phrase but never speak ("his aide said"). */
export const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'one', 'both', 'some', 'many', 'others', 'none', 'all', 'this', 'that']);
const LINKS = new Set(['of', 'for', 'at', 'from', 'to']);
const CLITIC_S = new Set(["'s", '’s', "'", '’']);
/** A noun phrase longer than this is not a speaker. */
const MAX_NP = 14;

/** Dashes: a dateline's ("OSLO —") or a headline's before its source ("HEADLINE - Jan Roe: “…”"). */
export const DASHES = new Set(['—', '–', '--', '-']);
/** A dateline is at most this many tokens before its dash ("ATLANTIC CITY, N.J. (AP) —"). */
const MAX_DATELINE = 10;

/**
 * The first token after a dateline opening sentence `s` ("WASHINGTON (AP) — …",
 * "PHILADELPHIA, July 25 (Reuters) — …"): upper-case words, commas, abbreviations, a date and a
 * bracketed agency before a dash. `first` when the sentence has none. A dateline names where, never who.
 */
export function datelineEnd(doc: Doc, s: Sentence): number {
  const { first, last } = s;
  // Datelines open an article: its first paragraphs (after a title).
  if (s.paragraph > 2) return first;
  let k = first;
  let caps = false;
  let bracket = false;
  let titled = false;
  while (k < last && k - first <= MAX_DATELINE && !DASHES.has(doc.lower[k])) {
    const w = doc.text.slice(doc.starts[k], doc.ends[k]);
    if (w === '(') bracket = true;
    else if (w === ')') bracket = false;
    // A lower-case word is prose, unless "N.J."-like, a date ("Aug 31") or the agency ("(Reuters)");
    // a capitalised one ("New York (AFP) –") is a place only before an agency.
    else if (/\p{Ll}/u.test(w) && !/^\p{Lu}\p{Ll}{0,3}\.$/u.test(w) && !bracket && !MONTHS.has(doc.lower[k])) {
      if (!/^\p{Lu}/u.test(w)) return first;
      titled = true;
    }
    if (/\p{Lu}{2}/u.test(w)) caps = true;
    k++;
  }
  const agency = k - 3 >= first && doc.lower[k - 1] === ')' && doc.lower[k - 3] === '(';
  return caps && (!titled || agency) && k < last && k > first && DASHES.has(doc.lower[k]) ? k + 1 : first;
}

/** Quantifier words that stand as a subject on their own ("Most oppose the plan", "Both have promised"). */
const QUANTIFIERS = new Set(['most', 'many', 'both', 'each', 'some', 'all', 'few', 'several', 'others', 'another', 'none', 'neither', 'either']);

/**
 * Whether token `i` is a quantifier standing alone as a noun phrase (not "most voters", not "they
 * all"). `beforeCue`: a cue follows, so a noun tag there is the tagger's misreading ("Both say/NOUN").
 */
export function loneQuantifier(doc: Doc, i: number, floor = 0, beforeCue = false): boolean {
  if (!QUANTIFIERS.has(doc.lower[i])) return false;
  if (!beforeCue && i + 1 < doc.tokenCount && (doc.pos[i + 1] === 'NOUN' || doc.pos[i + 1] === 'PROPN' || doc.pos[i + 1] === 'ADJ' || doc.lower[i + 1] === 'of')) return false;
  return i === floor || !npToken(doc, i - 1);
}

/** Whether token `i` is written with a capital: a name the tagger may read as a verb ("Lynch:", "said Cook …"). */
export function capitalized(doc: Doc, i: number): boolean {
  return CAPITAL_START.test(doc.text[doc.starts[i]]);
}

const LOWER = /^\p{Ll}/u;
const NAME_OPENERS = new Set([',', '(', '—', '–']);

/**
 * Whether token `t` is a capitalised word after a lower-case one or a comma and before a
 * capitalised name ("spokeswoman Hope Hicks", "the spokesman, Josh Earnest,"): a first name
 * whatever its tag (a title-case headline has capitals before it too). `t` must not open its sentence.
 */
export function firstName(doc: Doc, t: number): boolean {
  return t > 0 && t + 1 < doc.tokenCount && doc.pos[t + 1] === 'PROPN' && UPPER.test(doc.text[doc.starts[t]])
    && UPPER.test(doc.text[doc.starts[t + 1]]) && (LOWER.test(doc.text[doc.starts[t - 1]]) || NAME_OPENERS.has(doc.lower[t - 1]));
}

/** Whether token `t` follows a hyphen with no space on either side ("Texas-**based**", "so-**called**"). */
export function gluedHyphen(doc: Doc, t: number): boolean {
  return t > 1 && doc.lower[t - 1] === '-' && doc.ends[t - 1] === doc.starts[t] && doc.ends[t - 2] === doc.starts[t - 1];
}

/** Whether token `i` can be part of a noun phrase (not its linking words). */
export function npToken(doc: Doc, i: number): boolean {
  const p = doc.pos[i];
  if (NP_POS.has(p)) return true;
  // The tagger takes some surnames for verbs ("Peter Cook said"): a capital inside the sentence is a name.
  if ((p === 'VERB' || p === 'NOUN') && i > 0 && doc.pos[i - 1] === 'PROPN' && UPPER.test(doc.text[doc.starts[i]])) return true;
  if (p === 'PART' && CLITIC_S.has(doc.lower[i])) return true;
  if (p === 'PRON' && POSSESSIVE.has(doc.lower[i])) return true;
  if ((p === 'VERB' || p === 'ADJ' || p === 'ADV' || p === 'AUX') && firstName(doc, i)) return true;
  // ("Texas-based", "so-called": the word after a glued hyphen ends a compound, whatever its tag.)
  if (gluedHyphen(doc, i) && NP_POS.has(doc.pos[i - 2])) return true;
  // Glued hyphens, slashes and abbreviation dots ("U.S.-Russian", "CNN/ORC", "U.N."), not a sentence's full stop.
  if ((p === 'PUNCT' || p === 'SYM') && i > 0 && doc.starts[i] === doc.ends[i - 1] && i + 1 < doc.tokenCount && doc.starts[i + 1] === doc.ends[i]) {
    return doc.lower[i] === '-' || doc.lower[i] === '.' || doc.lower[i] === '/';
  }
  return false;
}

/**
 * Start of the noun phrase ending just before token `end` (not before `floor`); `end` when none.
 * A lone subject pronoun ("he said") is a noun phrase; "of"/"for" join two nouns ("the head of
 * the agency").
 */
export function npBack(doc: Doc, end: number, floor: number): number {
  const j = end - 1;
  if (j < floor) return end;
  if (doc.pos[j] === 'PRON' && SUBJECT_PRONOUNS.has(doc.lower[j])) return j;
  if (loneQuantifier(doc, j, floor)) return j;
  let a = end;
  while (a - 1 >= floor && end - a < MAX_NP) {
    const k = a - 1;
    // "Last week the bank said": a time phrase before a noun phrase is no part of it.
    if (a < end && timeUnit(doc, k)) break;
    if (npToken(doc, k)) a = k;
    else if (LINKS.has(doc.lower[k]) && a < end && k - 1 >= floor && npToken(doc, k - 1) && doc.pos[a] !== 'ADP') a = k;
    else break;
  }
  // A noun phrase does not start with a linking word or a clitic.
  while (a < end && (LINKS.has(doc.lower[a]) || CLITIC_S.has(doc.lower[a]))) a++;
  return a;
}

/** End (exclusive) of the noun phrase starting at token `start` (not past `ceil`); `start` when none. */
export function npForward(doc: Doc, start: number, ceil: number): number {
  if (start < ceil && doc.pos[start] === 'PRON' && !POSSESSIVE.has(doc.lower[start])) return start + 1;
  let b = start;
  while (b < ceil && b - start < MAX_NP) {
    // "said Roe this week": a time phrase after a noun phrase is no part of it.
    if (b > start && timeUnit(doc, b + 1)) break;
    if (npToken(doc, b)) b++;
    else if (LINKS.has(doc.lower[b]) && b > start && b + 1 < ceil && npToken(doc, b + 1)) b++;
    else break;
  }
  while (b > start && LINKS.has(doc.lower[b - 1])) b--;
  return b;
}

/** Whether the noun phrase `[a, b)` holds a proper name that is not a possessor. */
export function hasName(doc: Doc, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (doc.pos[i] === 'PROPN' && !(i + 1 < b && CLITIC_S.has(doc.lower[i + 1]))) return true;
  }
  return false;
}

const KIND_RANK: Record<Mention['kind'], number> = {
  name: 0, alias: 1, title: 2, role: 3, pronoun: 4, group: 5, metonym: 6, demonym: 7,
};

/**
 * The speaker named by tokens `[a, b)`: the actor of the mention that heads the phrase (not a
 * possessor like "Mr. Putin's" in "Mr. Putin's spokesman"), else the phrase itself with code ''.
 * When the head is an utterance noun ("Mr. X's statement said"), the possessor speaks.
 */
export function speakerOf(doc: Doc, a: number, b: number, utterances: Set<string>): Speaker | null {
  if (b <= a) return null;
  // The head is the last word before any "of"/"for" ("President X of Ukraine" is X, not Ukraine).
  let h = b - 1;
  for (let i = a + 1; i < b; i++) if (LINKS.has(doc.lower[i])) { h = i - 1; break; }
  if (utterances.has(doc.lower[h])) {
    for (let i = h - 1; i > a; i--) if (CLITIC_S.has(doc.lower[i])) return speakerOf(doc, a, i, utterances);
  }
  const span: Span = [doc.starts[a], doc.ends[h]];
  const mentions = mentionsInSpan(doc, doc.starts[a], doc.ends[b - 1]).filter((m) => {
    const after = doc.tokenAt(m.span[1]);
    return !(after < b && CLITIC_S.has(doc.lower[after]));
  });
  const named = doc.pos[h] === 'PROPN';
  if (mentions.length) {
    const head = mentions.find((m) => m.span[0] <= doc.starts[h] && m.span[1] >= doc.ends[h]);
    const best = head ?? [...mentions].sort((x, y) => KIND_RANK[x.kind] - KIND_RANK[y.kind])[0];
    const ref = actorRef(doc, best);
    // "the White House press secretary": the speaker is the secretary, coded as the institution.
    if (!head && doc.pos[h] === 'NOUN') return { name: doc.slice(span), code: ref.code, span, named: false };
    return { name: ref.name, code: ref.code, actorId: ref.actorId, span: ref.span ?? span, named: true };
  }
  return { name: doc.slice(span), code: '', span, named };
}
