import { createAnalyzer } from '../src/analyzer.ts';
const a = createAnalyzer();
const doc = a.process({ text: process.argv[2], published: '2025-05-19' });
for (const m of doc.mentions) console.log(doc.slice(m.span), m.span, m.kind, m.actorId, m.code);
for (const e of doc.events) console.log(JSON.stringify(e));
