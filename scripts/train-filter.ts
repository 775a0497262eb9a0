/**
 * `npx tsx scripts/train-filter.ts [--epochs N] [--out FILE]`: train the quotes stage's learned quote
 * filter (src/stages/quotes/filter.ts) on PolNeAR train (../shared/eval/polnear/train) and write
 * data/quotes/quote-filter.json. Run it after scripts/train-quotes.ts and scripts/train-speakers.ts.
 *
 * Each quote the pipeline assembles is one example: right when ≥ 30 % of it lies in gold contents
 * (eval/polnear.ts's precision test). The cue model of the shipped pipeline was trained on these very
 * articles and is better on them than on new text, so the examples come from out-of-fold cue models:
 * the train articles are cut in two folds and each fold is analyzed with a cue model trained on the
 * other. The threshold is the one with the best content F1 on a held-out tenth of the articles
 * (PolNeAR dev is never read); the shipped filter is then retrained on all examples.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, defaultStages } from '../src/analyzer.ts';
import type { Span } from '../src/core/types.ts';
import { sharedDir } from '../eval/paths.ts';
import type { Attribution } from '../eval/polnear.ts';
import { quoteFeatures, type QuoteHook } from '../src/stages/quotes/filter.ts';
import { createQuotesStage } from '../src/stages/quotes/index.ts';
import { compileCues } from '../src/stages/quotes/lexicon.ts';
import { cueModelOf, type CueModel } from '../src/stages/quotes/learned.ts';
import { chooseSpeakers, compileSpeakerModel } from '../src/stages/quotes/speaker-model.ts';
import cueData from '../data/quotes/cues.json' with { type: 'json' };
import modelData from '../data/quotes/cue-model.json' with { type: 'json' };
import speakerData from '../data/quotes/speaker-model.json' with { type: 'json' };
import { cueExamples, goldOf, hash, splitBases, trainPerceptron, type Example } from './cue-training.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const EPOCHS = Number(opt('--epochs', '10'));
/** Cue model thresholds tried with the filter: a lower one finds more cues for the filter to sort. */
const CUE_THRESHOLDS = [-9, -8, -7, -6, -5, -4];
const OUT = opt('--out', join(import.meta.dirname ?? '.', '..', 'data', 'quotes', 'quote-filter.json'));

const shared = sharedDir();
if (!shared) throw new Error('../shared not found (set SITREP_SHARED)');
const dir = join(shared, 'eval', 'polnear', 'train');

/** One article's quotes as examples, with the gold contents each quote finds (for F1 at any threshold). */
interface Article { base: string; gold: number; quotes: Array<Example & { finds: number[] }> }

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** Analyze `bases` with `cues` (a cue model trained on other articles), recording every assembled quote. */
function collect(bases: string[], cues: CueModel): Article[] {
  const spk = compileSpeakerModel(speakerData);
  const out: Article[] = [];
  let gold: Attribution[] = [];
  let current: Article | null = null;
  const record: QuoteHook = (doc, q, f) => {
    const contents = gold.flatMap((a) => a.content);
    const inside = contents.reduce((n, c) => n + overlap(q.span, c), 0);
    const finds = gold.flatMap((a, i) => {
      const total = a.content.reduce((n, c) => n + c[1] - c[0], 0);
      return a.content.reduce((n, c) => n + overlap(q.span, c), 0) >= 0.3 * total ? [i] : [];
    });
    current!.quotes.push({ features: quoteFeatures(doc, q, f), y: inside >= 0.3 * (q.span[1] - q.span[0]) ? 1 : -1, finds });
    return true;
  };
  const stages = defaultStages();
  const upto = stages.findIndex((s) => s.name === 'quotes');
  const quotes = createQuotesStage(compileCues(cueData), cues, (d, fr, i) => chooseSpeakers(d, fr, i, spk), record);
  const analyzer = createAnalyzer({ stages: stages.slice(0, upto + 1).map((s) => (s.name === 'quotes' ? quotes : s)) });
  for (const base of bases) {
    gold = goldOf(dir, base);
    current = { base, gold: gold.length, quotes: [] };
    analyzer.analyze({ id: base, text: readFileSync(join(dir, 'text', `${base}.txt`), 'utf8'), published: null });
    out.push(current);
  }
  return out;
}

/** Content recall, precision and F1 over `articles` when quotes scoring ≤ `threshold` are dropped. */
function f1At(articles: Article[], weights: Map<string, number>, threshold: number) {
  let gold = 0, found = 0, pred = 0, right = 0;
  for (const a of articles) {
    gold += a.gold;
    const hit = new Set<number>();
    for (const q of a.quotes) {
      let s = 0;
      for (const f of q.features) s += weights.get(f) ?? 0;
      if (s <= threshold) continue;
      pred++;
      if (q.y > 0) right++;
      for (const i of q.finds) hit.add(i);
    }
    found += hit.size;
  }
  const r = found / gold, p = pred ? right / pred : 0;
  return { r, p, f1: r + p ? (2 * r * p) / (r + p) : 0 };
}

const bases = splitBases(dir);
const fold = (b: string) => (hash(b) >>> 4) % 2;
const folds = [0, 1].map((k) => bases.filter((b) => fold(b) === k));
console.error(`${bases.length} train articles in folds of ${folds[0].length} and ${folds[1].length}; each is analyzed with a cue model trained on the other`);
const foldWeights = [trainPerceptron(cueExamples(dir, folds[1]), 5, 1), trainPerceptron(cueExamples(dir, folds[0]), 5, 1)];
const isHeld = (a: Article) => hash(a.base) % 10 === 0;
/** Every quote of every train article, analyzed out of fold with the cue model cut at `cueThreshold`. */
const outOfFold = (cueThreshold: number) => [0, 1].flatMap((k) => collect(folds[k], cueModelOf(foldWeights[k], cueThreshold)));
const report = (label: string, m: { r: number; p: number; f1: number }) =>
  console.error(`${label}: F1 ${(100 * m.f1).toFixed(1)}% (recall ${(100 * m.r).toFixed(1)}%, precision ${(100 * m.p).toFixed(1)}%)`);

const shipped = (modelData as { threshold: number }).threshold;
report(`held-out, cue threshold ${shipped}, no filter`, f1At(outOfFold(shipped).filter(isHeld), new Map(), -1));
let best = { cue: shipped, threshold: -Infinity, f1: 0 };
for (const cue of CUE_THRESHOLDS) {
  const articles = outOfFold(cue);
  const weights = trainPerceptron(articles.filter((a) => !isHeld(a)).flatMap((a) => a.quotes), EPOCHS, 0.01);
  const held = articles.filter(isHeld);
  for (let t = -20; t <= 20; t++) {
    const m = f1At(held, weights, t / 2);
    if (m.f1 > best.f1) {
      best = { cue, threshold: t / 2, f1: m.f1 };
      report(`held-out, cue threshold ${cue}, filter threshold ${t / 2}`, m);
    }
  }
}
const final = trainPerceptron(outOfFold(best.cue).flatMap((a) => a.quotes), EPOCHS, 0.01);
writeFileSync(OUT, `${JSON.stringify({
  $comment: 'Learned quote filter of the quotes stage: averaged-perceptron weights over quote features (src/stages/quotes/filter.ts), trained by scripts/train-filter.ts on the PolNeAR train split; holds feature weights only. cueThreshold replaces the cue model threshold when the filter runs. Format in docs/lexicons.md, section Quotes.',
  cueThreshold: best.cue,
  threshold: best.threshold,
  weights: Object.fromEntries([...final].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
})}\n`);
console.error(`wrote ${OUT}: ${final.size} weights, cue threshold ${best.cue}, filter threshold ${best.threshold} (held-out F1 ${(100 * best.f1).toFixed(1)}%)`);
