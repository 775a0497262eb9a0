import type { Analyzer } from '../analyzer.ts';
import { toReport } from '../core/report.ts';
import type { Span } from '../core/types.ts';
import { contentHash } from '../store/hash.ts';
import type { IngestResult, Store } from '../store/types.ts';
import { candidates, type Candidate, type SourceContext, type SourceFailure } from './sources.ts';

/** Counts of one ingest run. */
export interface IngestSummary {
  added: number;
  duplicates: number;
  failed: number;
  /** URLs that answered 304 Not Modified. */
  unchanged: number;
  /** True when stopped early by `shouldStop`. */
  stopped: boolean;
}

/** What happened to one item, for progress display. */
export type IngestEvent =
  | { kind: 'added' | 'duplicate'; title: string | null; result: IngestResult }
  | { kind: 'failed'; where: string; error: string }
  | { kind: 'unchanged'; url: string };

export interface RunOptions {
  store: Store;
  analyzer: Analyzer;
  context: Omit<SourceContext, 'store' | 'onUnchanged'>;
  /** Checked before each article: return true to stop after the current one (Ctrl-C). */
  shouldStop?: () => boolean;
  onEvent?: (e: IngestEvent) => void;
  stdinBytes?: Uint8Array;
  /** Metadata for items that carry none of their own (plain text files, pages without dates). */
  defaults?: { published?: string; source?: string };
}

/**
 * Analyse and store one candidate. Articles whose URL or text is already stored are skipped
 * before analysis, so a re-run over the same inputs costs reading, not analysing.
 */
export async function ingestCandidate(c: Candidate, store: Store, analyzer: Analyzer): Promise<IngestResult> {
  const url = c.meta.url ?? c.input.url ?? null;
  const byUrl = url ? await store.lookup({ url }) : null;
  // With a URL of its own, a text already stored elsewhere may be a syndicated copy: the store decides.
  const known = byUrl ?? (url ? null : await store.lookup({ hash: contentHash(c.input.text) }));
  if (known !== null) {
    const prior = await store.article(known);
    return { articleId: known, storyId: prior?.article.storyId ?? 0, duplicate: true, reason: byUrl !== null ? 'url' : 'hash' };
  }
  const doc = analyzer.process(c.input);
  const report = toReport(doc);
  report.messages.unshift(...c.messages);
  const sentences: Span[] = doc.sentences.map((s) => [s.start, s.end]);
  return store.ingest(report, { ...c.meta, sentences, bodyEnd: doc.bodyEnd, fetchedAt: c.meta.fetchedAt ?? new Date().toISOString() });
}

const isFailure = (x: Candidate | SourceFailure): x is SourceFailure => 'error' in x;

/**
 * Ingest every target (paths, URLs, `-`) into the store, one transaction per article. A failing
 * item or target is counted and reported, never fatal; `shouldStop` is honoured between articles.
 */
export async function runIngest(targets: string[], opts: RunOptions): Promise<IngestSummary> {
  const sum: IngestSummary = { added: 0, duplicates: 0, failed: 0, unchanged: 0, stopped: false };
  const emit = opts.onEvent ?? (() => undefined);
  const ctx: SourceContext = {
    ...opts.context, store: opts.store,
    onUnchanged: (url) => {
      sum.unchanged++;
      emit({ kind: 'unchanged', url });
    },
  };
  for (const target of targets) {
    if (opts.shouldStop?.()) break;
    try {
      for await (const c of candidates(target, ctx, 0, opts.stdinBytes)) {
        if (isFailure(c)) {
          sum.failed++;
          emit({ kind: 'failed', where: c.where, error: c.error });
        } else {
          try {
            const d = opts.defaults;
            if (d) c.input = { ...c.input, published: c.input.published ?? d.published, source: c.input.source ?? d.source };
            const r = await ingestCandidate(c, opts.store, opts.analyzer);
            if (r.duplicate) sum.duplicates++;
            else sum.added++;
            emit({ kind: r.duplicate ? 'duplicate' : 'added', title: c.input.title ?? null, result: r });
          } catch (err) {
            sum.failed++;
            emit({ kind: 'failed', where: c.input.url ?? c.input.title ?? target, error: (err as Error).message });
          }
        }
        // Let signal handlers run: without a macrotask turn, a run over local files would never see Ctrl-C.
        await new Promise((r) => setImmediate(r));
        if (opts.shouldStop?.()) {
          sum.stopped = true;
          return sum;
        }
      }
    } catch (err) {
      sum.failed++;
      emit({ kind: 'failed', where: target, error: (err as Error).message });
    }
  }
  sum.stopped = opts.shouldStop?.() ?? false;
  return sum;
}
