import type { Command } from 'commander';
import { createAnalyzer } from '../../analyzer.ts';
import { compileCleanup } from '../../ingest/cleanup.ts';
import { createHtmlExtractor } from '../../ingest/html.ts';
import { Politeness } from '../../ingest/net.ts';
import { runIngest, type IngestSummary, type RunOptions } from '../../ingest/run.ts';
import type { Store } from '../../store/types.ts';
import { DEFAULT_MAX_BYTES, readStream } from '../input.ts';
import type { CliIO } from '../io.ts';
import { createProgress } from '../progress.ts';
import { openDb, parseCount, parseDay, parseDuration, parsePositive } from '../store-options.ts';

/** Options shared by `ingest` and `watch`. */
export interface FetchCliOptions {
  db?: string;
  allowPrivate?: boolean;
  follow?: boolean;
  timeout: number;
  delay: number;
  maxBytes: number;
  maxRedirects: number;
  quiet?: boolean;
  published?: string;
  source?: string;
}

/** Add the fetching and storing options to a command. */
export function fetchOptions(cmd: Command): Command {
  return cmd
    .option('--db <path>', 'SQLite database file (default ./sitrep.db or $SITREP_DB)')
    .option('--allow-private', 'allow URLs that resolve to loopback, private or link-local addresses')
    .option('--follow', 'fetch an item\'s web page when its feed carries less than 500 characters of text')
    .option('--timeout <duration>', 'give up on one request after this long', parseDuration, 20_000)
    .option('--delay <duration>', 'wait at least this long between two requests to one host', parseDuration, 1000)
    .option('--max-bytes <n>', 'refuse documents larger than this', parsePositive, DEFAULT_MAX_BYTES)
    .option('--max-redirects <n>', 'redirects followed per request', parseCount, 5)
    .option('--quiet', 'print failures and the summary only')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for items that carry none, e.g. plain text files', parseDay)
    .option('--source <name>', 'publisher name for items that carry none');
}

/** The run options for these CLI options: one analyzer, one extractor, one politeness per process. */
export function runOptions(store: Store, o: FetchCliOptions): Omit<RunOptions, 'shouldStop' | 'onEvent'> {
  const cleanup = compileCleanup();
  return {
    defaults: o.published || o.source ? { published: o.published, source: o.source } : undefined,
    store,
    analyzer: createAnalyzer(),
    context: {
      cwd: process.cwd(), cleanup, extractHtml: createHtmlExtractor(cleanup), maxBytes: o.maxBytes, follow: o.follow ?? false,
      fetch: { allowPrivate: o.allowPrivate ?? false, timeoutMs: o.timeout, maxRedirects: o.maxRedirects, maxBytes: o.maxBytes, politeness: new Politeness(o.delay) },
    },
  };
}

/**
 * Ctrl-C (and SIGTERM) set a flag the ingest loop checks after each article; a second Ctrl-C
 * exits at once — still safe, since every article is its own transaction.
 */
export function stopOnSignal(io: CliIO): { stopped: () => boolean; release: () => void; abort: AbortController } {
  let stop = false;
  const abort = new AbortController();
  const handler = (sig: NodeJS.Signals) => {
    if (stop) process.exit(130);
    stop = true;
    abort.abort();
    io.stderr.write(`sitrep: ${sig}: stopping after the current article (press Ctrl-C again to quit now)\n`);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    stopped: () => stop, abort,
    release: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}

/** Exit code of a run: 130 when interrupted, 2 when anything failed, else 0. */
export const exitOf = (sum: IngestSummary): number => (sum.stopped ? 130 : sum.failed > 0 ? 2 : 0);

/** `sitrep ingest URL|FILE…`: feeds, OPML lists, pages, JSONL and text into the store. */
export function registerIngest(program: Command, io: CliIO, exit: { code: number }): void {
  fetchOptions(program
    .command('ingest')
    .description('analyse feeds, OPML lists, web pages, JSONL or text files (paths or URLs, - for stdin) into the database')
    .argument('<inputs...>', 'files, http(s) URLs, or - for standard input'))
    .action(async (inputs: string[], o: FetchCliOptions) => {
      const store = openDb(io, o.db, false);
      const sig = stopOnSignal(io);
      try {
        const base = runOptions(store, o);
        base.context.cwd = io.cwd;
        base.context.fetch.signal = sig.abort.signal;
        const stdinBytes = inputs.includes('-') ? await readStream(io.stdin, o.maxBytes) : undefined;
        const progress = createProgress(io, { quiet: o.quiet });
        const sum = await runIngest(inputs, { ...base, stdinBytes, shouldStop: sig.stopped, onEvent: (e) => progress.event(e) });
        progress.done(sum);
        exit.code = exitOf(sum);
      } finally {
        sig.release();
        await store.close();
      }
    });
}
