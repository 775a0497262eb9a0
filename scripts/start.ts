import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../src/analyzer.ts';
import { compileCleanup } from '../src/ingest/cleanup.ts';
import { createHtmlExtractor } from '../src/ingest/html.ts';
import { runIngest } from '../src/ingest/run.ts';
import { createIngesters } from '../src/server/ingesters.ts';
import { startServer } from '../src/server/server.ts';
import { openStore } from '../src/store/index.ts';
import { buildWeb } from './build-web.ts';

/**
 * `npm start`: build the UI if needed, ingest the bundled sample (data/sample/feeds.opml: three
 * synthetic feeds, offline) into a fresh database, and serve it. Options: --port (8080), --host
 * (127.0.0.1), --db (default: a new file in the temp folder), --write-token.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string' },
    'write-token': { type: 'string' },
  },
});

const say = (s: string) => process.stdout.write(`${s}\n`);
if (await buildWeb()) say('sitrep: built the web UI (web/dist)');

const db = values.db ? resolve(values.db) : join(mkdtempSync(join(tmpdir(), 'sitrep-')), 'sample.db');
const store = openStore(db);
const sample = fileURLToPath(new URL('../data/sample/feeds.opml', import.meta.url));
const cleanup = compileCleanup();
const analyzer = createAnalyzer();
const t = Date.now();
const sum = await runIngest([sample], {
  store, analyzer,
  context: { cwd: process.cwd(), cleanup, extractHtml: createHtmlExtractor(cleanup), fetch: {}, maxBytes: 10 * 1024 * 1024, follow: false },
  onEvent: (e) => { if (e.kind === 'failed') say(`sitrep: sample: ${e.where}: ${e.error}`); },
});
const stats = await store.stats();
say(`sitrep: ingested the sample into ${db} in ${Date.now() - t} ms: ${sum.added} new, ${sum.duplicates} already there, ${sum.failed} failed; `
  + `${stats.articles} articles, ${stats.events} events, ${stats.quotes} quotes, ${stats.positions} positions`);

const writeToken = values['write-token'] ?? process.env.SITREP_WRITE_TOKEN ?? null;
const server = await startServer({
  store, port: Number(values.port), host: values.host!, writeToken,
  ingesters: writeToken ? createIngesters(store, { analyzer }) : undefined,
});
say(`sitrep: open ${server.url} (Ctrl-C stops)`);

const stop = async () => {
  await server.close();
  await store.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
