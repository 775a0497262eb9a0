import type { Span, Stance } from '../../core/types.ts';

/**
 * Timelines across articles: every stance observation of one actor on one issue, in date order,
 * with the shifts between them. Pure and free of I/O, so the CLI, the server and the UI can call it
 * on observations read from the store (`StoredPosition`) or straight from reports.
 */

/** The least a stance observation must carry; stored positions and report positions both fit. */
export interface ObservationLike {
  actor: { name: string; code: string };
  issue: string;
  stance: Stance;
  /** `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) when the stance was taken; null when unknown. */
  date: string | null;
  evidence: Span;
  /** Article provenance, when known: orders undated observations by publication date. */
  article?: { id?: number | string; published?: string | null } | null;
  /** Truthy for a stance the text implies was held before (e.g. the demand a "backs off" drops). */
  inferred?: unknown;
}

/** Where an actor stands: +1 for (demand, propose, support, accept, condition), -1 against, 0 dropped. */
export function polarity(stance: Stance): -1 | 0 | 1 {
  if (stance === 'reject') return -1;
  if (stance === 'drop') return 0;
  return 1;
}

export type ShiftKind = 'drop' | 'reversal' | 'resumption';

/** A change of position between two consecutive observations of one actor on one issue. */
export interface Shift<O extends ObservationLike = ObservationLike> {
  kind: ShiftKind;
  from: Stance;
  to: Stance;
  /** Date of the observation that shows the new stance. */
  date: string | null;
  /** Evidence of the new stance (offsets into that observation's article text). */
  evidence: Span;
  /** The observations before and after the shift. */
  before: O;
  after: O;
}

/** One actor on one issue over time. */
export interface Timeline<O extends ObservationLike = ObservationLike> {
  actor: { name: string; code: string };
  issue: string;
  observations: O[];
  shifts: Array<Shift<O>>;
  /** The latest stance, or null for an empty timeline. */
  current: Stance | null;
}

/** How observations are grouped into actors: by full code (`RUSGOV` ≠ `RUS`) or by country (first three letters). */
export interface TimelineOptions {
  by?: 'code' | 'country';
}

function actorKey(a: { name: string; code: string }, by: 'code' | 'country'): string {
  if (!a.code) return `name:${a.name.toLowerCase()}`;
  return by === 'country' ? a.code.slice(0, 3).toUpperCase() : a.code.toUpperCase();
}

/** Sort key: the stance's own date, else its article's date; inferred earlier stances sort first. */
function sortKey(o: ObservationLike, firstDay: Map<unknown, string>): [string, number, number] {
  const articleDay = o.article?.published ?? '';
  // An inferred earlier stance goes just before the article's first dated stance on the issue.
  const day = o.date ?? (o.inferred ? firstDay.get(o.article?.id ?? null) ?? articleDay : articleDay);
  return [day, o.inferred ? 0 : 1, o.evidence[0]];
}

function sortObservations<O extends ObservationLike>(list: O[]): O[] {
  const firstDay = new Map<unknown, string>();
  for (const o of list) {
    const id = o.article?.id ?? null;
    const d = o.date ?? o.article?.published;
    if (d && (!firstDay.has(id) || d < firstDay.get(id)!)) firstDay.set(id, d);
  }
  const keyed = list.map((o) => ({ o, k: sortKey(o, firstDay) }));
  keyed.sort((a, b) => {
    if (a.k[0] !== b.k[0]) return a.k[0] < b.k[0] ? -1 : 1;
    if (a.k[1] !== b.k[1]) return a.k[1] - b.k[1];
    return (a.o.article?.id ?? null) === (b.o.article?.id ?? null) ? a.k[2] - b.k[2] : 0;
  });
  return keyed.map((x) => x.o);
}

/** The kind of shift from stance `from` to stance `to`, or null when the actor still stands where it stood. */
export function shiftKind(from: Stance, to: Stance): ShiftKind | null {
  const p = polarity(from);
  const q = polarity(to);
  if (p === q) return null;
  if (q === 0) return 'drop';
  if (p === 0) return 'resumption';
  return 'reversal';
}

/**
 * Group observations into one timeline per actor × issue, each sorted by date (undated ones by
 * their article's date, stances the text says were held before first), and detect shifts: a stance
 * dropped, reversed (for ↔ against), or taken again after a drop.
 * @example buildTimelines(report.positions).filter((t) => t.shifts.length > 0)
 */
export function buildTimelines<O extends ObservationLike>(observations: readonly O[], options: TimelineOptions = {}): Array<Timeline<O>> {
  const by = options.by ?? 'code';
  const groups = new Map<string, O[]>();
  for (const o of observations) {
    if (!o || !o.actor || !o.issue || !o.stance) continue;
    const key = `${actorKey(o.actor, by)}\u0000${o.issue}`;
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  const out: Array<Timeline<O>> = [];
  for (const list of groups.values()) {
    const sorted = sortObservations(list);
    const shifts: Array<Shift<O>> = [];
    for (let i = 1; i < sorted.length; i++) {
      const before = sorted[i - 1];
      const after = sorted[i];
      const kind = shiftKind(before.stance, after.stance);
      if (kind) shifts.push({ kind, from: before.stance, to: after.stance, date: after.date, evidence: after.evidence, before, after });
    }
    const first = sorted[0];
    const actor = by === 'country' && first.actor.code
      ? { name: first.actor.name, code: first.actor.code.slice(0, 3).toUpperCase() }
      : { name: first.actor.name, code: first.actor.code };
    out.push({ actor, issue: first.issue, observations: sorted, shifts, current: sorted[sorted.length - 1].stance });
  }
  out.sort((a, b) => (a.actor.code || a.actor.name).localeCompare(b.actor.code || b.actor.name) || a.issue.localeCompare(b.issue));
  return out;
}
