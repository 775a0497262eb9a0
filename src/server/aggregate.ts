import type { EventFilter, Paged, QuoteFilter, StoredEvent, StoredQuote, Store } from '../store/types.ts';

/**
 * Aggregates the UI needs (timeline, network, speakers), computed by paging through the store's
 * list queries. The store has no GROUP BY methods yet; past `MAX_SCAN` items the answer says
 * `truncated: true` rather than running unbounded.
 */

const PAGE = 10_000;
export const MAX_SCAN = 200_000;

async function scan<T, F extends { limit?: number; offset?: number }>(
  query: (f: F) => Promise<Paged<T>>, filter: F,
): Promise<{ items: T[]; total: number; truncated: boolean }> {
  const items: T[] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_SCAN; offset += PAGE) {
    const page = await query({ ...filter, limit: PAGE, offset });
    total = page.total;
    items.push(...page.items);
    if (page.items.length < PAGE || items.length >= total) break;
  }
  return { items, total, truncated: items.length < total };
}

export interface Summary {
  total: number;
  truncated: boolean;
  /** One row per day (event date, else the article's date), oldest first; `undated` counts events without a day. */
  days: Array<{ day: string; total: number; quads: Record<string, number> }>;
  undated: number;
  types: Array<{ type: string; quad: string | null; count: number }>;
  quads: Record<string, number>;
}

/** Event counts by day × quad class and by type, for the dashboard. */
export async function summarize(store: Store, filter: EventFilter): Promise<Summary> {
  const { items, total, truncated } = await scan((f: EventFilter) => store.events(f), filter);
  const days = new Map<string, Record<string, number>>();
  const types = new Map<string, { type: string; quad: string | null; count: number }>();
  const quads: Record<string, number> = {};
  let undated = 0;
  for (const e of items) {
    const quad = e.quad ?? 'unknown';
    quads[quad] = (quads[quad] ?? 0) + 1;
    const t = types.get(e.type) ?? { type: e.type, quad: e.quad, count: 0 };
    t.count++;
    types.set(e.type, t);
    const day = dayOf(e);
    if (!day) { undated++; continue; }
    const row = days.get(day) ?? {};
    row[quad] = (row[quad] ?? 0) + 1;
    days.set(day, row);
  }
  return {
    total, truncated, undated, quads,
    days: [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, q]) => ({ day, total: Object.values(q).reduce((s, n) => s + n, 0), quads: q })),
    types: [...types.values()].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
  };
}

/**
 * The day an event is placed on: its own date, else (no date at all) its article's publication
 * date, as the store's since/until filters do. A month or year alone is no day: such events count
 * as undated rather than pile up on the publication day.
 */
export function dayOf(e: StoredEvent): string | null {
  if (e.date) return /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? e.date : null;
  return e.article?.published ?? null;
}

export interface Network {
  total: number;
  truncated: boolean;
  nodes: Array<{ id: string; name: string; code: string; events: number }>;
  edges: Array<{ source: string; target: string; type: string; quad: string | null; count: number }>;
}

const nodeKey = (a: { name: string; code: string }): string => a.code || `name:${a.name}`;

/** Actors as nodes and directed edges counting events per (source, target, type). */
export async function network(store: Store, filter: EventFilter): Promise<Network> {
  const { items, total, truncated } = await scan((f: EventFilter) => store.events(f), filter);
  const nodes = new Map<string, Network['nodes'][number]>();
  const edges = new Map<string, Network['edges'][number]>();
  const touch = (a: { name: string; code: string }): string => {
    const id = nodeKey(a);
    const n = nodes.get(id) ?? { id, name: a.name, code: a.code, events: 0 };
    n.events++;
    nodes.set(id, n);
    return id;
  };
  for (const e of items) {
    if (!e.source) continue;
    const s = touch(e.source);
    if (!e.target) continue;
    const t = touch(e.target);
    const key = `${s}\u0000${t}\u0000${e.type}`;
    const edge = edges.get(key) ?? { source: s, target: t, type: e.type, quad: e.quad, count: 0 };
    edge.count++;
    edges.set(key, edge);
  }
  return { total, truncated, nodes: [...nodes.values()], edges: [...edges.values()] };
}

export interface Speaker {
  name: string;
  code: string;
  quotes: number;
}

/** Speakers of the matching quotes with their quote counts, most quoted first. */
export async function speakers(store: Store, filter: QuoteFilter): Promise<{ items: Speaker[]; total: number; truncated: boolean }> {
  const { items, truncated } = await scan((f: QuoteFilter) => store.quotes(f), filter);
  const by = new Map<string, Speaker>();
  for (const q of items as StoredQuote[]) {
    if (!q.speaker) continue;
    // Co-speakers ("Poland and Ukraine said") count the quote as theirs too.
    for (const who of [q.speaker, ...(q.also ?? [])]) {
      // By name, not code: one code (USAGOV) covers many people who each have their own voice.
      const key = `${who.name.toLowerCase()}\u0000${who.code}`;
      const s = by.get(key) ?? { name: who.name, code: who.code, quotes: 0 };
      s.quotes++;
      by.set(key, s);
    }
  }
  const list = [...by.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  return { items: list, total: list.length, truncated };
}
