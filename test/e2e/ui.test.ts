import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureReports } from '../server/fixture.ts';
import { ready, shot, startHarness, watchedPage, type Harness, type Watched } from './browser.ts';

let h: Harness;
let w: Watched;

beforeAll(async () => {
  h = await startHarness(fixtureReports());
  w = await watchedPage(h);
});
afterAll(async () => h?.close());

describe('web UI in headless Chromium', () => {
  it('shows the event timeline by day and the counts per type', async () => {
    const { page } = w;
    await page.goto(h.server.url);
    await ready(page, 'dashboard');
    // Three days carry events; the axis runs from the 10th to the 15th.
    expect(await page.locator('svg.timeline g.bar:has(rect)').count()).toBe(3);
    expect(await page.locator('svg.timeline g.bar').count()).toBe(6);
    expect(await page.locator('svg.timeline g.bar[data-day="2025-04-10"] rect').count()).toBe(3);
    expect(await page.locator('.types .type-name').allTextContents()).toHaveLength(6);
    expect(await page.locator('table.events tbody tr').count()).toBe(6);
    await shot(page, 'dashboard');
  });

  it('goes from an event to its article with the evidence highlighted', async () => {
    const { page } = w;
    await page.locator('table.events tr', { hasText: 'ASSAULT' }).locator('a.event-link').click();
    await ready(page, 'article');
    expect(page.url()).toMatch(/#\/article\/\d+\/\d+-\d+$/);
    const selected = (await page.locator('.article-text .selected').allTextContents()).join('');
    expect(selected).toBe('struck a power station near Kharkiv with drones on Saturday');
    await expect.poll(() => page.locator('.article-text .selected').first().isVisible()).toBe(true);
    expect(await page.locator('.article-side li.current').textContent()).toContain('ASSAULT');
    // Actor mentions and quotes are highlighted too.
    expect(await page.locator('.article-text .mention').allTextContents()).toEqual(expect.arrayContaining(['Russian forces', 'Ms. Marchenko']));
    expect((await page.locator('.article-text .quote').allTextContents()).join('')).toBe('“Every strike only hardens our resolve,”');
    await shot(page, 'article');
  });

  it('links each coded item beside the text to its span', async () => {
    const { page } = w;
    await page.locator('.article-side li', { hasText: 'REQUEST' }).locator('a').click();
    await ready(page, 'article');
    expect((await page.locator('.article-text .selected').allTextContents()).join('')).toBe('demanded new sanctions on Moscow');
  });

  it('filters by a type or a day when its bar is clicked', async () => {
    const { page } = w;
    await page.goto(h.server.url);
    await ready(page, 'dashboard');
    await page.locator('.types button', { hasText: 'THREATEN' }).click();
    await ready(page, 'dashboard');
    expect(new URL(page.url()).searchParams.get('type')).toBe('THREATEN');
    expect(await page.locator('table.events tbody tr').count()).toBe(1);
    await page.click('button.clear');
    await ready(page, 'dashboard');
    await page.locator('svg.timeline g.bar[data-day="2025-04-12"]').click();
    await ready(page, 'dashboard');
    const params = new URL(page.url()).searchParams;
    expect([params.get('since'), params.get('until')]).toEqual(['2025-04-12', '2025-04-12']);
    expect(await page.locator('table.events tbody tr').count()).toBe(2);
    // Back in history undoes the filter.
    await page.goBack();
    await ready(page, 'dashboard');
    expect(await page.locator('table.events tbody tr').count()).toBe(6);
  });

  it('keeps the filters in the URL across views', async () => {
    const { page } = w;
    await page.goto(h.server.url);
    await ready(page, 'dashboard');
    await page.fill('#f-country', 'RUS');
    await page.click('button.apply');
    await ready(page, 'dashboard');
    expect(new URL(page.url()).searchParams.get('country')).toBe('RUS');
    expect(await page.locator('table.events tbody tr').count()).toBe(4);
    await page.click('nav a.tab:has-text("Actor network")');
    await ready(page, 'network');
    expect(new URL(page.url()).searchParams.get('country')).toBe('RUS');
    expect(await page.inputValue('#f-country')).toBe('RUS');
    expect(await page.locator('#network canvas').count()).toBeGreaterThan(0);
    await shot(page, 'network');
    // Clicking an actor filters by it; the URL carries both filters.
    await page.locator('.node-list button[data-node="RUSMIL"]').click();
    await ready(page, 'network');
    expect(new URL(page.url()).searchParams.get('actor')).toBe('RUSMIL');
    expect(await page.locator('table.events tbody tr').count()).toBe(1);
    await page.reload();
    await ready(page, 'network');
    expect(await page.inputValue('#f-actor')).toBe('RUSMIL');
  });

  it('explores quotes by speaker with search', async () => {
    const { page } = w;
    await page.goto(`${h.server.url}#/quotes`);
    await ready(page, 'quotes');
    expect(await page.locator('.speakers button[data-speaker]').count()).toBe(2);
    await page.locator('.speakers button[data-speaker="Anna Kowal"]').click();
    await ready(page, 'quotes');
    expect(new URL(page.url()).searchParams.get('speaker')).toBe('Anna Kowal');
    const quotes = await page.locator('.quote-card blockquote').allTextContents();
    expect(quotes).toContain('“We stand with our neighbours, whatever it costs,”');
    expect(quotes).toHaveLength(2);
    await shot(page, 'quotes');
    await page.fill('input[name="quote-search"]', 'neighbours');
    await page.press('input[name="quote-search"]', 'Enter');
    await ready(page, 'quotes');
    expect(await page.locator('.quote-card').count()).toBe(1);
  });

  it('draws positions per actor and issue with the shift marked, each mark linking to its evidence', async () => {
    const { page } = w;
    await page.goto(`${h.server.url}#/positions`);
    await ready(page, 'positions');
    expect(await page.locator('.pos-actor').count()).toBe(2);
    expect(await page.locator('a.mark').count()).toBe(3);
    expect(await page.locator('a.mark.shift').count()).toBe(1);
    expect(await page.locator('.shifts li').textContent()).toContain('support → drop');
    await shot(page, 'positions');
    await page.locator('a.mark.shift').click();
    await ready(page, 'article');
    expect((await page.locator('.article-text .selected').allTextContents()).join('')).toBe('no longer backs the plan to close the border crossings with Belarus');
  });

  it('shows a filter error from the API instead of failing silently', async () => {
    const { page } = w;
    await page.goto(`${h.server.url}?since=2025-13-01#/dashboard`);
    await ready(page, 'dashboard');
    expect(await page.locator('.notice.error').textContent()).toContain('since');
    w.problems.splice(0, w.problems.length, ...w.problems.filter((p) => !p.includes('400')));
  });

  it('loaded nothing from elsewhere, broke no CSP rule and logged no error', () => {
    expect(w.problems).toEqual([]);
    expect(w.requests.every((u) => u.startsWith(new URL(h.server.url).origin))).toBe(true);
  });
});
