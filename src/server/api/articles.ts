import type { Hono } from 'hono';
import type { Store } from '../../store/types.ts';
import { schemas } from '../params.ts';
import { addRoute, errorBody, type Registry } from '../routes.ts';

/** GET /api/articles (search, paging) and GET /api/articles/:id (the stored report). */
export function mountArticles(app: Hono, registry: Registry, store: Store): void {
  addRoute(app, registry, {
    method: 'get', path: '/api/articles', tag: 'articles', query: schemas.articles,
    summary: 'List stored articles, newest first, with full-text search and paging',
    returns: '`{"items": [StoredArticle], "total": N}`',
  }, async (c, p) => c.json(await store.articles(p)));

  addRoute(app, registry, {
    method: 'get', path: '/api/articles/:id', tag: 'articles', query: schemas.articleId,
    summary: 'One stored article: its metadata and the full report (text, actors, quotes, events, positions)',
    returns: '`{"article": StoredArticle, "report": Report}`',
    errors: { 404: 'no article with this id' },
  }, async (c, p) => {
    const found = await store.article(p.id);
    if (!found) return c.json(errorBody(404, 'not_found', `no article with id ${p.id}`), 404);
    return c.json(found);
  });
}
