/**
 * Cut a text into runs at every annotation boundary, so overlapping and nested spans (a mention
 * inside a quote inside an event's evidence) can each be shown as plain `<span>`s with classes.
 * Pure: no DOM, tested in test/web/.
 */

export interface Annotation {
  start: number;
  end: number;
  /** CSS class, e.g. `mention`, `quote`, `evidence`, `selected`. */
  kind: string;
  /** Identifies the item (e.g. `event-3`), so every run of one item can be found. */
  key: string;
}

export interface Segment {
  start: number;
  end: number;
  /** The annotations covering this whole run, in input order. */
  covers: Annotation[];
}

/**
 * Runs covering `[0, length)` in order. Spans are clamped to the text; empty or inverted spans are
 * dropped. A sweep over sorted boundaries: O((n + m) log m) for n runs and m annotations.
 */
export function segment(length: number, annotations: readonly Annotation[]): Segment[] {
  const valid = annotations
    .map((a, i) => ({ ...a, start: Math.max(0, Math.min(a.start, length)), end: Math.max(0, Math.min(a.end, length)), i }))
    .filter((a) => a.end > a.start);
  const cuts = new Set<number>([0, length]);
  for (const a of valid) cuts.add(a.start).add(a.end);
  const points = [...cuts].sort((x, y) => x - y);
  const starts = [...valid].sort((x, y) => x.start - y.start);
  const active: typeof valid = [];
  const out: Segment[] = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const from = points[p];
    const to = points[p + 1];
    while (next < starts.length && starts[next].start <= from) active.push(starts[next++]);
    for (let k = active.length - 1; k >= 0; k--) if (active[k].end <= from) active.splice(k, 1);
    const covers = active.filter((a) => a.start <= from && a.end >= to).sort((x, y) => x.i - y.i)
      .map(({ start, end, kind, key }) => ({ start, end, kind, key }));
    out.push({ start: from, end: to, covers });
  }
  return out;
}
