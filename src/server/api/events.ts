import type { Hono } from 'hono';
import type { Store } from '../../store/types.ts';
import { network, summarize } from '../aggregate.ts';
import { eventsCsv, eventsJsonl } from '../export.ts';
import { schemas } from '../params.ts';
import { addRoute, type Registry } from '../routes.ts';

/** GET /api/events (list and export), /api/events/summary (dashboard) and /api/network (actor graph). */
export function mountEvents(app: Hono, registry: Registry, store: Store): void {
  addRoute(app, registry, {
    method: 'get', path: '/api/events', tag: 'events', query: schemas.events,
    summary: 'Coded PLOVER events, filtered; as JSON, CSV or JSON lines',
    returns: 'JSON `{"items": [StoredEvent], "total": N}`; CSV with a header row; or one event per line',
    produces: ['text/csv', 'application/x-ndjson'],
  }, async (c, p) => {
    const { format = 'json', ...filter } = p;
    // Exports are for taking everything away: default to the largest page.
    if (format !== 'json') filter.limit ??= 10_000;
    const page = await store.events(filter);
    if (format === 'json') return c.json(page);
    c.header('X-Total-Count', String(page.total));
    if (format === 'csv') {
      c.header('Content-Disposition', 'attachment; filename="events.csv"');
      return c.body(eventsCsv(page.items), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    }
    return c.body(eventsJsonl(page.items), 200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
  });

  addRoute(app, registry, {
    method: 'get', path: '/api/events/summary', tag: 'events', query: schemas.summary,
    summary: 'Event counts by day and quad class, and by type (the dashboard timeline)',
    returns: '`{"total", "days": [{"day", "total", "quads": {quad: n}}], "undated", "types": [{"type", "quad", "count"}], "quads"}`',
  }, async (c, p) => c.json(await summarize(store, p)));

  addRoute(app, registry, {
    method: 'get', path: '/api/network', tag: 'events', query: schemas.summary,
    summary: 'Actor network of the filtered events: actors as nodes, event counts per source, target and type as edges',
    returns: '`{"nodes": [{"id", "name", "code", "events"}], "edges": [{"source", "target", "type", "quad", "count"}], "total"}`',
  }, async (c, p) => c.json(await network(store, p)));
}
