import { createAnalyzer, type Analyzer } from '../analyzer.ts';
import { compileCleanup } from '../ingest/cleanup.ts';
import { createHtmlExtractor } from '../ingest/html.ts';
import { Politeness } from '../ingest/net.ts';
import { ingestCandidate, runIngest } from '../ingest/run.ts';
import type { IngestResult, Store } from '../store/types.ts';
import type { FetchOutcome, Ingesters } from './api/ingest.ts';

export interface IngesterOptions {
  /** Let fetched URLs reach loopback and private addresses (tests, intranets). Off by default. */
  allowPrivate?: boolean;
  /** Largest page or feed fetched, in bytes. */
  maxBytes?: number;
  /** Share an analyzer already built (tests build one per file). */
  analyzer?: Analyzer;
}

/**
 * The server's ingestion, through the same code as `sitrep ingest`: HTML is extracted with
 * Readability on linkedom (parsed, never rendered), duplicates are skipped before analysis, and
 * fetches refuse private addresses unless allowed. The analyzer is built on first use: loading
 * the language model takes a moment and a read-only server never needs it.
 */
export function createIngesters(store: Store, options: IngesterOptions = {}): Ingesters {
  let analyzer: Analyzer | null = options.analyzer ?? null;
  const getAnalyzer = () => (analyzer ??= createAnalyzer());
  const cleanup = compileCleanup();
  const extract = createHtmlExtractor(cleanup);
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  // One request per host per second, across all requests to this server.
  const politeness = new Politeness(1000);
  return {
    article: (input, meta, messages = []) => ingestCandidate({ input, meta, messages }, store, getAnalyzer()),
    html: (html, url) => {
      const x = extract(html, url ?? null);
      return {
        input: { text: x.text, title: x.title, source: x.source, published: x.published, authors: x.authors, url: url ?? null },
        messages: x.messages,
      };
    },
    fetch: async (url) => {
      const out: FetchOutcome = { items: [], failed: [] };
      await runIngest([url], {
        store,
        analyzer: getAnalyzer(),
        context: { cwd: process.cwd(), cleanup, extractHtml: extract, fetch: { allowPrivate: options.allowPrivate ?? false, maxBytes, politeness }, maxBytes, follow: true },
        onEvent: (e) => {
          if (e.kind === 'added' || e.kind === 'duplicate') out.items.push(e.result as IngestResult);
          else if (e.kind === 'failed') out.failed.push({ where: e.where, error: e.error });
        },
      });
      return out;
    },
  };
}
