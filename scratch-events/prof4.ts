import { defaultStages } from '../src/analyzer.ts';
import { buildDoc } from '../src/core/tokenize.ts';
import { synthArticles } from '../bench/synth.ts';
const stages = defaultStages();
const ev = stages.find((s) => s.name === 'events')!;
const docs = synthArticles(300).map((t) => { const d = buildDoc(null, t.text, { title: null, source: null, url: null, published: String(t.published ?? '2024-01-01').slice(0,10), authors: [], contributors: [] }); for (const s of stages) if (s.name !== 'events' && s.name !== 'positions') s.run(d); return d; });
const t0 = performance.now();
for (let k = 0; k < 3; k++) for (const d of docs) ev.run(d);
console.log('events x3 ms', (performance.now() - t0).toFixed(0), 'events', docs.reduce((a, d) => a + d.events.length, 0), 'tokens', docs.reduce((a, d) => a + d.tokenCount, 0));
