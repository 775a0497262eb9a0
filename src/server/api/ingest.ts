import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { ArticleInput, Message } from '../../core/types.ts';
import type { IngestMeta, IngestResult } from '../../store/types.ts';
import { addRoute, badParam, errorBody, type Registry } from '../routes.ts';

/**
 * POST /api/ingest: add an article (text or HTML), a page URL or a feed. Writing is off unless the
 * server was started with a write token, and every request must carry it.
 */

/** What one fetched target gave: every article stored or found stored, and what failed. */
export interface FetchOutcome {
  items: IngestResult[];
  failed: Array<{ where: string; error: string }>;
}

/** How the server turns each kind of input into stored articles; wired by `sitrep serve`. */
export interface Ingesters {
  /** Analyze an article and store it (a stored URL or text is a duplicate, not analysed again). */
  article(input: ArticleInput, meta: IngestMeta, messages?: Message[]): Promise<IngestResult>;
  /** Extract the article from a page's HTML; never renders or runs it. */
  html?: (html: string, url?: string) => { input: ArticleInput; messages: Message[] };
  /** Fetch a page or feed URL and ingest what it holds. */
  fetch?: (url: string) => Promise<FetchOutcome>;
}

export const MAX_BODY = 5 * 1024 * 1024;

const httpUrl = z.string().max(2000).refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), 'expected an http(s) URL');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected a date YYYY-MM-DD');

export const ingestBody = z.strictObject({
  text: z.string().min(1).optional().describe('plain article text'),
  html: z.string().min(1).optional().describe('article page HTML; the article is extracted, never rendered'),
  url: httpUrl.optional().describe('with text or html: the article URL; alone: fetch this page'),
  feed: httpUrl.optional().describe('fetch this RSS/Atom feed and ingest its items'),
  title: z.string().max(1000).optional(),
  source: z.string().max(300).optional(),
  published: day.optional().describe('publication date YYYY-MM-DD'),
});

type Body = z.output<typeof ingestBody>;

function tokenMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  // Compare digests so the comparison takes the same time whatever the lengths.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function presentedToken(c: Context): string | undefined {
  const auth = c.req.header('authorization');
  const m = auth ? /^Bearer\s+(.+)$/i.exec(auth) : null;
  return m?.[1]?.trim() ?? c.req.header('x-sitrep-token') ?? undefined;
}

async function run(body: Body, ing: Ingesters): Promise<IngestResult | FetchOutcome | string> {
  const meta = { title: body.title, source: body.source, published: body.published };
  if (body.text !== undefined) {
    return ing.article({ ...meta, text: body.text, url: body.url }, { url: body.url ?? null, source: body.source ?? null, kind: 'text' });
  }
  if (body.html !== undefined) {
    if (!ing.html) return 'HTML ingestion is not available in this build';
    const { input: x, messages } = ing.html(body.html, body.url);
    const input: ArticleInput = { ...x, title: body.title ?? x.title, source: body.source ?? x.source, published: body.published ?? x.published, url: body.url ?? x.url };
    return ing.article(input, { url: body.url ?? null, source: body.source ?? null, kind: 'html' }, messages);
  }
  const target = body.feed ?? body.url;
  if (!target) return 'nothing to ingest';
  return ing.fetch ? ing.fetch(target) : 'fetching URLs is not available in this build';
}

/** Mount POST /api/ingest. `writeToken` null or empty: every request is refused with 403. */
export function mountIngest(app: Hono, registry: Registry, ingesters: Ingesters, writeToken: string | null): void {
  app.use('/api/ingest', bodyLimit({
    maxSize: MAX_BODY,
    onError: (c) => c.json(errorBody(413, 'too_large', `the body is larger than ${MAX_BODY} bytes`), 413),
  }));
  addRoute(app, registry, {
    method: 'post', path: '/api/ingest', tag: 'ingest', body: ingestBody, auth: true,
    summary: 'Analyze and store an article given as text or HTML, a page URL, or a feed URL',
    returns: 'the stored article: `{"articleId", "duplicate", "storyId", "reason"}` (201 when new, 200 when already stored), or `{"items": [...], "failed": [...], "total"}` for a fetched URL or feed',
    errors: { 401: 'the write token is missing or wrong', 403: 'the server was started without --write-token', 413: 'the body is too large', 422: 'the input cannot be used (empty, binary, unsupported)' },
  }, async (c) => {
    if (!writeToken) return c.json(errorBody(403, 'ingest_disabled', 'this server is read-only; start it with --write-token to allow ingestion'), 403);
    if (!tokenMatches(presentedToken(c), writeToken)) {
      return c.json(errorBody(401, 'unauthorized', 'send the write token as "Authorization: Bearer TOKEN"'), 401);
    }
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      return badParam(c, { parameter: 'body', message: 'body: expected a JSON object' });
    }
    const parsed = ingestBody.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const name = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[0] ?? 'body');
      return badParam(c, { parameter: name, message: issue.code === 'unrecognized_keys' ? `unknown field "${name}"` : `${name}: ${issue.message}` });
    }
    const b = parsed.data;
    const given = ['text', 'html', 'feed'].filter((k) => b[k as keyof Body] !== undefined);
    if (given.length !== 1 && !(given.length === 0 && b.url)) {
      return badParam(c, { parameter: given[1] ?? 'text', message: 'give exactly one of text, html, url or feed' });
    }
    const out = await run(b, ingesters);
    if (typeof out === 'string') return c.json(errorBody(422, 'unsupported', out), 422);
    if ('items' in out) return c.json({ ...out, total: out.items.length }, out.items.some((r) => !r.duplicate) ? 201 : 200);
    return c.json(out, out.duplicate ? 200 : 201);
  });
}
