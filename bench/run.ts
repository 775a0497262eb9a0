/**
 * `npm run bench [-- --json] [-- --articles N] [-- --rounds N]`: throughput of the full analysis against wink's own
 * readDoc+POS over the same corpus (synthetic articles plus PolNeAR train texts when ../shared has
 * them), articles/s, peak RSS, and ingest→store articles/s when the store exists.
 * Both paths run five times in turn (`--rounds`) and the best time of each counts (the machine is shared and noisy).
 * The baseline is wink with its default pipeline, measured in a child process (bench/baseline.ts);
 * the analyzer runs its own, lighter wink configuration (src/core/nlp.ts).
 * The last line with --json is one JSON object (targets: ratio ≥ 0.40, ingest ≥ 150 articles/s).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAnalyzer } from '../src/analyzer.ts';
import { sharedDir } from '../eval/paths.ts';
import { synthArticles, type SynthArticle } from './synth.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const nAt = args.indexOf('--articles');
const rAt = args.indexOf('--rounds');
const rounds = rAt >= 0 ? Math.max(1, Number(args[rAt + 1]) || 1) : 5;
const nSynth = nAt >= 0 ? Number(args[nAt + 1]) : 300;

function corpus(): SynthArticle[] {
  const list = synthArticles(nSynth);
  const shared = sharedDir();
  const dir = shared && join(shared, 'eval', 'polnear', 'train', 'text');
  if (dir && existsSync(dir)) {
    for (const f of readdirSync(dir).sort().slice(0, 300)) {
      list.push({ id: f, text: readFileSync(join(dir, f), 'utf8'), published: f.split('_')[1] ?? '2016-01-01', title: f, source: f.split('_')[0] });
    }
  }
  return list;
}

/**
 * One timed pass of wink's default readDoc + POS over the corpus, in a child process
 * (bench/baseline.ts): the analyzer's own wink instance is configured lighter, and two instances
 * must not share a process.
 */
function baseline(corpusFile: string): { tokens: number; ms: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname ?? 'bench', 'baseline.ts'), corpusFile], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as { tokens: number; ms: number };
}

function full(articles: SynthArticle[]): number {
  const analyzer = createAnalyzer();
  const t0 = performance.now();
  for (const a of articles) analyzer.analyze(a);
  return performance.now() - t0;
}

const articles = corpus();
const log = (s: string) => { if (!json) console.log(s); else console.error(s); };
log(`corpus: ${articles.length} articles (${nSynth} synthetic), ${(articles.reduce((n, a) => n + a.text.length, 0) / 1e6).toFixed(2)} M chars`);
const corpusFile = join(mkdtempSync(join(tmpdir(), 'sitrep-bench-')), 'corpus.json');
writeFileSync(corpusFile, JSON.stringify(articles.map((a) => a.text)));
// Warm up the analyzer (JIT, model load, lexicon compile) before timing; the baseline warms up in its child.
full(articles.slice(0, 20));
let best = { base: Infinity, full: Infinity, tokens: 0 };
for (let round = 0; round < rounds; round++) {
  const b = baseline(corpusFile);
  const f = full(articles);
  best = { base: Math.min(best.base, b.ms), full: Math.min(best.full, f), tokens: b.tokens };
}
rmSync(join(corpusFile, '..'), { recursive: true, force: true });
const baselineTps = best.tokens / (best.base / 1000);
const analyzeTps = best.tokens / (best.full / 1000);
let ingestPerS: number | null = null;
const ingestModule = join(import.meta.dirname ?? 'bench', 'ingest.ts');
if (existsSync(ingestModule)) {
  try {
    // Loaded by path: the ingest bench lives with the store, which is optional for this harness.
    const mod = await import(pathToFileURL(ingestModule).href);
    ingestPerS = await mod.measureIngest(synthArticles(Math.max(200, nSynth), 24, 7));
  } catch (err) {
    log(`ingest bench failed: ${(err as Error).message}`);
  }
}
const result = {
  analyze_tokens_per_s: Math.round(analyzeTps),
  baseline_tokens_per_s: Math.round(baselineTps),
  ratio: Number((analyzeTps / baselineTps).toFixed(3)),
  articles_per_s: Number((articles.length / (best.full / 1000)).toFixed(1)),
  ingest_articles_per_s: ingestPerS === null ? null : Number(ingestPerS.toFixed(1)),
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  articles: articles.length,
  tokens: best.tokens,
};
log(`wink readDoc+POS: ${result.baseline_tokens_per_s.toLocaleString()} tokens/s`);
log(`full analysis:    ${result.analyze_tokens_per_s.toLocaleString()} tokens/s, ${result.articles_per_s} articles/s (ratio ${result.ratio}, target ≥ 0.40)`);
log(`ingest → store:   ${result.ingest_articles_per_s ?? 'n/a'} articles/s (target ≥ 150)`);
log(`peak RSS:         ${result.peak_rss_mb} MB`);
if (json) console.log(JSON.stringify(result));
