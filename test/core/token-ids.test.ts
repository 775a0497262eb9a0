import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analyzer.ts';
import { Doc, TokenFlags, TokenMemo } from '../../src/core/doc.ts';
import { buildDoc } from '../../src/core/tokenize.ts';

const meta = { title: null, source: null, url: null, published: null, authors: [], contributors: [] };

describe('token ids and per-word caches', () => {
  const a = buildDoc('a', 'The Zorvath envoy met the Kremlin envoy. THE zorvath talks ended.', meta);
  const b = buildDoc('b', 'Kremlin officials said the Zorvath envoy left.', meta);
  const at = (doc: Doc, word: string, from = 0) => doc.tokenAt(doc.text.indexOf(word, from));

  it('gives one id per token text, the same across documents, and a different one per spelling', () => {
    expect(a.ids).toHaveLength(a.tokenCount);
    expect(a.ids[at(a, 'envoy')]).toBe(a.ids[at(a, 'envoy', 20)]);
    expect(a.ids[at(a, 'Zorvath')]).toBe(b.ids[at(b, 'Zorvath')]); // an unknown word keeps its id
    expect(a.ids[at(a, 'Kremlin')]).toBe(b.ids[at(b, 'Kremlin')]);
    expect(a.ids[at(a, 'The')]).not.toBe(a.ids[at(a, 'THE')]);
    expect(a.lower[at(a, 'THE')]).toBe('the');
    expect(a.lower[at(a, 'zorvath')]).toBe(a.lower[at(a, 'Zorvath')]);
  });

  it('TokenMemo computes once per id and equals the function it caches', () => {
    const seen: string[] = [];
    const memo = new TokenMemo((key) => { seen.push(key); return key.length; });
    for (const doc of [a, b]) {
      for (let i = 0; i < doc.tokenCount; i++) expect(memo.get(doc.ids[i], doc.lower[i])).toBe(doc.lower[i].length);
    }
    expect(seen.filter((k) => k === 'envoy')).toHaveLength(1);
    // Once per distinct id: "The", "the" and "THE" are three ids sharing one key.
    expect(seen).toHaveLength(new Set([...a.ids, ...b.ids]).size);
    expect(seen.filter((k) => k === 'the')).toHaveLength(3);
    // An unknown id (-1: a document built without wink ids) is never cached.
    memo.get(-1, 'envoy');
    memo.get(-1, 'envoy');
    expect(seen.filter((k) => k === 'envoy')).toHaveLength(3);
  });

  it('TokenFlags keeps small values per id, grows for large ids and rejects values it cannot store', () => {
    let calls = 0;
    const flags = new TokenFlags((key) => { calls++; return key === 'kremlin' ? 5 : 0; });
    expect(flags.get(a.ids[at(a, 'Kremlin')], 'kremlin')).toBe(5);
    expect(flags.get(b.ids[at(b, 'Kremlin')], 'kremlin')).toBe(5);
    expect(flags.get(a.ids[at(a, 'met')], 'met')).toBe(0);
    expect(flags.get(a.ids[at(a, 'met')], 'met')).toBe(0);
    expect(calls).toBe(2);
    expect(flags.get(1_000_000, 'kremlin')).toBe(5);
    expect(() => new TokenFlags(() => 300).get(3, 'x')).toThrow(RangeError);
  });

  it('leaves reports unchanged for a document whose ids are unknown', () => {
    const text = 'Foreign Minister Anna Kowal of Poland met officials from Ukraine on Tuesday in Warsaw.';
    const analyzer = createAnalyzer();
    const withIds = analyzer.process({ text, published: '2025-03-04' });
    const stages = analyzer.stages;
    const bare = new Doc({
      id: null, text, article: withIds.article, starts: withIds.starts, ends: withIds.ends, lower: withIds.lower,
      pos: withIds.pos, sentences: withIds.sentences, paragraphs: withIds.paragraphs,
    });
    for (const s of stages) s.run(bare);
    expect(bare.ids.every((id) => id === -1)).toBe(true);
    expect(bare.actors.map((x) => x.code)).toEqual(withIds.actors.map((x) => x.code));
    expect(bare.events).toEqual(withIds.events);
    expect(bare.actors.length).toBeGreaterThan(1);
  });
});
