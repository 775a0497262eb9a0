import type { Command } from 'commander';
import { runIngest, type IngestSummary } from '../../ingest/run.ts';
import type { CliIO } from '../io.ts';
import { createProgress } from '../progress.ts';
import { openDb, parseDuration, parsePositive } from '../store-options.ts';
import { exitOf, fetchOptions, runOptions, stopOnSignal, type FetchCliOptions } from './ingest.ts';

interface WatchOptions extends FetchCliOptions {
  every: number;
  rounds?: number;
}

/** Sleep `ms`, waking early (and resolving) as soon as `stopped()` turns true. */
async function nap(ms: number, stopped: () => boolean): Promise<void> {
  const until = Date.now() + ms;
  while (!stopped() && Date.now() < until) await new Promise((r) => setTimeout(r, Math.min(250, until - Date.now())));
}

/**
 * `sitrep watch FEEDS.opml --every 15m`: poll feeds (an OPML list, feed files or URLs) with
 * conditional requests, ingesting new items each round, until `--rounds` is reached or Ctrl-C.
 */
export function registerWatch(program: Command, io: CliIO, exit: { code: number }): void {
  fetchOptions(program
    .command('watch')
    .description('poll feeds (OPML lists, feed URLs or files) every interval and ingest new items; Ctrl-C stops cleanly')
    .argument('<feeds...>', 'OPML lists, feed URLs or feed files')
    .option('--every <duration>', 'time between the starts of two rounds', parseDuration, 15 * 60_000)
    .option('--rounds <n>', 'stop after this many rounds (default: until Ctrl-C)', parsePositive))
    .action(async (feeds: string[], o: WatchOptions) => {
      const store = openDb(io, o.db, false);
      const sig = stopOnSignal(io);
      const total: IngestSummary = { added: 0, duplicates: 0, failed: 0, unchanged: 0, stopped: false };
      try {
        const base = runOptions(store, o);
        base.context.cwd = io.cwd;
        base.context.fetch.signal = sig.abort.signal;
        for (let round = 1; !sig.stopped() && (o.rounds === undefined || round <= o.rounds); round++) {
          const started = Date.now();
          const progress = createProgress(io, { quiet: o.quiet });
          if (!o.quiet) io.stderr.write(`sitrep: round ${round} at ${new Date(started).toISOString()}\n`);
          const sum = await runIngest(feeds, { ...base, shouldStop: sig.stopped, onEvent: (e) => progress.event(e) });
          progress.done(sum);
          total.added += sum.added;
          total.duplicates += sum.duplicates;
          total.failed += sum.failed;
          total.unchanged += sum.unchanged;
          if (o.rounds !== undefined && round >= o.rounds) break;
          await nap(o.every - (Date.now() - started), sig.stopped);
        }
        total.stopped = sig.stopped();
        // A watch that ran its rounds is not failed by one feed being down in one round.
        exit.code = total.stopped ? 130 : total.failed > 0 && total.added === 0 && total.duplicates === 0 ? exitOf(total) : 0;
      } finally {
        sig.release();
        await store.close();
      }
    });
}
