import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../src/analyzer.ts';
const dir = '../shared/eval/polnear/train/text';
const a = createAnalyzer();
const files = readdirSync(dir).sort().slice(Number(process.argv[2] ?? 0), Number(process.argv[2] ?? 0) + 40);
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8');
  const r = a.analyze({ text, published: f.split('_')[1] ?? null });
  for (const e of r.events) if (e.factuality === 'asserted') console.log(e.type.padEnd(9), (e.mode ?? '').padEnd(10), `${e.source.code || '"' + e.source.name + '"'}→${e.target ? e.target.code || '"' + e.target.name + '"' : '—'}`.padEnd(28), (e as any).pattern.slice(0, 25).padEnd(26), '|', text.slice(e.evidence[0], e.evidence[1]).replace(/\n/g, ' ').slice(0, 110));
}
