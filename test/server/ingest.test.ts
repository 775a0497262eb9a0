import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analyzer.ts';
import { createApp } from '../../src/server/app.ts';
import { MAX_BODY } from '../../src/server/api/ingest.ts';
import { createIngesters } from '../../src/server/ingesters.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';

const TOKEN = 'test-token-5f1c';
let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(() => {
  store = openStore(':memory:');
  app = createApp({ store, ingesters: createIngesters(store, { analyzer: createAnalyzer() }), writeToken: TOKEN });
});
afterAll(async () => store.close());

function post(body: unknown, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }, target = app) {
  return target.request('/api/ingest', {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const TEXT = 'Prime Minister Ilse Brandt of Denmark said on Monday that Copenhagen would double its aid to Moldova. '
  + '“Our support will not fade,” Ms. Brandt told parliament.';

describe('POST /api/ingest', () => {
  it('is refused with 403 when the server has no write token', async () => {
    const readOnly = createApp({ store });
    const res = await post({ text: TEXT }, { authorization: `Bearer ${TOKEN}` }, readOnly);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('ingest_disabled');
    expect((await store.articles()).total).toBe(0);
  });

  it('is refused with 401 without the token or with a wrong one', async () => {
    expect((await post({ text: TEXT }, {})).status).toBe(401);
    expect((await post({ text: TEXT }, { authorization: 'Bearer not-the-token' })).status).toBe(401);
    expect((await post({ text: TEXT }, { 'x-sitrep-token': `${TOKEN}x` })).status).toBe(401);
    expect((await store.articles()).total).toBe(0);
  });

  it('names the offending field of a bad body', async () => {
    const cases: Array<[unknown, string]> = [
      ['{not json', 'body'],
      [{ text: TEXT, colour: 'red' }, 'colour'],
      [{ url: 'javascript:alert(1)' }, 'url'],
      [{ text: TEXT, published: 'last week' }, 'published'],
      [{ text: TEXT, html: '<p>x</p>' }, 'html'],
      [{}, 'text'],
    ];
    for (const [body, parameter] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json()).error.parameter).toBe(parameter);
    }
  });

  it('analyzes and stores text, then reports the same text as a duplicate', async () => {
    const res = await post({ text: TEXT, title: 'Danish aid', published: '2025-06-02', source: 'Test Desk' });
    expect(res.status).toBe(201);
    const out = await res.json();
    expect(out.duplicate).toBe(false);
    const stored = await (await app.request(`/api/articles/${out.articleId}`)).json();
    expect(stored.report.text).toBe(TEXT);
    expect(stored.article).toMatchObject({ title: 'Danish aid', published: '2025-06-02' });
    const again = await post({ text: TEXT }, { 'x-sitrep-token': TOKEN });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ articleId: out.articleId, duplicate: true });
  });

  it('extracts HTML without keeping scripts or handlers', async () => {
    const html = '<!doctype html><html><head><title>Port talks</title><script>window.pwned = 1</script></head><body><article>'
      + '<h1>Port talks</h1><p>Harbour officials in Gdansk said on Friday that talks with the dock workers had resumed after a week of strikes at the container terminal.</p>'
      + '<img src="x" onerror="window.pwned = 2"><p>The union leader Marta Zielinska said the offer was “a first step” and <a href="javascript:alert(3)">asked</a> for written guarantees on pay and hours before any vote.</p>'
      + '</article></body></html>';
    const res = await post({ html, url: 'https://port.example/talks' });
    expect(res.status).toBe(201);
    const { articleId } = await res.json();
    const { report } = await (await app.request(`/api/articles/${articleId}`)).json();
    expect(report.text).toContain('talks with the dock workers had resumed');
    expect(report.text).not.toMatch(/pwned|onerror|javascript:/);
  });

  it('refuses URLs on private addresses unless allowed', async () => {
    const res = await post({ feed: 'http://127.0.0.1:9/feed.xml' });
    expect(res.status).toBe(200);
    const out = await res.json();
    expect(out.items).toEqual([]);
    expect(out.failed[0].error).toMatch(/private|loopback|not allowed|refus/i);
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await post({ text: 'x'.repeat(MAX_BODY + 10) });
    expect(res.status).toBe(413);
  });
});
