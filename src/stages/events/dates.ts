import * as chrono from 'chrono-node';
import type { Doc } from '../../core/doc.ts';
import type { Span } from '../../core/types.ts';

/** How precise a resolved date is: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A date expression found in text. */
export interface DateMention {
  span: Span;
  text: string;
  /** Resolved value at `precision`, or null when it is relative and there is no reference date. */
  value: string | null;
  precision: DatePrecision | null;
  /** For "one day after", "two weeks before": days to add to the date of the event it points to. */
  shift?: number;
}

// The closed-class vocabulary of English date expressions: grammar, not a user-extensible lexicon.
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: 3, few: 3, the: 1 };
const UNIT_DAYS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7, hours: 0, hour: 0 };
// Month names only when capitalised: lower-case "may" and "march" are verbs.
const CHRONO_WORDS = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|ago|(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast) (?:week|month|year))';
const DAY_WORDS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b/gi;
const CUE = new RegExp(`\\b(${CHRONO_WORDS.slice(1, -1)}|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|[Yy]esterday|[Tt]oday|[Tt]onight|after|before|later|earlier|\\d{4})\\b`);
const CUE_ALL = new RegExp(`\\b${CHRONO_WORDS}\\b`, 'g');

/**
 * Character windows around date cues, merged where they overlap: chrono runs on these (tens of
 * characters) rather than the whole sentence, which keeps date finding cheap.
 */
function windows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(CUE_ALL)) {
    const from = Math.max(0, m.index! - 24);
    const to = Math.min(text.length, m.index! + m[0].length + 24);
    const prev = out[out.length - 1];
    if (prev && from <= prev[1]) prev[1] = Math.max(prev[1], to);
    else out.push([from, to]);
  }
  // Widen to word boundaries so chrono never sees half a word.
  return out.map(([a, b]) => {
    while (a > 0 && /\S/.test(text[a - 1])) a--;
    while (b < text.length && /\S/.test(text[b])) b++;
    return [a, b];
  });
}

/** Whether a piece of text may hold a date expression (cheap test before the chrono parse). */
export function hasDateCue(text: string): boolean {
  return CUE.test(text);
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Cut a date string to a precision. */
export function atPrecision(value: string, precision: DatePrecision): string {
  return precision === 'day' ? value.slice(0, 10) : precision === 'month' ? value.slice(0, 7) : value.slice(0, 4);
}

/** Add `days` to a `YYYY-MM-DD` date; a month or year date is returned unchanged. */
export function shiftDate(value: string, days: number): string {
  if (value.length < 10) return value;
  const d = new Date(`${value}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

function precisionOf(text: string, hasDay: boolean): DatePrecision {
  const t = text.toLowerCase();
  if (/\bago\b/.test(t)) return /years?\b/.test(t) ? 'year' : /months?\b/.test(t) ? 'month' : 'day';
  if (/\b(year)\b/.test(t)) return 'year';
  if (/\b(month)\b/.test(t)) return 'month';
  if (/\bweeks?\b/.test(t)) return 'month'; // "last week": the day is unknown
  if (hasDay || /\b(yesterday|today|tonight)\b/.test(t) || WEEKDAYS.some((w) => t.includes(w))) return 'day';
  if (MONTHS.some((m) => t.includes(m)) || /\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/.test(t)) return 'month';
  return 'year';
}

/** "one day after", "two weeks before", "hours after" at the words of `text`, as spans and shifts. */
function relativePhrases(text: string, offset: number): DateMention[] {
  const out: DateMention[] = [];
  const words = [...text.matchAll(/[\p{L}\d]+/gu)];
  for (let i = 0; i + 1 < words.length; i++) {
    const unit = words[i][0].toLowerCase();
    const dir = words[i + 1][0].toLowerCase();
    if (!(unit in UNIT_DAYS) || (dir !== 'after' && dir !== 'before' && dir !== 'later' && dir !== 'earlier')) continue;
    const prev = i > 0 ? words[i - 1][0].toLowerCase() : '';
    const n = /^\d+$/.test(prev) ? Number(prev) : NUMBERS[prev] ?? (unit === 'hours' ? 0 : NaN);
    if (Number.isNaN(n)) continue;
    const startWord = prev in NUMBERS || /^\d+$/.test(prev) ? words[i - 1] : words[i];
    // "A came a day after B": B is a day before A; "a day later, B": B is a day after the anchor.
    const sign = dir === 'after' || dir === 'earlier' ? -1 : 1;
    const start = offset + startWord.index!;
    const end = offset + words[i + 1].index! + dir.length;
    out.push({ span: [start, end], text: text.slice(start - offset, end - offset), value: null, precision: null, shift: sign * n * UNIT_DAYS[unit] });
  }
  return out;
}

/**
 * Weekdays and "yesterday"/"today" without chrono (the commonest dates in news): a weekday is the
 * latest such day on or before publication, "next Friday" the first after it.
 */
function dayWords(text: string, published: string | null, offset: number): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(DAY_WORDS)) {
    const word = m[0].toLowerCase();
    const prev = /(\w+)\s+$/.exec(text.slice(Math.max(0, m.index! - 12), m.index!))?.[1]?.toLowerCase() ?? '';
    let value: string | null = null;
    if (published) {
      const pub = new Date(`${published}T12:00:00Z`);
      let delta = word === 'yesterday' ? -1 : word === 'today' || word === 'tonight' ? 0 : -((pub.getUTCDay() - (WEEKDAYS.indexOf(word) + 1) % 7 + 7) % 7);
      if (prev === 'next' && delta <= 0) delta += 7;
      value = shiftDate(published, delta);
    }
    const start = offset + m.index! - (prev === 'last' || prev === 'next' ? prev.length + 1 : 0);
    out.push({ span: [start, offset + m.index! + word.length], text: text.slice(start - offset, m.index! + word.length), value, precision: value ? 'day' : null });
  }
  return out;
}

/**
 * Find and resolve the date expressions in `text` (usually one sentence starting at `offset` in the
 * document) against the publication date `published` (`YYYY-MM-DD`). News conventions: a bare
 * weekday ("on Friday") is the latest such day on or before publication; "last Friday" likewise;
 * "earlier Monday"/"later Monday" name that weekday; "in late April" is a month; "three years ago"
 * a year; "in 2022" a year. "One day after …" is returned with a `shift` and no value: it is
 * relative to another event's date. Without `published`, relative expressions get value null.
 */
export function findDates(text: string, published: string | null, offset = 0): DateMention[] {
  if (!hasDateCue(text)) return [];
  const out: DateMention[] = /\b(after|before|later|earlier)\b/i.test(text) ? relativePhrases(text, offset) : [];
  out.push(...dayWords(text, published, offset));
  const taken = (s: number, e: number) => out.some((m) => m.span[0] < e && s < m.span[1]);
  const ref = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const [from, to] of windows(text)) {
    for (const r of chrono.parse(text.slice(from, to), { instant: ref, timezone: 0 }, { forwardDate: false })) {
      const start = offset + from + r.index;
      const end = start + r.text.length;
      if (taken(start, end) || /\b(after|before)$/i.test(r.text)) continue;
      if (/^(may|march|sun|sat|wed|mar|jan|dec)$/.test(r.text)) continue; // lower-case "may", "march": verbs
      if (/^\d{1,2}(:\d\d)?$/.test(r.text.trim())) continue; // bare numbers and clock times
      const c = r.start;
      const precision = precisionOf(r.text, c.isCertain('day'));
      if (precision === 'day' && !c.isCertain('day') && !/[a-z]/i.test(r.text)) continue;
      const absolute = /\b(19|20)\d\d\b/.test(r.text);
      const value = published || absolute ? atPrecision(iso(c.date()), precision) : null;
      out.push({ span: [start, end], text: r.text, value, precision: value ? precision : null });
    }
  }
  for (const m of text.matchAll(/\b(?:in|since|during|of|by|until)\s+((?:19|20)\d\d)\b/g)) {
    const s = offset + m.index! + m[0].length - 4;
    if (!taken(s, s + 4)) out.push({ span: [s, s + 4], text: m[1], value: m[1], precision: 'year' });
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** Where `sentenceDates` keeps its results in `doc.scratch`. */
const SCRATCH = 'events/dates';

/**
 * The date expressions of sentence `si` (`findDates` over its text against the publication date),
 * parsed once per document: the events and positions stages both date from them, so the first to
 * ask parses and later callers share the array (read-only: callers must not change it).
 */
export function sentenceDates(doc: Doc, si: number): readonly DateMention[] {
  let cache = doc.scratch[SCRATCH] as Map<number, DateMention[]> | undefined;
  if (!cache) doc.scratch[SCRATCH] = cache = new Map();
  let found = cache.get(si);
  if (!found) {
    const { start, end } = doc.sentences[si];
    cache.set(si, (found = findDates(doc.text.slice(start, end), doc.article.published, start)));
  }
  return found;
}

/**
 * Resolve one date expression on its own ("last Friday", "in late April") against `published`.
 * Returns null when nothing date-like is found.
 */
export function resolveDate(expression: string, published: string | null): { value: string | null; precision: DatePrecision | null } | null {
  const hit = findDates(expression, published).find((m) => m.shift === undefined);
  return hit ? { value: hit.value, precision: hit.precision } : null;
}
