import type { Doc, Sentence } from '../../core/doc.ts';
import { shiftDate, type DateMention } from './dates.ts';
import type { Found, Hit } from './detect.ts';
import type { Draft } from './merge.ts';

/** A date expression with the token it starts at. */
export type SentenceDate = DateMention & { tok: number };

/** What the sentence and document say about time, for dating one event. */
export interface TimeContext {
  doc: Doc;
  sent: Sentence;
  dates: SentenceDate[];
  /** Words that open a clause with its own time ("because", "when", "which"). */
  clauseBreak: Set<string>;
  /** Date carried from earlier sentences of the paragraph. */
  context: string | null;
  published: string | null;
  /** Events found so far in the document (to anchor "N days after"). */
  earlier: Draft[];
  /** Every trigger matched in the sentence, with or without actors ("The meeting came …"). */
  hits: Hit[];
}

/** Whether a date (at its precision) lies after publication. */
function afterPublication(value: string, published: string | null): boolean {
  return published !== null && value.slice(0, published.length) > published.slice(0, value.length);
}

function sameClause(t: TimeContext, a: number, b: number): boolean {
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) if (t.clauseBreak.has(t.doc.lower[i])) return false;
  return true;
}

/** A date in a fronted adverbial ("On Friday, …", "In late April, however, …") covers the sentence. */
function fronted(t: TimeContext, d: SentenceDate): boolean {
  for (let i = t.sent.first; i < d.tok; i++) if (t.doc.lower[i] === ',') return false;
  const p = t.doc.pos[t.sent.first];
  return d.tok === t.sent.first || p === 'ADP' || p === 'ADV';
}

/**
 * The date "N days after" counts from: an explicit date before it in the sentence, else the date of
 * the latest earlier event of the kind a trigger before it names ("The meeting came two days after
 * …"), else the paragraph's date, else publication.
 */
function anchorOf(t: TimeContext, rel: SentenceDate): string | null {
  let before: string | null = null;
  for (const d of t.dates) if (d.shift === undefined && d.value && d.tok < rel.tok) before = d.value;
  if (before) return before;
  // "The meeting came two days after …": the latest earlier event of the kind named before it.
  const kinds = new Set<string>();
  for (const h of t.hits) if (h.end <= rel.tok) kinds.add(h.trigger.type);
  for (let k = t.earlier.length - 1; k >= 0 && kinds.size; k--) {
    if (kinds.has(t.earlier[k].type) && t.earlier[k].date) return t.earlier[k].date;
  }
  return t.context ?? t.published;
}

/**
 * The event's own date: "N days after/before" relative to its anchor; else the nearest date
 * expression in the same clause or fronted for the whole sentence (never a date after publication
 * for an event reported as fact); else the paragraph's date; else the publication date.
 */
export function dateOf(t: TimeContext, f: Found): { date: string | null; dateSource: string } {
  let rel: SentenceDate | null = null;
  for (const d of t.dates) if (!rel && d.shift !== undefined && d.tok < f.start && d.tok >= f.start - 8) rel = d;
  if (rel) {
    const anchor = anchorOf(t, rel);
    return { date: anchor ? shiftDate(anchor, rel.shift!) : null, dateSource: 'relative' };
  }
  let near: SentenceDate | null = null;
  for (const d of t.dates) {
    if (d.shift !== undefined || !d.value || (f.factuality === 'asserted' && afterPublication(d.value, t.published))) continue;
    if (!sameClause(t, d.tok, f.head) && !fronted(t, d)) continue;
    if (!near || Math.abs(d.tok - f.head) < Math.abs(near.tok - f.head)) near = d;
  }
  if (near) return { date: near.value, dateSource: 'text' };
  if (t.context) return { date: t.context, dateSource: 'context' };
  return { date: t.published, dateSource: t.published ? 'published' : 'none' };
}
