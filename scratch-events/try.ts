import { createAnalyzer } from '../src/analyzer.ts';
const a = createAnalyzer();
const pub = process.env.PUB === 'none' ? null : '2024-03-13';
for (const text of process.argv.slice(2)) {
  const r = a.analyze({ text, published: pub });
  console.log('>>', text);
  for (const e of r.events) console.log('  ', e.factuality, e.type, e.mode, `${e.source.code || '"' + e.source.name + '"'}→${e.target ? e.target.code || '"' + e.target.name + '"' : '—'}`, e.date, e.location?.name ?? '', (e as any).modality ?? '', (e as any).evidenceSpans?.length);
}
