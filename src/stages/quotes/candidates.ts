import type { Doc } from '../../core/doc.ts';
import type { Frame } from './frames.ts';
import { datelineEnd, loneQuantifier, npBack, npToken } from './phrase.ts';
import type { SpeakerPhrase } from './subject.ts';
import { DAY_PARTS, DAYS, timeUnit } from './time-words.ts';

/**
 * Speaker candidates of a cue frame: the words of its sentence that can head a speaker (names,
 * nouns, pronouns, numbers: "9 percent said"), each with the noun phrase it would report and the
 * feature strings the learned speaker chooser scores (speaker-model.ts). Shared by training
 * (scripts/train-speakers.ts) and runtime so both see the same features.
 */
export interface Candidate {
  /** The token the chooser scores. */
  t: number;
  /** Before (L) or after (R) the cue. */
  side: Side;
  /** Where the candidate's phrase must end (the cue, for a speaker before it). */
  limit: number;
  /** How this token stands to this cue (`frameFeatures` spells it out); `tokenFeatures` adds the token alone. */
  parts: Parts;
}

/** The cue-dependent facts about a candidate, each from a small range (so they compile to tables). */
export interface Parts {
  /** Index into BUCKETS of the distance to the cue. */
  bucket: number;
  /** Rank among the candidates on its side, outward from the cue, at most 3. */
  rank: number;
  /** Commas/dashes and verbs between it and the cue, at most 3 each. */
  commas: number;
  verbs: number;
  inRule: boolean;
  /** A quotation mark lies between it and the cue. */
  quote: boolean;
  /** It is the sentence's first noun phrase head (the likely subject). */
  subj: boolean;
  ruleHead: boolean;
  /** It lies inside the frame's content (what was said rarely names who said it). */
  inContent: boolean;
}

/** Distance buckets, in tokens from the cue. */
export const BUCKETS = ['1', '2', '3', '4', '5', '7', '11', '17'];

export type Side = 'L' | 'R';

const RELATIVE = new Set(['who', 'which', 'that']);
export const CLITIC_S = new Set(["'s", '’s']);
const QUOTE_CHARS = new Set(['“', '”', '"', '‘', '’', "'"]);
/** Candidates farther than this from the cue are not scored (speed; the source is nearly always closer). */
const MAX_DISTANCE = 40;
/** Only this many candidates nearest the cue on each side are scored (speed: farther ones almost never win). */
const PER_SIDE = 5;
export const UPPER = /^\p{Lu}/u;

function bucket(d: number): number {
  return d <= 4 ? Math.max(d, 1) - 1 : d <= 6 ? 4 : d <= 10 ? 5 : d <= 16 ? 6 : 7;
}

/** The phrase a candidate token stands for: its noun phrase, or for "X, who said" the relative pronoun anchored to X. */
function phraseOf(doc: Doc, t: number, lo: number, hi: number): SpeakerPhrase {
  const w = doc.lower[t];
  if (doc.pos[t] === 'PRON') {
    if (RELATIVE.has(w) && t - 1 > lo && doc.lower[t - 1] === ',') {
      const a = npBack(doc, t - 1, lo);
      if (a < t - 1) return { a, b: t - 1, clauseStart: a, anchor: t };
    }
    return { a: t, b: t + 1, clauseStart: t };
  }
  let b = t + 1;
  // ("Roe this year said": the time phrase after the name is no part of it.)
  while (b < hi && npToken(doc, b) && !CLITIC_S.has(doc.lower[b]) && !timeUnit(doc, b + 1)) b++;
  const a = npBack(doc, t + 1, lo);
  return { a: Math.min(a, t), b, clauseStart: Math.min(a, t) };
}

/** Add token `t` to the candidates of its side unless it is there already or (unless `any`) cannot head a speaker. */
function keep(doc: Doc, inside: Uint8Array, t: number, lo: number, hi: number, f: Frame, before: number[], after: number[], any = false): void {
  if (t >= lo && t < f.c0 && !before.includes(t) && (any || isCandidate(doc, t, inside))) before.push(t);
  else if (t >= f.c1 && t < hi && !after.includes(t) && (any || isCandidate(doc, t, inside))) after.push(t);
}

/**
 * The candidates of frame `f` in its sentence, at most `MAX_DISTANCE` tokens from the cue, outside
 * quotations (`inside`) and outside the cue itself. `rule` is the phrase the rules chose (or null).
 */
export function candidates(doc: Doc, f: Frame, inside: Uint8Array, rule: SpeakerPhrase | null): Candidate[] {
  const s = doc.sentences[f.sentence];
  const out: Candidate[] = [];
  // A dateline ("WASHINGTON (AP) —") says where, never who.
  const start = datelineEnd(doc, s);
  const lo = Math.max(start, f.c0 - MAX_DISTANCE);
  const hi = Math.min(s.last, f.c1 + MAX_DISTANCE);
  let firstHead = -1;
  for (let t = start; t < f.c0 && firstHead < 0; t++) if (headTag(doc.pos[t]) && !inside[t]) firstHead = t;
  // Rank of each candidate among candidates on its side, counted outward from the cue.
  let rankBefore = 0;
  const before: number[] = [];
  for (let t = f.c0 - 1; t >= lo && before.length < PER_SIDE; t--) if (isCandidate(doc, t, inside)) before.push(t);
  const after: number[] = [];
  for (let t = f.c1; t < hi && after.length < PER_SIDE; t++) if (isCandidate(doc, t, inside)) after.push(t);
  // The sentence subject and the rules' head stay candidates however far they are.
  keep(doc, inside, firstHead, lo, hi, f, before, after);
  // (The rules' head whatever its tag: "according to sources" may have "sources" tagged as a verb.)
  keep(doc, inside, rule ? rule.anchor ?? rule.b - 1 : -1, lo, hi, f, before, after, true);
  before.sort((x, y) => y - x);
  after.sort((x, y) => x - y);
  for (const [side, list] of [['L', before], ['R', after]] as const) {
    rankBefore = 0;
    let commas = 0;
    let verbs = 0;
    let quote = false;
    let k = side === 'L' ? f.c0 - 1 : f.c1;
    for (const t of list) {
      // Count what lies between the cue and this candidate.
      for (; side === 'L' ? k > t : k < t; k += side === 'L' ? -1 : 1) {
        const w = doc.lower[k];
        if (w === ',' || w === '—' || w === '–' || w === '(') commas++;
        else if (doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX') verbs++;
        else if (QUOTE_CHARS.has(w)) quote = true;
      }
      const d = side === 'L' ? f.c0 - t : t - f.c1 + 1;
      const inRule = rule !== null && ((t >= rule.a && t < rule.b) || rule.anchor === t);
      const parts: Parts = {
        bucket: bucket(d), rank: Math.min(rankBefore++, 3), commas: Math.min(commas, 3), verbs: Math.min(verbs, 3),
        inRule, quote, subj: t === firstHead, ruleHead: inRule && t === (rule!.anchor ?? rule!.b - 1),
        inContent: f.content !== null && t >= f.content.a && t < f.content.b,
      };
      out.push({ t, side, limit: side === 'L' ? f.c0 : s.last, parts });
    }
  }
  return out;
}

/** The phrase reported when candidate `c` of a frame in sentence `si` wins. */
export function candidatePhrase(doc: Doc, c: Candidate, si: number): SpeakerPhrase {
  return phraseOf(doc, c.t, doc.sentences[si].first, c.limit);
}

/** Whether a tag can head a speaker (compared directly: this runs for every token near every cue). */
function headTag(p: string): boolean {
  return p === 'NOUN' || p === 'PROPN' || p === 'PRON' || p === 'NUM';
}

function isCandidate(doc: Doc, t: number, inside: Uint8Array): boolean {
  return !inside[t] && (headTag(doc.pos[t]) || loneQuantifier(doc, t)) && !age(doc, t) && !DAYS.has(doc.lower[t]) && !DAY_PARTS.has(doc.lower[t]) && !YEAR.test(doc.lower[t]) && !timeUnit(doc, t);
}

/** A year ("in 2010"): when, never who (as are "Sunday", "morning"; not months: "Theresa May"). */
const YEAR = /^(1[89]|20)\d\d$/;

/** A number between commas after a name ("Woodrow Benford, 58, says"): the speaker's age, not a speaker. */
function age(doc: Doc, t: number): boolean {
  return doc.pos[t] === 'NUM' && t > 1 && doc.lower[t - 1] === ',' && doc.pos[t - 2] === 'PROPN' && doc.lower[t + 1] === ',';
}
