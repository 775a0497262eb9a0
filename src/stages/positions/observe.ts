import type { Doc } from '../../core/doc.ts';
import type { ActorRef, Event, Position, Quote, Span, Stance } from '../../core/types.ts';
import { actorRef, mentionsInSpan } from '../actors/query.ts';
import type { DateMention } from '../events/dates.ts';
import type { PositionsLexicon } from './lexicon.ts';
import type { Reading, SentenceReading, TokenRange } from './reading.ts';

/** A stance observation as the positions stage reports it: the contract fields plus provenance. */
export interface Observation extends Position {
  actor: { name: string; code: string; actorId?: string };
  /** What it was read from: an event, a quote (the speaker's own words) or a plain sentence. */
  via: 'event' | 'quote' | 'text';
  /** Where the date came from: the event, another event in the sentence or earlier in the paragraph, or the publication date. */
  dateSource: 'event' | 'sentence' | 'paragraph' | 'published' | 'none';
  cue: Span | null;
  term: Span | null;
  /** A stance the text says was held before (the demand a "backs off" drops); undated. */
  inferred?: boolean;
  role?: string;
  /** Who reported a third party's stance in a quote. */
  reportedBy?: { name: string; code: string };
  eventType?: string;
}

/** Everything the observers share for one document. */
export interface Context {
  doc: Doc;
  lex: PositionsLexicon;
  read(sentence: number): SentenceReading;
  /** Date expressions of a sentence (resolved against the publication date), cached. */
  dates(sentence: number): readonly DateMention[];
  add(o: Observation, sentence: number): void;
  /** Start offsets of cues an event or quote already read: plain-text reading leaves them alone. */
  claimed: Set<number>;
}

/** Character span of a token range. */
export function charSpan(doc: Doc, r: TokenRange): Span {
  return [doc.starts[r[0]], doc.ends[r[1] - 1]];
}

/** How far before a cue (tokens) its subject may start: "Russia was not on the verge of declaring". */
const SUBJECT = 8;

/** Longest evidence span (characters) worth widening to. */
const WIDEST = 300;

function union(a: Span, b: Span): Span {
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

function isSpan(v: unknown): v is Span {
  return Array.isArray(v) && v.length === 2 && Number.isInteger(v[0]) && Number.isInteger(v[1]) && v[0] <= v[1];
}

function country(code: string | undefined): string {
  return (code ?? '').slice(0, 3).toUpperCase();
}

/**
 * The date of a stance read from sentence `s` near offset `at`: a dated event there by the holder's
 * country, else a date expression in the sentence (nearest to `at`), else any dated event there,
 * else the latest dated event earlier in the paragraph (a paragraph keeps its time frame), else
 * the publication date.
 */
export function sentenceDate(ctx: Context, s: number, holder: { code: string }, at: number): { date: string | null; dateSource: Observation['dateSource'] } {
  const { doc } = ctx;
  const sentence = doc.sentences[s];
  let any: string | null = null;
  for (const e of doc.events) {
    if (!e?.date || !isSpan(e.evidence) || e.evidence[0] < sentence.start || e.evidence[0] >= sentence.end) continue;
    if (country(e.source?.code) === country(holder.code) && holder.code) return { date: e.date, dateSource: 'sentence' };
    any ??= e.date;
  }
  let nearest: { value: string; gap: number } | null = null;
  for (const m of ctx.dates(s)) {
    const gap = Math.abs(m.span[0] - at);
    if (m.value && m.shift === undefined && (!nearest || gap < nearest.gap)) nearest = { value: m.value, gap };
  }
  if (nearest) return { date: nearest.value, dateSource: 'sentence' };
  if (any) return { date: any, dateSource: 'sentence' };
  let inherited: string | null = null;
  let from = -1;
  for (const e of doc.events) {
    if (!e?.date || !isSpan(e.evidence) || e.evidence[0] >= sentence.start || e.evidence[0] < from) continue;
    const es = doc.sentenceAt(e.evidence[0]);
    if (es >= 0 && doc.sentences[es].paragraph === sentence.paragraph) { inherited = e.date; from = e.evidence[0]; }
  }
  if (inherited) return { date: inherited, dateSource: 'paragraph' };
  const published = doc.article.published;
  return published ? { date: published, dateSource: 'published' } : { date: null, dateSource: 'none' };
}

/**
 * The actor a clause is about: the nearest mention starting at most eight tokens before the cue,
 * in the clause, not the object of a preposition other than "of", with no comma between it and the cue.
 */
export function clauseSubject(doc: Doc, r: Reading, within: Span | null, possessives?: Set<string>): ReturnType<typeof actorRef> | null {
  // "her support for", "Russia's demand for": the possessor holds the stance the noun names.
  const before = r.cue[0] - 1;
  if (possessives && before >= r.clauseStart && possessives.has(doc.lower[before].replace(/\u2019/g, "'"))) {
    const owner = doc.lower[before].endsWith("'s") || doc.lower[before].endsWith('’s') ? before - 1 : before;
    const m = owner >= 0 ? mentionsInSpan(doc, doc.starts[owner], doc.ends[owner]).at(-1) ?? null : null;
    // An unresolved pronoun points back to the nearest actor before it in the clause.
    const covering = m ?? mentionsInSpan(doc, doc.starts[r.clauseStart], doc.ends[owner]).at(-1) ?? null;
    if (covering && (!within || covering.span[0] >= within[0])) return actorRef(doc, covering);
  }
  const from = Math.max(r.clauseStart, r.cue[0] - SUBJECT);
  if (from >= r.cue[0]) return null;
  const lo = Math.max(doc.starts[from], within ? within[0] : 0);
  const mentions = mentionsInSpan(doc, lo, doc.starts[r.cue[0]]);
  const m = mentions.at(-1);
  if (!m) return null;
  const first = doc.tokenAt(m.span[0]);
  // "in Ukraine" is a place, "the leader of Ukraine" is still Ukraine.
  if (first > 0 && doc.pos[first - 1] === 'ADP' && doc.lower[first - 1] !== 'of') return null;
  if (doc.text.slice(m.span[1], doc.starts[r.cue[0]]).includes(',')) return null;
  return actorRef(doc, m);
}

/** Turn a reading into observations (plus the stance it drops, when it names one). */
export function fromReading(
  ctx: Context, s: number, r: Reading, holder: ActorRef,
  extra: Pick<Observation, 'via' | 'date' | 'dateSource'> & Partial<Observation>, widen: Span | null = null,
): void {
  const { doc } = ctx;
  const cue = charSpan(doc, r.cue);
  const term = charSpan(doc, r.term);
  const actor = { name: holder.name, code: holder.code, ...(holder.actorId ? { actorId: holder.actorId } : {}) };
  ctx.claimed.add(cue[0]);
  // Evidence reaches the holder's mention or the quote when they are close, so a reader sees who said it.
  const tight = union(cue, term);
  const evidence = widen && widen[1] - widen[0] <= WIDEST && Math.max(widen[1], tight[1]) - Math.min(widen[0], tight[0]) <= WIDEST
    ? union(tight, widen) : tight;
  // Built by assignment, not spreads (V8's slow path): same keys in the same order as `{ ...base, stance, evidence, ...extra }`.
  const o = { actor, issue: r.issue, cue, term } as Observation;
  if (r.role) o.role = r.role;
  o.stance = r.stance;
  o.evidence = evidence;
  ctx.add(Object.assign(o, extra), s);
  if (r.prior && r.stance === 'drop') {
    const base = { actor, issue: r.issue, cue, term, ...(r.role ? { role: r.role } : {}) };
    const prior = charSpan(doc, r.prior.range);
    ctx.add({
      ...base, stance: r.prior.stance, evidence: union(prior, term), ...extra, cue: prior,
      date: null, dateSource: 'none', inferred: true,
    }, s);
  }
}

/** Whether a span of characters contains token range `r`. */
export function inside(doc: Doc, r: TokenRange, span: Span): boolean {
  return doc.starts[r[0]] >= span[0] && doc.ends[r[1] - 1] <= span[1];
}

export type { Event, Quote, Stance };
