/**
 * Ingest throughput: text → analysis → SQLite, one transaction per article, in a fresh database
 * file in a temporary folder. Called by bench/run.ts; run alone with `npx tsx bench/ingest.ts [N]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer } from '../src/analyzer.ts';
import { ingestCandidate } from '../src/ingest/run.ts';
import { openStore } from '../src/store/index.ts';
import { synthArticles, type SynthArticle } from './synth.ts';

/** Articles per second for analysing and storing `articles` (analyzer built and warmed up outside the timing). */
export async function measureIngest(articles: SynthArticle[]): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const analyzer = createAnalyzer();
  for (const a of articles.slice(0, 10)) analyzer.analyze(a);
  const store = openStore(join(dir, 'bench.db'));
  try {
    const t0 = performance.now();
    for (const a of articles) {
      await ingestCandidate({ input: a, meta: { url: `https://bench.example/${a.id}`, kind: 'text' }, messages: [] }, store, analyzer);
    }
    return articles.length / ((performance.now() - t0) / 1000);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 300);
  console.log(`ingest → store: ${(await measureIngest(synthArticles(n, 24, 7))).toFixed(1)} articles/s`);
}
