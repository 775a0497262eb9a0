/**
 * `npx tsx scripts/train-quotes.ts [--epochs N] [--prune W] [--out FILE]`: train the quotes stage's learned cue
 * detector (src/stages/quotes/learned.ts) on PolNeAR train (../shared/eval/polnear/train) and write
 * data/quotes/cue-model.json.
 *
 * An averaged perceptron labels each candidate token "part of a gold cue" or not. The decision
 * threshold is chosen on a held-out tenth of the train articles by running the whole pipeline and
 * keeping the best content F1 (PolNeAR dev is never read); the shipped model is then retrained on
 * all train articles. Only feature weights are written, never article text.
 */
import { cueExamples, hash, splitBases, trainPerceptron, type Example } from './cue-training.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, defaultStages } from '../src/analyzer.ts';
import { sharedDir } from '../eval/paths.ts';
import { evalPolnear } from '../eval/polnear.ts';
import { cueModelOf, type CueModel } from '../src/stages/quotes/learned.ts';
import { createQuotesStage } from '../src/stages/quotes/index.ts';
import { compileCues } from '../src/stages/quotes/lexicon.ts';
import cueData from '../data/quotes/cues.json' with { type: 'json' };

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const EPOCHS = Number(opt('--epochs', '5'));
const OUT = opt('--out', join(import.meta.dirname ?? '.', '..', 'data', 'quotes', 'cue-model.json'));
/** Weights smaller than this are dropped (file size and speed; held-out F1 barely moves). */
const PRUNE = Number(opt('--prune', '1'));

const shared = sharedDir();
if (!shared) throw new Error('../shared not found (set SITREP_SHARED)');
const dir = join(shared, 'eval', 'polnear', 'train');

const train = (data: Example[]) => trainPerceptron(data, EPOCHS, PRUNE, (l) => console.error(l));
const examples = (bases: string[]) => cueExamples(dir, bases);

function analyzerWith(model: CueModel) {
  const stages = defaultStages().map((s) => (s.name === 'quotes' ? createQuotesStage(compileCues(cueData), model) : s));
  return createAnalyzer({ stages });
}

const bases = splitBases(dir);
const heldOut = new Set(bases.filter((b) => hash(b) % 10 === 0));
const fit = bases.filter((b) => !heldOut.has(b));
console.error(`${bases.length} train articles: fitting on ${fit.length}, choosing the threshold on ${heldOut.size}`);

const weights = train(examples(fit));
const none = () => {};
let best = { threshold: Infinity, f1: evalPolnear(dir, analyzerWith(cueModelOf(weights, Infinity)), none, Infinity, undefined, (b) => heldOut.has(b)).f1 };
console.error(`rules only: held-out F1 ${(100 * best.f1).toFixed(1)}%`);
const compiled = cueModelOf(weights, Infinity);
for (const threshold of [-9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2]) {
  const r = evalPolnear(dir, analyzerWith({ ...compiled, threshold }), none, Infinity, undefined, (b) => heldOut.has(b));
  console.error(`threshold ${threshold}: held-out F1 ${(100 * r.f1).toFixed(1)}% (recall ${(100 * r.recall).toFixed(1)}%, precision ${(100 * r.precision).toFixed(1)}%, speaker ${(100 * r.speakerAccuracy).toFixed(1)}%)`);
  if (r.f1 > best.f1) best = { threshold, f1: r.f1 };
}
const final = train(examples(bases));
const sorted = Object.fromEntries([...final].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
writeFileSync(OUT, `${JSON.stringify({
  $comment: 'Learned cue detector of the quotes stage: averaged-perceptron weights over token features (src/stages/quotes/learned.ts), trained by scripts/train-quotes.ts on the PolNeAR train split; holds feature weights only. Format in docs/lexicons.md, section Quotes.',
  threshold: best.threshold === Infinity ? 1e9 : best.threshold,
  weights: sorted,
})}\n`);
console.error(`wrote ${OUT}: ${final.size} weights, threshold ${best.threshold}`);
