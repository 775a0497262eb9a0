/**
 * System checks on the seed, beyond the per-article scores: a feed carrying the seed twice (the
 * original and a syndicated copy under another link) must store one story with two articles and
 * two sources, and re-ingesting it must change nothing (issue 6); with the seed stored, the API
 * must answer the analyst's first questions (issue 7). Prints ok/MISS per check.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../src/cli/main.ts';
import type { CliIO } from '../src/cli/io.ts';
import { createApp } from '../src/server/app.ts';
import { openStore } from '../src/store/index.ts';
import { PassThrough, Readable } from 'node:stream';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function feed(text: string, title: string): string {
  const body = text.split('\n').filter((p) => p.trim()).map((p) => `<p>${xml(p)}</p>`).join('');
  const item = (link: string, source: string) => `<item><title>${xml(title)}</title><link>${link}</link>
<pubDate>Mon, 19 May 2025 21:00:00 GMT</pubDate><source url="${link}">${source}</source>
<content:encoded><![CDATA[${body}]]></content:encoded></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Seed feed</title><link>https://feeds.example.org/</link><description>eval</description>
${item('https://www.nytimes.com/2025/05/19/us/politics/trump-putin-call.html', 'New York Times')}
${item('https://syndication.example.net/world/2025/05/19/trump-putin-call', 'Example Syndicate')}
</channel></rss>`;
}

const quiet = (): CliIO => ({ stdin: Readable.from([]), stdout: new PassThrough().resume(), stderr: new PassThrough().resume(), cwd: process.cwd(), env: {}, isTTY: false });

/** Run the checks against the seed file; returns how many passed of how many. */
export async function systemChecks(seedFile: string, title: string, log: (s: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  const feedFile = join(dir, 'seed.xml');
  const db = join(dir, 'seed.db');
  writeFileSync(feedFile, feed(readFileSync(seedFile, 'utf8'), title));
  let pass = 0;
  let total = 0;
  const check = (ok: boolean, what: string) => {
    total++;
    if (ok) pass++;
    log(`  ${ok ? 'ok  ' : 'MISS'} ${what}`);
  };
  try {
    log('== system checks (seed in a feed, twice; API over the stored seed)');
    const code1 = await execute(['ingest', feedFile, '--db', db, '--quiet'], quiet());
    let store = openStore(db);
    const s1 = await store.stats();
    const stories = (await store.stories()).items;
    await store.close();
    check(code1 === 0 && s1.articles === 2, `ingest stores both copies (exit ${code1}, ${s1.articles} articles)`);
    check(stories.length === 1 && stories[0].articles === 2 && stories[0].sources === 2, `one story with two articles and two sources (${stories.map((s) => `${s.articles} articles/${s.sources} sources`).join('; ')})`);
    const size = statSync(db).size;
    const code2 = await execute(['ingest', feedFile, '--db', db, '--quiet'], quiet());
    store = openStore(db);
    const s2 = await store.stats();
    check(code2 === 0 && JSON.stringify(s1) === JSON.stringify(s2) && statSync(db).size === size, 're-ingesting the feed changes nothing');

    const app = createApp({ store });
    const get = async (path: string) => {
      const r = await app.request(path);
      return { status: r.status, body: r.headers.get('content-type')?.includes('json') ? await r.json() : await r.text() };
    };
    const rus = await get('/api/events?country=RUS&limit=500');
    const items = (rus.body as { items?: Array<{ type: string; date: string | null; source: { code: string } }> }).items ?? [];
    check(items.some((e) => e.type === 'ASSAULT' && e.date === '2025-05-18' && e.source.code.startsWith('RUS')), 'GET /api/events?country=RUS includes the drone attack of 2025-05-18');
    const z = await get('/api/quotes?speaker=Zelensky&limit=500');
    const zq = (z.body as { items?: Array<{ text?: string; evidenceText?: string }> }).items ?? [];
    check(zq.some((q) => JSON.stringify(q).includes('This is a defining moment')), 'GET /api/quotes?speaker=Zelensky includes “This is a defining moment”');
    const bad = await get('/api/events?since=not-a-date');
    check(bad.status === 400, `GET /api/events?since=not-a-date is a 400 (got ${bad.status})`);
    const spec = await get('/openapi.json');
    const paths = Object.keys((spec.body as { paths?: Record<string, unknown> }).paths ?? {});
    const want = ['/api/articles', '/api/articles/{id}', '/api/events', '/api/quotes', '/api/actors', '/api/positions', '/api/ingest'];
    check(want.every((p) => paths.includes(p)), `/openapi.json lists every route (${paths.length} paths)`);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  log(`system checks: ${pass}/${total} ok`);
  return { pass, total };
}
