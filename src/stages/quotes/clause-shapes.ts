import type { Doc } from '../../core/doc.ts';
import { npBack, npForward, npToken, POSSESSIVE } from './phrase.ts';
import { tailOnly } from './content.ts';
import { hasVerb, type Content, type MarkIndex } from './spans.ts';
import { isTime } from './time-words.ts';
import { QUOTE_CLOSERS, type SpeakerPhrase } from './subject.ts';
import { mainSubject } from './main-subject.ts';
import type { Frame } from './frames.ts';

/**
 * Shapes of a cue's clause that move its speaker or content (frames.ts): a trailing tag with a time
 * clause after it, a passive cue with an agent, an opening participle, an as-clause, an object.
 */

/** How far after a trailing tag a "that" or colon would make the rest its content. */
const TAG_WINDOW = 12;
const CONDITIONS = new Set(['if', 'unless', 'whether']);
const QUOTE_OPENERS = new Set(['“', '"', '‘']);
const PASSIVE_AUX = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/**
 * Whether a cue clause starting at `clauseStart` tags the clause before it ("…, Merkel said after
 * the meeting"): a comma before it, a verb before that, and after the cue only an adverbial (no
 * condition: "said if elected he would …") with no "that", colon or quotation close behind.
 */
export function trailingTag(doc: Doc, first: number, clauseStart: number, from: number, limit: number, marks: MarkIndex): boolean {
  if (clauseStart - 1 <= first || doc.lower[clauseStart - 1] !== ',' || !tailOnly(doc, from, limit) || from >= limit || CONDITIONS.has(doc.lower[from])) return false;
  if (!hasVerb(doc, first, clauseStart - 1)) return false;
  for (let i = from; i < limit && i < from + TAG_WINDOW; i++) {
    const w = doc.lower[i];
    // (A quotation opening counts whatever its marks: "said, ''I hope not.''".)
    if (w === 'that' || w === ':' || QUOTE_OPENERS.has(w) || marks.openAt.has(i)) return false;
  }
  return true;
}

/** Whether the cue `[c0, c1)` holds its own passive ("was first reported", "has been endorsed"). */
export function passiveCue(doc: Doc, c0: number, c1: number): boolean {
  let be = false;
  for (let i = c0; i < c1 - 1; i++) if (PASSIVE_AUX.has(doc.lower[i])) be = true;
  return be && doc.pos[c1 - 1] === 'VERB' && !doc.lower[c1 - 1].endsWith('ing');
}

/**
 * Whether the cue `[c0, c1)` is a participle after the noun it describes, with its agent after "by"
 * ("a call echoed by Japan", "the plan, opposed by the council, …"): a passive without its "be".
 * (Not for verbs of saying: "Roe said by telephone" is active; speaker-phrase.ts checks the kind.)
 */
export function reducedPassive(doc: Doc, c0: number, c1: number): boolean {
  const before = doc.pos[c0 - 1];
  if (c0 < 1 || !(before === 'NOUN' || before === 'PROPN' || doc.lower[c0 - 1] === ',')) return false;
  if (doc.pos[c1 - 1] !== 'VERB' || doc.lower[c1 - 1].endsWith('ing')) return false;
  const k = doc.pos[c1] === 'ADV' ? c1 + 1 : c1;
  return k < doc.tokenCount && doc.lower[k] === 'by';
}

/** Whether frame `f`'s cue is a participle opening its sentence ("Noting that …, X said"). */
export function openingParticiple(doc: Doc, f: Frame): boolean {
  let i = doc.sentences[f.sentence].first;
  while (i < f.c0 && (doc.pos[i] === 'PUNCT' || doc.pos[i] === 'CCONJ' || doc.pos[i] === 'ADV')) i++;
  return (i === f.c0 && doc.lower[f.c0].endsWith('ing')) || ledParticiple(doc, f);
}

/** Whether frame `f`'s cue is a participle after a word that opens its sentence ("After thanking …", "Having announced …"). */
export function ledParticiple(doc: Doc, f: Frame): boolean {
  let i = doc.sentences[f.sentence].first;
  while (i < f.c0 && (doc.pos[i] === 'PUNCT' || doc.pos[i] === 'CCONJ')) i++;
  for (const lead of PARTICIPLE_LEADS) {
    if (i + lead.length === f.c0 && lead.every((w, k) => doc.lower[i + k] === w)) return doc.lower[f.c0].endsWith('ing') || lead[lead.length - 1] === 'having';
  }
  return false;
}

/** Words that may open a sentence before its participle cue. */
const PARTICIPLE_LEADS = [['after'], ['before'], ['while'], ['since'], ['upon'], ['when'], ['by'], ['besides'], ['in', 'addition', 'to'], ['having'], ['after', 'having']];

/** The subject after the comma that closes an opening participial phrase, or null. */
export function subjectAfterComma(doc: Doc, c1: number, limit: number): SpeakerPhrase | null {
  const s = doc.sentences[doc.sentenceAt(doc.starts[c1 - 1])];
  let j = c1;
  while (j < s.last && doc.lower[j] !== ',') j++;
  if (j + 1 >= s.last) return null;
  // The first comma whose subject has a verb closes the phrase ("Saying he was nervous, and tired,
  // the man …"); failing one, the subject right after the first comma.
  for (let k = j; k < s.last - 1; k++) {
    if (doc.lower[k] !== ',') continue;
    const a = pastCloser(doc, k + 1, s.last);
    const p = mainSubject(doc, a, s.last);
    if (p && p.a === a && !RELATIVE_WORDS.has(doc.lower[p.a]) && verbAt(doc, p.b, s.last)) return p;
  }
  const a = pastCloser(doc, j + 1, s.last);
  const phrase = mainSubject(doc, a, s.last);
  return phrase && phrase.a === a ? phrase : null;
}

/** Token `i`, or the one after the closing quotation mark at `i` (the phrase ends in a quote: "… “down the line,” he warned"). */
function pastCloser(doc: Doc, i: number, last: number): number {
  return i + 1 < last && QUOTE_CLOSERS.has(doc.lower[i]) ? i + 1 : i;
}

const RELATIVE_WORDS = new Set(['which', 'who', 'that', 'whom', 'where']);

/** Whether a verb (after adverbs) follows at token `i`. */
function verbAt(doc: Doc, i: number, last: number): boolean {
  while (i < last && doc.pos[i] === 'ADV') i++;
  return i < last && (doc.pos[i] === 'VERB' || doc.pos[i] === 'AUX');
}

/** The noun phrase before the auxiliaries of a passive cue at `c0` ("the plan has been | endorsed"), or null. */
export function passiveSubject(doc: Doc, c0: number, floor: number): Content | null {
  let k = c0 - 1;
  while (k >= floor && (doc.pos[k] === 'ADV' || doc.pos[k] === 'AUX' || doc.pos[k] === 'PART')) k--;
  if (k < floor) return null;
  if (doc.pos[k] === 'PRON' && !POSSESSIVE.has(doc.lower[k])) return { a: k, b: k + 1 }; // "he was asked by …"
  if (!npToken(doc, k)) return null;
  const a = npBack(doc, k + 1, floor);
  return a <= k ? { a, b: k + 1 } : null;
}

/** End of a time phrase at `a` ("on Monday", "Tuesday night", "last week"), or `a` when none stands there. */
function timeEnd(doc: Doc, a: number, last: number): number {
  let i = a;
  if ((doc.lower[i] === 'on' || doc.lower[i] === 'in') && i + 1 < last && isTime(doc, i + 1)) i++;
  while (i < last && isTime(doc, i)) i++;
  if (i > a && i < last && PERIODS.has(doc.lower[i])) i++;
  return i;
}

const PERIODS = new Set(['week', 'month', 'year', 'weekend']);

/** Words that may stand between a passive cue and its "by" (to Trump, most forcefully, in 2015). */
const BEFORE_BY = new Set(['ADP', 'ADV', 'PROPN', 'NOUN', 'DET', 'NUM', 'CCONJ', 'ADJ', 'PRON']);

/** The "by" introducing a passive cue's agent, at most 8 tokens after the cue (no verb or comma between); -1 when none. */
export function agentBy(doc: Doc, c1: number, limit: number): number {
  for (let k = c1; k < limit && k - c1 <= 8; k++) {
    if (doc.lower[k] === 'by') return k + 1 < limit ? k : -1;
    if (!BEFORE_BY.has(doc.pos[k])) return -1;
  }
  return -1;
}

/**
 * Whether the cue's clause is "As X said" or "As reported by X" (the agent after the cue): `opening`
 * the sentence (after at most a conjunction), `inner` after a comma ("Weeks ago, as X reported, …").
 */
export function asClause(doc: Doc, f: Frame, first: number): 'opening' | 'inner' | null {
  if (!f.phrase) return null;
  const as = f.phrase.a >= f.c0 ? f.c0 - 1 : f.phrase.a - 1;
  if (as < first || doc.lower[as] !== 'as') return null;
  if (as === first || (as === first + 1 && doc.pos[first] === 'CCONJ')) return 'opening';
  return doc.lower[as - 1] === ',' ? 'inner' : null;
}

/** Prepositions that open a cue's object ("warned of a battle", "complained about the tone"). */
const OBJECT_PREPS = new Set(['of', 'about', 'against', 'on', 'for']);
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'VERB']);

/**
 * Where the object of a listed cue with no clause after it starts (`from` is the token after the
 * cue and any inverted speaker), or -1: past a preposition ("warned of | a battle"); a verb of
 * saying takes a bare object only when the lexicon flags it ("added a pinch of salt" is no quote);
 * never a time ("said on Monday", "commented in May").
 */
export function objectStart(doc: Doc, f: Frame, from: number, last: number): number {
  let a = from;
  // "announced on Monday the lawsuit against …": a time between the cue and its object is passed over.
  const t = timeEnd(doc, a, last);
  if (t > a && t < last && (doc.pos[t] === 'DET' || doc.pos[t] === 'PROPN')) a = t;
  if (OBJECT_PREPS.has(doc.lower[a])) a++;
  else if (f.entry.kind === 'speech' && !f.entry.objects) return -1;
  if (a >= last || !OBJECT_START.has(doc.pos[a]) || isTime(doc, a)) return -1;
  return a;
}

/** Subordinators that open a clause of its own, whose subject a participle after it may share. */
const CLAUSE_OPENERS = new Set(['as', 'while', 'when', 'after', 'because', 'although', 'though', 'since']);

/**
 * Where the last clause joined by ", and" / ", but" with a subject of its own starts before `c0`
 * ("Groups say …, and the union has sued, saying …": the union speaks), else `first`.
 */
export function lastClause(doc: Doc, first: number, c0: number): number {
  for (let k = c0 - 2; k > first; k--) {
    // (Also a clause a subordinator opens: "…, as Mrs. Clinton echoed the criticism, saying …".)
    if (!(((doc.lower[k] === 'and' || doc.lower[k] === 'but') && doc.lower[k - 1] === ',') || CLAUSE_OPENERS.has(doc.lower[k]))) continue;
    let b = npForward(doc, k + 1, c0);
    if (b <= k + 1) continue;
    while (b < c0 && doc.pos[b] === 'ADV') b++;
    if (doc.pos[b] === 'VERB' || doc.pos[b] === 'AUX') return k + 1;
  }
  return first;
}

/** Whether a verb or a quotation mark stands in tokens `[a, b)` (so a clause of its own lies between). */
export function verbBetween(doc: Doc, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (doc.pos[i] === 'VERB' || doc.pos[i] === 'AUX' || QUOTE_OPENERS.has(doc.lower[i]) || QUOTE_CLOSERS.has(doc.lower[i])) return true;
  return false;
}
