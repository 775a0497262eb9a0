import cliProgress from 'cli-progress';
import type { IngestEvent, IngestSummary } from '../ingest/run.ts';
import type { CliIO } from './io.ts';

/** Progress of an ingest: a bar on a terminal, plain lines otherwise (logs, pipes, tests). */
export interface Progress {
  event(e: IngestEvent): void;
  done(sum: IngestSummary): void;
}

const shorten = (s: string | null, n = 48): string => (!s ? '' : s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Build the progress reporter. Failures are always printed as one line; on a TTY a bar counts the
 * rest, otherwise a plain status line appears every `every` articles. `quiet` keeps failures only.
 */
export function createProgress(io: CliIO, opts: { quiet?: boolean; every?: number } = {}): Progress {
  const counts = { added: 0, duplicate: 0, failed: 0, unchanged: 0 };
  const every = opts.every ?? 100;
  const tty = io.isTTY && !opts.quiet && Boolean((io.stderr as { isTTY?: boolean }).isTTY);
  const bar = tty ? new cliProgress.SingleBar({
    stream: io.stderr as NodeJS.WritableStream as never,
    format: ' {bar} {value} articles | {added} new, {duplicate} known, {failed} failed | {title}',
    hideCursor: true, clearOnComplete: true,
  }, cliProgress.Presets.shades_classic) : null;
  let seen = 0;
  bar?.start(1, 0, { ...counts, title: '' });
  return {
    event(e) {
      counts[e.kind]++;
      if (e.kind === 'failed') {
        const line = `sitrep: skipped ${e.where}: ${e.error}\n`;
        if (bar) bar.stop();
        io.stderr.write(line);
        if (bar) bar.start(seen + 1, seen, { ...counts, title: '' });
        return;
      }
      if (e.kind === 'unchanged') {
        if (!opts.quiet && !bar) io.stderr.write(`sitrep: ${e.url} unchanged (304)\n`);
        return;
      }
      seen++;
      if (bar) {
        bar.setTotal(seen + 1);
        bar.update(seen, { ...counts, title: shorten(e.title) });
      } else if (!opts.quiet && seen % every === 0) {
        io.stderr.write(`sitrep: ${seen} articles: ${counts.added} new, ${counts.duplicate} known, ${counts.failed} failed\n`);
      }
    },
    done(sum) {
      if (bar) {
        bar.setTotal(seen);
        bar.stop();
      }
      const tail = sum.stopped ? ' (stopped early)' : '';
      io.stderr.write(`sitrep: ${sum.added} new, ${sum.duplicates} already stored, ${sum.failed} failed, ${sum.unchanged} unchanged${tail}\n`);
    },
  };
}
