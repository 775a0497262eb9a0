import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { Store } from '../../src/store/types.ts';
import { fixtureApp } from './fixture.ts';

let store: Store;
let app: Hono;
let json: Awaited<ReturnType<typeof fixtureApp>>['getJson'];

beforeAll(async () => {
  ({ store, app, getJson: json } = await fixtureApp());
});
afterAll(async () => store.close());

describe('bad parameters and unknown routes', () => {
  it.each([
    ['/api/events?since=not-a-date', 'since'],
    ['/api/events?until=2025-02-30', 'until'],
    ['/api/events?limit=0', 'limit'],
    ['/api/events?offset=-1', 'offset'],
    ['/api/events?quad=5', 'quad'],
    ['/api/events?format=xml', 'format'],
    ['/api/events?country=Russia', 'country'],
    ['/api/events?contry=RUS', 'contry'],
    ['/api/quotes?since=yesterday', 'since'],
    ['/api/articles/abc', 'id'],
    ['/api/positions/timelines?by=planet', 'by'],
  ])('%s is a 400 naming %s', async (path, parameter) => {
    const body = await json(path, 400);
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.code).toBe('bad_parameter');
    expect(body.error.message).toContain(parameter);
  });

  it('answers unknown routes and missing articles with 404 JSON', async () => {
    expect((await json('/api/nothing-here', 404)).error.code).toBe('not_found');
    expect((await json('/favicon.png', 404)).error.code).toBe('not_found');
    expect((await json('/api/articles/999', 404)).error.message).toContain('999');
    const post = await app.request('/api/events', { method: 'POST' });
    expect(post.status).toBe(404);
    expect((await post.json()).error.code).toBe('not_found');
  });
});

describe('search words', () => {
  it('never turn full-text syntax errors into server errors', async () => {
    for (const q of ['"unbalanced', 'a AND', '(((', 'col:x', 'NEAR(']) {
      for (const route of ['/api/events', '/api/quotes', '/api/articles', '/api/speakers']) {
        expect((await app.request(`${route}?q=${encodeURIComponent(q)}`)).status, `${route} q=${q}`).toBe(200);
      }
    }
  });
});
