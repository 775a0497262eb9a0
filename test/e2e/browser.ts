import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createAnalyzer } from '../../src/analyzer.ts';
import type { Report } from '../../src/core/types.ts';
import { createIngesters } from '../../src/server/ingesters.ts';
import { startServer, type RunningServer } from '../../src/server/server.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';
import { buildWeb } from '../../scripts/build-web.ts';

/**
 * One server and one headless Chromium per test file: Debian's chromium driven by playwright-core
 * (no browser download). Every page records what would betray a leak: console errors, page
 * errors, CSP violations, dialogs, and requests to any other origin (which are aborted).
 */

export const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
export const ARTIFACTS = join(process.cwd(), 'test-artifacts');
export const TOKEN = 'e2e-write-token-31';

export interface Harness {
  store: Store;
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/** Build the UI if stale, store `reports`, serve them with ingestion on, launch Chromium. */
export async function startHarness(reports: Report[]): Promise<Harness> {
  await buildWeb();
  mkdirSync(ARTIFACTS, { recursive: true });
  const store = openStore(':memory:');
  for (const r of reports) await store.ingest(r, { url: r.article.url, kind: 'text' });
  const server = await startServer({
    store, port: 0, host: '127.0.0.1', writeToken: TOKEN, ingesters: createIngesters(store, { analyzer: createAnalyzer() }),
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    store, server, browser,
    close: async () => {
      await browser.close();
      await server.close();
      await store.close();
    },
  };
}

export interface Watched {
  page: Page;
  /** Console errors, uncaught exceptions, CSP violations, dialogs, and foreign requests. */
  problems: string[];
  /** Every URL the page asked for. */
  requests: string[];
}

/** A new page that records problems and blocks every request that leaves the server's origin. */
export async function watchedPage(h: Harness): Promise<Watched> {
  const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const origin = new URL(h.server.url).origin;
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  // Init scripts run through the DevTools protocol, outside the page's CSP.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(`${origin}/`) || url === origin) return route.continue();
    problems.push(`foreign request: ${url}`);
    return route.abort();
  });
  return { page, problems, requests };
}

/** Wait until the view named `view` has rendered (main.ts sets body[data-ready]). */
export async function ready(page: Page, view: string): Promise<void> {
  await page.waitForFunction((v) => document.body.dataset.ready === v && document.getElementById('view')?.getAttribute('aria-busy') === 'false', view);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
