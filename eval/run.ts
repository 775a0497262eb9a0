/**
 * `npm run eval`: score the pipeline against every ../shared/eval/*.gold.json and PolNeAR dev.
 * Prints figures and misses; always exits 0 (it reports, it does not gate CI).
 * Options: --json (one JSON summary on the last line), --polnear-limit N, --no-polnear.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAnalyzer } from '../src/analyzer.ts';
import { sharedDir } from './paths.ts';
import { evalPolnear } from './polnear.ts';
import { evalGoldFile } from './seed.ts';

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
const dev = join(shared, 'eval', 'polnear', 'dev');
if (!args.includes('--no-polnear') && existsSync(join(dev, 'attributions'))) {
  summary.polnear_dev = evalPolnear(dev, analyzer, log, limit);
}
if (json) console.log(JSON.stringify(summary));
