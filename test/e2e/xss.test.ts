import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.ts';
import { buildReport } from '../server/fixture.ts';
import { ready, shot, startHarness, TOKEN, watchedPage, type Harness, type Watched } from './browser.ts';

/**
 * Hostile articles: text and HTML carrying <script>, onerror= and javascript: payloads, ingested
 * through the API and through crafted reports (names and titles are data too). Every payload would
 * bump window.__pwned or ask the server for /pwned-N; neither may happen.
 */

const P = {
  script: '<script>window.__pwned = (window.__pwned || 0) + 1; fetch("/pwned-1")</script>',
  img: '<img src="/pwned-2" onerror="window.__pwned = 2">',
  link: '<a href="javascript:window.__pwned=3">read more</a>',
  svg: '<svg onload="window.__pwned = 4"></svg>',
  iframe: '<iframe src="javascript:parent.__pwned=5"></iframe>',
};

const TEXT = `The mayor of Tarnow, Ewa Lis, said on Monday that the council would publish the budget online. ${P.script} `
  + `Critics pasted ${P.img} and ${P.link} into the comment field, and one wrote ${P.svg} next to ${P.iframe}. `
  + '“We have nothing to hide,” Ms. Lis said.';

const HTML = `<!doctype html><html><head><title>Budget row in Tarnow</title>${P.script}<base href="https://evil.example/">`
  + '<link rel="stylesheet" href="https://evil.example/x.css"><meta http-equiv="refresh" content="0;url=javascript:window.__pwned=6"></head><body>'
  + `<article><h1>Budget row in Tarnow</h1><p>Councillors in Tarnow argued on Tuesday about the cost of the new tram depot and asked the mayor to explain the overrun. ${P.img}</p>`
  + `<p>Opposition leader Piotr Nowak said the figures were “hard to believe” and ${P.link} demanded an audit by the regional chamber before the vote.</p>`
  + `<p>Escaped markup stays text: &lt;script&gt;window.__pwned=7&lt;/script&gt; and &lt;img src=x onerror=window.__pwned=8&gt;.</p>${P.svg}${P.iframe}</article></body></html>`;

/** A stored report whose names, places and title are themselves payloads. */
function hostileReport(): Report {
  const text = `Officials of ${P.img} met delegates of ${P.svg} in ${P.link} on Friday and signed a deal.`;
  const r = buildReport({
    title: `<img src=x onerror="window.__pwned=9">Deal signed`, source: '<script>window.__pwned=10</script>', url: 'javascript:window.__pwned=11',
    published: '2025-04-18', text,
    actors: [
      { id: 'x1', name: '<img src=x onerror="window.__pwned=12">', code: 'XSS', kind: 'group', mentions: [P.img] },
      { id: 'x2', name: 'javascript:window.__pwned=13', code: 'EVL', kind: 'group', mentions: [P.svg] },
    ],
    quotes: [],
    events: [{ type: 'AGREE', source: 'x1', target: 'x2', evidence: 'signed a deal', date: '2025-04-18', location: { name: '<svg onload="window.__pwned=14">', country: null } }],
    positions: [{ actor: 'x1', issue: '<b onmouseover="window.__pwned=15">deal</b>', stance: 'support', evidence: 'signed a deal', date: '2025-04-18' }],
  });
  return r;
}

let h: Harness;
let w: Watched;

beforeAll(async () => {
  h = await startHarness([hostileReport()]);
  w = await watchedPage(h);
});
afterAll(async () => h?.close());

async function ingest(body: Record<string, string>): Promise<number> {
  const res = await fetch(new URL('/api/ingest', h.server.url), {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { articleId: number }).articleId;
}

async function assertNothingRan(): Promise<void> {
  const { page } = w;
  await page.waitForTimeout(150);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('#view script, #view img, #view iframe, #view svg[onload], #view [onerror]').count()).toBe(0);
  expect(w.requests.filter((u) => /pwned|evil\.example/.test(u))).toEqual([]);
}

describe('hostile article content is rendered inertly', () => {
  it('shows a text article with payloads as plain text', async () => {
    const id = await ingest({ text: TEXT, title: `Council ${P.script}`, published: '2025-04-20' });
    await w.page.goto(`${h.server.url}#/article/${id}`);
    await ready(w.page, 'article');
    const shown = await w.page.locator('.article-text').textContent();
    expect(shown).toBe(TEXT);
    expect(await w.page.locator('.article h2').textContent()).toBe(`Council ${P.script}`);
    await assertNothingRan();
    await shot(w.page, 'xss-text-article');
  });

  it('shows an HTML article as extracted text, without running or loading anything', async () => {
    const id = await ingest({ html: HTML, url: 'https://tarnow.example/budget' });
    await w.page.goto(`${h.server.url}#/article/${id}`);
    await ready(w.page, 'article');
    const shown = (await w.page.locator('.article-text').textContent()) ?? '';
    expect(shown).toContain('the cost of the new tram depot');
    expect(shown).toContain('<script>window.__pwned=7</script>');
    await assertNothingRan();
    await shot(w.page, 'xss-html-article');
  });

  it('renders hostile names, places, issues and titles in every view without running them', async () => {
    const { page } = w;
    for (const view of ['dashboard', 'network', 'quotes', 'positions', 'articles']) {
      await page.goto(`${h.server.url}#/${view}`);
      await ready(page, view);
      await assertNothingRan();
    }
    await page.goto(`${h.server.url}#/dashboard`);
    await ready(page, 'dashboard');
    expect(await page.locator('table.events').textContent()).toContain('<img src=x onerror="window.__pwned=12">');
    await page.locator('table.events tr', { hasText: 'AGREE' }).locator('a.event-link').click();
    await ready(page, 'article');
    // The javascript: URL of the article is not offered as a link.
    expect(await page.locator('.article a.external').count()).toBe(0);
    await page.locator('.article-text .mention').first().click();
    await assertNothingRan();
    await shot(page, 'xss-crafted-report');
  });

  it('logged no error and broke no CSP rule', () => {
    expect(w.problems).toEqual([]);
  });
});
