import type { Doc, Sentence } from '../../core/doc.ts';
import { firstName, gluedHyphen, loneQuantifier, npForward, POSSESSIVE } from './phrase.ts';
import { contentAfter, contentBefore, QUESTION_WORDS, tailOnly } from './content.ts';
import { objectAfter } from './objects.ts';
import type { Content, MarkIndex } from './spans.ts';
import { asksAlone, commaQuote, contentStart, introduced, listedFloor, nextClause, opensSentence } from './frame-bounds.ts';
import { DAYS } from './time-words.ts';
import { matchCue, REPORTING, type CueEntry, type CueLexicon } from './lexicon.ts';
import { parentheticalContent } from './parenthetical.ts';
import type { LearnedCues } from './scorer.ts';
import { commaInside, type Marked } from './marks.ts';
import type { SpeakerPhrase } from './subject.ts';
import { speakerPhrase } from './speaker-phrase.ts';
import { evidenceCue, headlineColon, learnedCue, placed } from './cue-finders.ts';
import { asClause, objectStart, trailingTag, verbBetween } from './clause-shapes.ts';
import { clauseAfter, contentAccording } from './sources.ts';

/** Cues that claim the text before a later cue ("X said A, Y told reporters" keeps A for X). */
const STRONG = new Set(['speech', 'address', 'according']);
const NOUN_LEAD = new Set(['DET', 'ADJ']);
const VERBAL = new Set(['VERB', 'AUX']);
/** A learned cue this close after another cue extends it rather than starting a new one. */
const LEARNED_GAP = 3;
const SAY = new Set(['say', 'says', 'said', 'think', 'believe']);

/** One attribution cue found in a sentence, with its speaker phrase and content. */
export interface Frame {
  c0: number;
  c1: number;
  entry: CueEntry;
  sentence: number;
  phrase: SpeakerPhrase | null;
  /** First token of the cue's clause (its speaker and appositions, or a leading comma). */
  clauseStart: number;
  content: Content | null;
  /** The quote the content is, when the cue follows it ("“…,” she said"). */
  marked: Marked | null;
  /** The subject of a passive cue with an agent ("the plan | was endorsed by X"): its content unless a clause follows. */
  passiveSubject?: Content;
  /** The cue is a transcript label's colon ("ROE: …"), which speaks the whole paragraph. */
  label?: boolean;
  /** The cue is a participle opening the sentence; its speaker is the main clause's subject after it. */
  opening?: boolean;
  /** The cue ends in a colon ("… urged:"), so a quote may follow in the next paragraph. */
  colon?: boolean;
  /** Noun phrases coordinated with the speaker phrase ("Russia and | Ukraine said"): co-speakers. */
  also?: SpeakerPhrase[];
}

/**
 * Whether the word before cue `t` that the tagger calls an adjective heads a noun phrase instead
 * ("The union chief says", "former rival says"): the cue is tagged a verb and reads as one (it ends
 * in "s" or "ed": "the claims" and "a warning" are nouns whatever the tag).
 */
function adjectiveNoun(doc: Doc, t: number): boolean {
  return doc.pos[t - 1] === 'ADJ' && doc.pos[t] === 'VERB' && /(?:[^s]s|ed)$/.test(doc.lower[t]);
}

/** Whether cue word `t` is a noun heading a subject: a noun phrase's word before it and an auxiliary after ("the HP brand would survive"). */
function subjectNoun(doc: Doc, t: number): boolean {
  // ("the candidate that critics say was …": "say" is no noun, whatever the tag.)
  return doc.pos[t] === 'NOUN' && !SAY.has(doc.lower[t]) && doc.pos[t + 1] === 'AUX' && doc.lower[t + 1] !== 'to' && (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN');
}

/**
 * Find the cues of one sentence (tokens inside direct quotes are skipped: a speaker's own "I said"
 * is no cue), their speakers and their contents. A cue's content after it stops where the next
 * cue's clause begins ("X said A, adding B"); content before a cue is taken only by a sentence's
 * first cue.
 */
export function sentenceFrames(doc: Doc, si: number, lex: CueLexicon, inside: Uint8Array, marks: MarkIndex, model: LearnedCues | null = null): Frame[] {
  const s: Sentence = doc.sentences[si];
  const frames: Frame[] = [];
  // Each token is scored at most once (a run's tokens are looked at again as run starts).
  const scores = new Float64Array(s.last - s.first).fill(NaN);
  for (let t = s.first; t < s.last; t++) {
    if (inside[t]) continue;
    // ("spokeswoman Hope Hicks said": a first name, not a cue.)
    const name = t > s.first && firstName(doc, t);
    const listed = lex.starts.get(doc.ids[t], doc.lower[t]) === 1 && !name ? matchCue(lex, doc.lower, t, s.last) : null;
    // "the claims of …", "a warning": a noun, not a cue verb.
    // ("Both say …": a quantifier standing alone is a subject, not a determiner.)
    // ("Both claims were false": a verb after the word makes it a noun after all.)
    // ("The union chief says …": a word the tagger calls an adjective before a verb it tags as one is a noun's.)
    if (listed && listed.end - t === 1 && t > s.first && ((NOUN_LEAD.has(doc.pos[t - 1]) && !loneQuantifier(doc, t - 1, s.first, !VERBAL.has(doc.pos[t + 1])) && !adjectiveNoun(doc, t)) || POSSESSIVE.has(doc.lower[t - 1]) || subjectNoun(doc, t))) continue;
    // ("“…,” Texas-based Matt Roe said": a word glued to a hyphen ends a compound, no verb placed
    // after the quote; a listed or learned cue still may be, as PolNeAR marks "self-described" and
    // "Johnson-backed".)
    const m = name ? null : listed ?? (gluedHyphen(doc, t) ? null : placed(doc, t, s, marks)) ?? evidenceCue(doc, t, s, lex) ?? (model ? learnedCue(doc, model, lex, t, s, inside, scores) : null);
    if (!m) continue;
    // "says in a statement that …": a learned cue right after another cue belongs to it.
    // ("X said that Y had agreed to …": Y's attitude is an attribution nested in what X said, as PolNeAR marks it.)
    if (m.entry.learned && frames.length && t - frames[frames.length - 1].c1 <= LEARNED_GAP) {
      t = m.end - 1;
      continue;
    }
    // "Many reporters | noted …": a learned cue right before a listed one is that cue's speaker, not a cue.
    const last = frames[frames.length - 1];
    if (!m.entry.learned && last?.entry.learned && last.c1 === t) frames.pop();
    frames.push({ c0: t, c1: m.end, entry: m.entry, sentence: si, phrase: null, clauseStart: t, content: null, marked: null });
    t = m.end - 1;
  }
  const colon = headlineColon(doc, s, si, marks, lex.kickers);
  // A headline colon or transcript label speaks what follows it; later cues are nested in that.
  if (colon) frames.unshift(colon);
  for (let k = 0; k < frames.length; k++) {
    if (frames[k] === colon) continue;
    const floor = k > 0 ? frames[k - 1].c1 : s.first;
    speakerPhrase(doc, frames[k], floor, k + 1 < frames.length ? frames[k + 1].c0 : s.last);
    // "The ministry, citing two officials, said …": the participle between commas shares the subject.
    const prev = k > 0 ? frames[k - 1] : null;
    const f = frames[k];
    if (prev?.phrase && prev.phrase.a < prev.c0 && REPORTING.has(f.entry.kind) && !f.entry.learned && doc.lower[f.c0 - 1] === ','
      && doc.lower[prev.c0 - 1] === ',' && doc.lower[prev.c0].endsWith('ing') && !f.opening) {
      f.phrase = prev.phrase;
    }
    // "Mr. Roe, who estimated that …, said he …": the cue after a relative clause has its antecedent as speaker.
    else if (prev?.phrase?.anchor !== undefined && REPORTING.has(f.entry.kind) && doc.lower[f.c0 - 1] === ',' && (!f.phrase || f.phrase.a >= f.c1)) f.phrase = { a: prev.phrase.a, b: prev.phrase.b, clauseStart: prev.phrase.clauseStart };
    // "…, Spicer said, adding …", "said Tom Roe, an aide, recalling …": a participle shares the speaker of the cue just before it.
    else if (prev?.phrase && REPORTING.has(prev.entry.kind) && !f.opening && f.entry.kind !== 'according' && doc.lower[f.c0 - 1] === ',' && doc.lower[f.c0].endsWith('ing') && !verbBetween(doc, Math.max(prev.c1, prev.phrase.b), f.c0)) f.phrase = prev.phrase;
  }
  for (let k = 0; k < frames.length; k++) {
    const f = frames[k];
    // A transcript label's content is its paragraph; a headline's, all after its colon ("Poll: Roe far ahead in Ohio").
    if (f === colon && (f.label || si === 0)) continue;
    // An opening participle's content ends where its phrase does, at the comma before the main clause.
    const limit = f.opening && f.phrase ? Math.min(nextClause(doc, frames, k, s.last), f.phrase.a - 1) : nextClause(doc, frames, k, s.last);
    const floor = k > 0 ? frames[k - 1].c1 : s.first;
    if (f.entry.kind === 'according') {
      // "X mocked Y, according to Z" and "X said …, according to Z": Z reports it all; the earlier cue keeps its own quote, nested.
      // "According to X, 52 percent backed the plan": what X reports runs to the sentence end, over the cues in it.
      f.content = contentAccording(doc, f.c0, f.phrase ? f.phrase.b : f.c1, k > 0 ? s.first : floor, s.last, marks);
      continue;
    }
    const from = contentStart(f);
    // "The plan was endorsed by X" reports its subject; "Y was told by X that …" the clause after.
    const objectOnly = f.passiveSubject && (f.entry.kind === 'stance' || f.entry.kind === 'intent');
    // "Europe must act, Merkel said after the meeting broke up.": the clause after is when, not what.
    const tag = !f.entry.learned && REPORTING.has(f.entry.kind) && trailingTag(doc, s.first, f.clauseStart, from, limit, marks);
    f.content = (objectOnly || tag ? null : contentAfter(doc, from, limit, f.entry, marks)) ?? f.passiveSubject ?? null;
    if (f.passiveSubject) continue;
    // "“We will win,” Roe said in May of the plant, which …": the quote closing right before the
    // cue's clause is what was said; words after it that no "that", colon or quotation opens are circumstance.
    if (f.content && !f.entry.learned && REPORTING.has(f.entry.kind) && !introduced(doc, f.content, marks)) {
      const before = contentBefore(doc, f.clauseStart, s.first, marks);
      if (before && 'open' in before && opensSentence(doc, s.first, before.open) && (commaInside(doc, before) || doc.lower[before.close + 1] === ',' || asksAlone(doc, before, f.content)) && f.clauseStart - before.close <= 2) {
        f.content = null;
        f.marked = before;
        continue;
      }
    }
    if (f.content || f.entry.kind === 'stance' || f.entry.kind === 'intent') continue;
    const rest = f.entry.kind === 'address' ? npForward(doc, from, s.last) : from;
    // "A called for B, officials said.": a reporting cue closing the sentence reports all before it,
    // earlier cues included (they are nested in what it reports); otherwise an earlier cue keeps its content.
    // (So does one after a short quote closing on the comma: "… in a “burn bag,” the Times reported.")
    const closing = !f.entry.learned && REPORTING.has(f.entry.kind) && (doc.lower[f.clauseStart - 1] === ',' || commaQuote(doc, f.clauseStart, marks)) && tailOnly(doc, rest, s.last);
    if (!closing && frames.slice(0, k).some((p) => (p.content || p.marked) && STRONG.has(p.entry.kind))) continue;
    // "In the end, she said, the vote decides": what was said stands on both sides of the cue.
    // (After an inverted "…, said Ana Roe," the comma opens her apposition, not more of what she said.)
    // (A learned cue before it is nested in what it reports, so it sets no floor.)
    if (!f.entry.learned && REPORTING.has(f.entry.kind) && from === f.c1 && (f.content = parentheticalContent(doc, f.clauseStart, rest, listedFloor(frames, k, s.first), s.last, marks))) continue;
    if (!tailOnly(doc, rest, s.last)) continue;
    const before = contentBefore(doc, f.clauseStart, s.first, marks);
    if (before && 'open' in before) {
      if (before.paragraph === s.paragraph) f.marked = before;
    } else f.content = before;
  }
  // "Clinton tweeted her thanks", "cautioned against drawing lessons": a listed cue with no clause
  // after it reports its object (as PolNeAR annotates); the quote filter weighs these.
  for (let k = 0; k < frames.length; k++) {
    const f = frames[k];
    if (f.content || f.marked || f.label || f.entry.learned || f.entry.kind === 'according') continue;
    const from = contentStart(f);
    if (from >= s.last) continue;
    const limit = nextClause(doc, frames, k, s.last);
    // "As the Post observed, Republicans now control …": the main clause after the comma, over any
    // cue in it ("As X reported, even on Friday, the White House was refusing …"); "Weeks ago, as X
    // reported, Y …": the sentence around the as-clause.
    const as = asClause(doc, f, s.first);
    if (as && doc.lower[from] === ',') {
      f.content = as === 'inner' ? clauseAfter(doc, s.first, s.last, marks) : clauseAfter(doc, from + 1, s.last, marks);
      if (f.content) continue;
    }
    const a = objectStart(doc, f, from, s.last);
    if (a >= 0) f.content = objectAfter(doc, a, limit, marks);
  }
  // "The river rose over the fields, Ms. Lund said.": a learned cue inside what a closing listed cue
  // reports is part of that, not an attribution of its own (unlike one after the cue, nested above).
  const kept = frames.filter((f) => !f.entry.learned || !frames.some((o) => o !== f && !o.entry.learned && o.content && REPORTING.has(o.entry.kind) && o.content.b <= o.c0 && o.content.a <= f.c0 && f.c1 <= o.content.b));
  for (const f of kept) f.colon = f.c1 < s.last && doc.lower[f.c1] === ':';
  return kept;
}
