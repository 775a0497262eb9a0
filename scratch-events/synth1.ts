import { createAnalyzer } from '../src/analyzer.ts';
import { synthArticles } from '../bench/synth.ts';
const a = createAnalyzer();
const [art] = synthArticles(3).slice(2);
const r = a.analyze({ text: art.text, published: art.published });
console.log(art.text.slice(0, 1500));
for (const e of r.events) console.log(e.factuality.slice(0,4), e.type, e.mode ?? '', `${e.source.code || '"' + e.source.name + '"'}→${e.target ? e.target.code || '"' + e.target.name + '"' : '—'}`, e.date, '|', r.text.slice(e.evidence[0], e.evidence[1]).slice(0, 90));
