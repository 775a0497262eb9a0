import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultStages } from '../src/analyzer.ts';
import { buildDoc } from '../src/core/tokenize.ts';
import { synthArticles } from '../bench/synth.ts';
const dir = '../shared/eval/polnear/train/text';
const texts = [...synthArticles(300).map((a) => ({ text: a.text, published: a.published ?? '2024-01-01' })), ...readdirSync(dir).sort().slice(0, 300).map((f) => ({ text: readFileSync(join(dir, f), 'utf8'), published: f.split('_')[1] ?? '2016-01-01' }))];
const stages = defaultStages();
for (let round = 0; round < 2; round++) {
  const times = new Map<string, number>();
  for (const t of texts) {
    const a = performance.now();
    const doc = buildDoc(null, t.text, { title: null, source: null, url: null, published: String(t.published).slice(0, 10), authors: [], contributors: [] });
    times.set('build', (times.get('build') ?? 0) + performance.now() - a);
    for (const s of stages) { const b = performance.now(); s.run(doc); times.set(s.name, (times.get(s.name) ?? 0) + performance.now() - b); }
  }
  console.log([...times].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' | '));
}
