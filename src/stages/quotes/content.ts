import type { Doc } from '../../core/doc.ts';
import type { CueEntry } from './lexicon.ts';
import { commaInside, type Marked } from './marks.ts';
import { capitalized, npForward } from './phrase.ts';
import { objectContent } from './objects.ts';
import { clauseLike, overQuotes, trim, type Content, type MarkIndex } from './spans.ts';
import { DAY_PARTS, DAYS, isTime, MONTHS, pastTime, TIME_WORDS } from './time-words.ts';

/** How far after the cue a "that" or ":" may introduce the content. */
const INTRO_WINDOW = 15;
const INTRO_POS = new Set(['ADP', 'SCONJ', 'ADV']);
const NOUN_WORDS = new Set(['NOUN', 'ADJ', 'DET']);
/** Words that open an indirect question ("asked whether …"). */
export const QUESTION_WORDS = new Set(['what', 'whether', 'why', 'how', 'which', 'who', 'whom', 'when', 'where', 'if']);
/** An apposition between a content's subject and its verb is at most this many tokens. */
const MAX_APPOSITION = 10;

/** Subject pronouns: a "that" before one opens a clause. */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

/**
 * Content after a cue ending at token `c1`, up to `limit` (the sentence end or the next cue's
 * clause): skips the hearer of an address cue ("told reporters") and an adverbial before "that"
 * or ":" ("said on Monday that …"). Null when nothing clause-like follows.
 */
export function contentAfter(doc: Doc, c1: number, limit: number, entry: CueEntry, marks: MarkIndex): Content | null {
  const kind = entry.kind;
  const multiword = entry.tokens.length > 1;
  if (kind === 'stance' || kind === 'intent') return objectContent(doc, pastTime(doc, c1, limit), limit, kind, marks);
  let i = c1;
  let introduced = false;
  // ("told her the office would close": "her" before a determiner is the hearer, not a possessive.)
  if (kind === 'address' && doc.lower[i] === 'her' && doc.pos[i + 1] === 'DET') i++;
  else if (kind === 'address' && i < limit && !marks.openAt.has(i) && !QUESTION_WORDS.has(doc.lower[i])) i = Math.max(i, npForward(doc, i, limit));
  // "urged voters to stay home": the hearer and what they are urged to do.
  if (kind === 'address' && i > c1 && doc.lower[i] === 'to' && i + 1 < limit && doc.pos[i + 1] === 'VERB') return objectContent(doc, c1, limit, 'intent', marks);
  // "said on Monday after the call that “…”": a quotation introduced within the window wins.
  for (let k = i; k < limit && k < i + INTRO_WINDOW; k++) {
    if (!marks.openAt.has(k)) continue;
    const w = doc.lower[k - 1];
    if (k === i || w === 'that' || w === ':' || w === ',') { i = k; introduced = true; }
    break;
  }
  const adverbial = doc.pos[i] === 'ADP';
  for (let k = i; !introduced && k < limit && k < i + INTRO_WINDOW; k++) {
    const w = doc.lower[k];
    // The content keeps its "that", as attribution corpora mark it (PARC, PolNeAR); a colon stays out.
    // ("said in an interview last week that she …": the tagger may not read that "that" as a conjunction.)
    if (w === ':' || (w === 'that' && (k === i || doc.pos[k] === 'SCONJ' || CLAUSE_SUBJECTS.has(doc.lower[k + 1]) || thatClause(doc, k, limit)))) { i = w === 'that' ? k : k + 1; introduced = true; break; }
    // (A capitalised "verb" there is a name the tagger misread: "The Associated Press", "Charleston".)
    // ("says at a campaign stop in Toledo that …": inside a phrase that opens with a preposition, a
    // "verb" after a noun's words is a noun the tagger misread.)
    if ((doc.pos[k] === 'VERB' && !capitalized(doc, k) && !(adverbial && NOUN_WORDS.has(doc.pos[k - 1]))) || doc.pos[k] === 'AUX') break;
  }
  // "asked what it costs", "wondered whether …": a question word opens the content.
  if (!introduced && i < limit && QUESTION_WORDS.has(doc.lower[i]) && kind !== 'according') introduced = clauseLike(doc, i + 1, limit, marks) || i + 2 < limit;
  // "said Sunday the ferry would run": the day is when it was said, not what.
  while (!introduced && i + 1 < limit && (DAYS.has(doc.lower[i]) || DAY_PARTS.has(doc.lower[i])) && doc.pos[i + 1] !== 'PUNCT') i++;
  const c = trim(doc, i, limit);
  if (c.b - c.a < 2 && !(c.b > c.a && marks.openAt.has(c.a))) return null;
  if (!multiword && !introduced) {
    if (doc.lower[i] === ',') return null; // "X said, mentioning …": a new clause, not the content
    // An unintroduced content is a clause: it opens with a subject and has a verb before any comma
    // ("said the talks had failed"), unlike an object ("declared a cease-fire, …").
    let s = c.a;
    // ("said down-ballot races …": a hyphen glued to the word makes it part of a noun, not a preposition.)
    const compound = s + 1 < c.b && doc.lower[s + 1] === '-' && doc.ends[s] === doc.starts[s + 1];
    if (INTRO_POS.has(doc.pos[s]) && !compound) {
      // "says despite the odds, she plans …": skip the introductory phrase.
      while (s < c.b && doc.lower[s] !== ',') s++;
      // No comma: "said if elected he would …", "said none of them were …" read as one clause.
      if (s >= c.b && doc.pos[c.a] !== 'ADP' && clauseLike(doc, c.a + 1, c.b, marks)) return overQuotes(doc, c, marks);
      s = s < c.b ? s + 1 : c.a + 1;
    }
    // ("“…,” she said Friday.": a time is never what was said.)
    const object = entry.objects && !INTRO_POS.has(doc.pos[c.a]) && !isTime(doc, c.a) ? objectContent(doc, c.a, limit, 'stance', marks) : null;
    if (s >= c.b || (doc.pos[s] === 'ADP' && !compound) || doc.pos[s] === 'PART' || (doc.pos[s] === 'VERB' && !doc.lower[s].endsWith('ing') && !capitalized(doc, s))) return object;
    let e = s + 1;
    while (e < c.b && doc.lower[e] !== ',') e++;
    // ("said on Fox's “Morning Line.”": a quoted title where it was said makes no clause of it.)
    if (!clauseLike(doc, s + 1, e, marks, VENUE.has(doc.lower[c.a])) && !afterApposition(doc, e, c.b)) return object;
  }
  return overQuotes(doc, c, marks);
}

/** Prepositions of where something was said ("on Fox's “Morning Line”", "in “The Ledger”"). */
const VENUE = new Set(['on', 'in', 'at']);

/** Whether a noun phrase and its verb follow the "that" at `k` ("that Congress had …"): a clause, whatever the tagger calls the "that". */
function thatClause(doc: Doc, k: number, limit: number): boolean {
  const e = npForward(doc, k + 1, limit);
  return e > k + 1 && e < limit && (doc.pos[e] === 'AUX' || doc.pos[e] === 'VERB');
}

/** "say the program, run by the city, has brought …": the verb comes after an apposition between commas. */
function afterApposition(doc: Doc, comma: number, b: number): boolean {
  if (doc.lower[comma] !== ',') return false;
  let e = comma + 1;
  while (e < b && e - comma <= MAX_APPOSITION && doc.lower[e] !== ',') e++;
  return e + 1 < b && doc.lower[e] === ',' && (doc.pos[e + 1] === 'AUX' || doc.pos[e + 1] === 'VERB');
}

const TAIL_POS = new Set(['ADP', 'ADV', 'PUNCT', 'SCONJ']);
/**
 * Whether only an adverbial follows the cue up to the sentence end ("he said.", "she said on
 * Monday.", "he told reporters in Kyiv."), so the cue reports what came before it.
 */
export function tailOnly(doc: Doc, from: number, limit: number): boolean {
  // ("“…,” Rubio said Dec. 6 on CNN.": a date too; not "said May would …", a name.)
  return from >= limit || TAIL_POS.has(doc.pos[from]) || TIME_WORDS.has(doc.lower[from]) || (MONTHS.has(doc.lower[from]) && doc.pos[from + 1] === 'NUM');
}

/**
 * Content before a cue clause starting at `clauseStart`: the quote that closes right before it
 * (also across a sentence break: “Stop!” he wrote.), else the sentence text before the comma.
 */
export function contentBefore(doc: Doc, clauseStart: number, first: number, marks: MarkIndex): Content | Marked | null {
  let k = clauseStart - 1;
  if (k >= 0 && doc.lower[k] === ',' && marks.closeAt.has(k - 1)) k--;
  const m = marks.closeAt.get(k);
  // A short quoted title inside the sentence ("on Fox's “Hannity,” X said …") is not the content.
  if (m && (m.last - m.first > 3 || m.open === first || doc.pos[m.open - 1] === 'PUNCT')) return m;
  // "… placed a note in a “burn bag,” the Times reported": the sentence up to the short quote is.
  if (m && !commaInside(doc, m)) return null;
  if (k < first || (!m && doc.lower[k] !== ',')) return null;
  const c = m ? { a: trim(doc, first, k).a, b: k + 1 } : trim(doc, first, k);
  if (c.b - c.a < 3 || !clauseLike(doc, c.a, c.b, marks)) return null;
  return c;
}
