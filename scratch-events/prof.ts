import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, defaultStages } from '../src/analyzer.ts';
import { buildDoc } from '../src/core/tokenize.ts';
const dir = '../shared/eval/polnear/train/text';
const texts = readdirSync(dir).sort().slice(0, 150).map((f) => ({ text: readFileSync(join(dir, f), 'utf8'), published: f.split('_')[1] ?? '2016-01-01' }));
const stages = defaultStages();
const times = new Map<string, number>();
let tok = 0;
const t0 = performance.now();
for (const t of texts) {
  const a = performance.now();
  const doc = buildDoc(null, t.text, { title: null, source: null, url: null, published: t.published.slice(0,10), authors: [], contributors: [] });
  times.set('build', (times.get('build') ?? 0) + performance.now() - a);
  tok += doc.tokenCount;
  for (const s of stages) { const b = performance.now(); s.run(doc); times.set(s.name, (times.get(s.name) ?? 0) + performance.now() - b); }
}
console.log('tokens', tok, 'total ms', (performance.now() - t0).toFixed(0));
for (const [k, v] of times) console.log(k, v.toFixed(0));
