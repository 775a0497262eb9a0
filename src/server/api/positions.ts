import type { Hono } from 'hono';
import { buildTimelines } from '../../stages/positions/timeline.ts';
import type { StoredPosition, Store } from '../../store/types.ts';
import { MAX_SCAN } from '../aggregate.ts';
import { schemas } from '../params.ts';
import { addRoute, type Registry } from '../routes.ts';

/** Every matching position, paged through the store up to MAX_SCAN. */
async function allPositions(store: Store, filter: { actor?: string; issue?: string; since?: string; until?: string }) {
  const items: StoredPosition[] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_SCAN; offset += 10_000) {
    const page = await store.positions({ ...filter, limit: 10_000, offset });
    total = page.total;
    items.push(...page.items);
    if (page.items.length < 10_000) break;
  }
  return { items, total };
}

/** GET /api/positions (observations) and /api/positions/timelines (per actor × issue, with shifts). */
export function mountPositions(app: Hono, registry: Registry, store: Store): void {
  addRoute(app, registry, {
    method: 'get', path: '/api/positions', tag: 'positions', query: schemas.positions,
    summary: 'Stance observations of actors on issues',
    returns: '`{"items": [StoredPosition], "total": N}`',
  }, async (c, p) => c.json(await store.positions(p)));

  addRoute(app, registry, {
    method: 'get', path: '/api/positions/timelines', tag: 'positions', query: schemas.timelines,
    summary: 'One timeline per actor and issue, observations in date order, with the shifts between them',
    returns: '`{"items": [{"actor", "issue", "current", "observations": [StoredPosition], "shifts": [{"kind", "from", "to", "date", "evidence", "before", "after", "article"}]}], "total": N}` where before/after are position ids',
  }, async (c, p) => {
    const { by, ...filter } = p;
    const { items, total } = await allPositions(store, filter);
    // Plain copies: the timeline's observation type wants an open article record, not the interface.
    const observations = items.map((o) => ({ ...o, article: { ...o.article } }));
    const timelines = buildTimelines(observations, { by }).map((t) => ({
      actor: t.actor, issue: t.issue, current: t.current, observations: t.observations,
      // Ids instead of nested copies: each observation is already listed once above.
      shifts: t.shifts.map((s) => ({
        kind: s.kind, from: s.from, to: s.to, date: s.date, evidence: s.evidence,
        before: s.before.id, after: s.after.id, article: s.after.article,
      })),
    }));
    return c.json({ items: timelines, total: timelines.length, positions: total, truncated: items.length < total });
  });
}
