import type { Hono } from 'hono';
import type { Store } from '../../store/types.ts';
import { speakers } from '../aggregate.ts';
import { schemas } from '../params.ts';
import { addRoute, type Registry } from '../routes.ts';

/** GET /api/quotes, /api/speakers and /api/actors. */
export function mountQuotes(app: Hono, registry: Registry, store: Store): void {
  addRoute(app, registry, {
    method: 'get', path: '/api/quotes', tag: 'quotes', query: schemas.quotes,
    summary: 'Quotes with their speakers, by speaker, full-text search and date',
    returns: '`{"items": [StoredQuote], "total": N}`',
  }, async (c, p) => c.json(await store.quotes(p)));

  addRoute(app, registry, {
    method: 'get', path: '/api/speakers', tag: 'quotes', query: schemas.speakers,
    summary: 'Speakers of the matching quotes with their quote counts, most quoted first',
    returns: '`{"items": [{"name", "code", "quotes"}], "total": N}`',
  }, async (c, p) => c.json(await speakers(store, p)));

  addRoute(app, registry, {
    method: 'get', path: '/api/actors', tag: 'actors', query: schemas.actors,
    summary: 'Actors across the store with article and mention counts, first and last seen',
    returns: '`{"items": [{"code", "name", "articles", "mentions", "firstSeen", "lastSeen"}], "total": N}`',
  }, async (c, p) => c.json(await store.actors(p)));
}
