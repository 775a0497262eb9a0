import { Hono } from 'hono';
import { SitrepError } from '../core/errors.ts';
import type { Store } from '../store/types.ts';
import { mountArticles } from './api/articles.ts';
import { mountEvents } from './api/events.ts';
import { mountIngest, type Ingesters } from './api/ingest.ts';
import { mountPositions } from './api/positions.ts';
import { mountQuotes } from './api/quotes.ts';
import { buildOpenApi } from './openapi.ts';
import { errorBody, type Registry } from './routes.ts';
import { mountWeb, type WebFile } from './static.ts';

/**
 * The policy every response carries. Article text comes from the web, so the page may run only
 * its own bundled script, load nothing from elsewhere, and (Trusted Types) cannot assign strings
 * to innerHTML-like sinks at all: a slip in the UI code fails loudly instead of running markup.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types',
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export interface AppOptions {
  store: Store;
  /** How POST /api/ingest analyzes and stores; without it ingestion answers 403. */
  ingesters?: Ingesters;
  /** Secret required by POST /api/ingest; null or absent: the server is read-only. */
  writeToken?: string | null;
  /** The built UI (see `loadWebFiles`); absent: `/` explains how to build it. */
  web?: Map<string, WebFile>;
  version?: string;
}

/**
 * Build the HTTP app: the JSON API under /api, /openapi.json describing it, and the web UI at /.
 * Pure of sockets, so tests drive it with `app.request()`.
 */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const registry: Registry = [];
  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });
  mountArticles(app, registry, options.store);
  mountEvents(app, registry, options.store);
  mountQuotes(app, registry, options.store);
  mountPositions(app, registry, options.store);
  const writeToken = options.ingesters ? options.writeToken ?? null : null;
  const refuse: Ingesters = { article: () => Promise.reject(new Error('ingestion is not configured')) };
  mountIngest(app, registry, options.ingesters ?? refuse, writeToken);

  registry.push({ method: 'get', path: '/openapi.json', tag: 'meta', summary: 'This OpenAPI document', returns: 'OpenAPI 3.1 JSON' });
  const doc = buildOpenApi(registry, options.version ?? '0.1.0');
  app.get('/openapi.json', (c) => c.json(doc));
  mountWeb(app, options.web ?? new Map());

  app.notFound((c) => c.json(errorBody(404, 'not_found', `no route ${c.req.method} ${c.req.path}; see /openapi.json`), 404));
  app.onError((err, c) => {
    if (err instanceof SitrepError) return c.json(errorBody(422, err.code, err.message), 422);
    console.error(`sitrep serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    return c.json(errorBody(500, 'internal', 'internal error; see the server log'), 500);
  });
  return app;
}
