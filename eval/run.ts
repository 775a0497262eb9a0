/**
 * `npm run eval`: score the pipeline against every ../shared/eval/*.gold.json and PolNeAR dev.
 * Prints figures and misses; always exits 0 (it reports, it does not gate CI).
 * Options: --json (one JSON summary on the last line), --polnear-limit N, --no-polnear,
 * --polnear-split NAME (default dev; use train to study mistakes), --misses (print every PolNeAR
 * mistake: missed content, wrong speaker, spurious quote — study them on train, not dev).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAnalyzer, defaultStages } from '../src/analyzer.ts';
import { quotesStageWith, type LearnedParts } from '../src/stages/quotes/index.ts';
import { sharedDir } from './paths.ts';
import { annotatorAgreement } from './agreement.ts';
import { evalPolnear, printMiss } from './polnear.ts';
import { evalGoldFile } from './seed.ts';
import { systemChecks } from './system.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const limitAt = args.indexOf('--polnear-limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const log = (s: string) => console.log(s);

const shared = sharedDir();
if (!shared) {
  log('eval: ../shared not found (set SITREP_SHARED); nothing to score.');
  process.exit(0);
}
const analyzer = createAnalyzer();
const summary: Record<string, unknown> = {};
for (const file of readdirSync(join(shared, 'eval')).filter((f) => f.endsWith('.gold.json')).sort()) {
  const { gold, report, scores } = evalGoldFile(shared, file, analyzer, log);
  summary[file] = scores;
  const positionsModule = join(import.meta.dirname ?? '.', 'positions.ts');
  if (existsSync(positionsModule)) {
    try {
      const mod = await import(pathToFileURL(positionsModule).href);
      if (typeof mod.scorePositions === 'function') summary[`${file}:positions`] = mod.scorePositions(gold, report, log);
    } catch (err) {
      log(`positions: scorer failed: ${(err as Error).message}`);
    }
  }
}
const splitAt = args.indexOf('--polnear-split');
const split = splitAt >= 0 ? args[splitAt + 1] : 'dev';
if (!args.includes('--no-system')) {
  const gold = JSON.parse(readFileSync(join(shared, 'eval', 'seed.gold.json'), 'utf8')) as { doc: string; article: { title: string } };
  summary.system = await systemChecks(join(shared, gold.doc), gold.article.title, log);
}
const dev = join(shared, 'eval', 'polnear', split);
if (!args.includes('--no-polnear') && existsSync(join(dev, 'attributions'))) {
  const onMiss = args.includes('--misses') ? (m: Parameters<typeof printMiss>[0]) => log(printMiss(m)) : undefined;
  summary[`polnear_${split}`] = evalPolnear(dev, analyzer, log, limit, onMiss);
  // The same pipeline without each learned part of the quotes stage, to show what each adds.
  const variants: Array<[string, string, LearnedParts]> = [
    ['no_filter', 'no learned quote filter, data/quotes/quote-filter.json', { filter: false }],
    ['rule_speakers', 'no learned speaker chooser, data/quotes/speaker-model.json', { speakers: false }],
    ['rules_only', 'rules only: no learned cue model, chooser or filter', { cues: false, speakers: false, filter: false }],
  ];
  for (const [key, label, parts] of variants) {
    log(`-- ${label}:`);
    const variant = createAnalyzer({ stages: defaultStages().map((s) => (s.name === 'quotes' ? quotesStageWith(parts) : s)) });
    summary[`polnear_${split}_${key}`] = evalPolnear(dev, variant, log, limit);
  }
  // What people reach against each other under the same metric: the ceiling the figures above sit under.
  for (const s of ['train', 'dev']) {
    const dir = join(shared, 'eval', 'polnear', s);
    if (!existsSync(join(dir, 'attributions'))) continue;
    log('-- PolNeAR annotators against each other (no pipeline):');
    const agreement = annotatorAgreement(dir, log);
    if (agreement) summary[`polnear_${s}_annotators`] = agreement;
  }
}
if (json) console.log(JSON.stringify(summary));
