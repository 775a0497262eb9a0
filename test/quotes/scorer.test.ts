import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/core/doc.ts';
import { buildDoc } from '../../src/core/tokenize.ts';
import { compileCueModel, cueFeatures, cueModelOf, referenceCueScore, type CueModel } from '../../src/stages/quotes/learned.ts';
import { cueScorer } from '../../src/stages/quotes/scorer.ts';
import modelData from '../../data/quotes/cue-model.json' with { type: 'json' };

const meta = { title: null, source: null, url: null, published: null, authors: [], contributors: [] };

/** Every token of every sentence scored both ways; scores must be the same numbers, not just close. */
function compareAll(model: CueModel, doc: Doc): number {
  const score = cueScorer(model.compiled, doc);
  let compared = 0;
  for (const s of doc.sentences) {
    for (let i = s.first; i < s.last; i++) {
      expect(score(i, s.first, s.last), `token ${i} "${doc.lower[i]}"`).toBe(referenceCueScore(model, doc, i, s.first, s.last));
      compared++;
    }
  }
  return compared;
}

/** A Doc over hand-made token arrays (one sentence), so tokens wink would never produce can be tested. */
function rawDoc(lower: string[], pos: string[]): Doc {
  const starts = Int32Array.from(lower.map((_, i) => i * 2));
  const ends = Int32Array.from(lower.map((_, i) => i * 2 + 1));
  const n = lower.length;
  return new Doc({ id: null, text: 'x '.repeat(n), article: meta, starts, ends, lower, pos, sentences: [{ start: 0, end: n * 2 - 1, first: 0, last: n, paragraph: 0 }], paragraphs: [[0, n * 2 - 1]] });
}

describe('integer-id cue scorer', () => {
  const bundled = compileCueModel(modelData);

  it('gives the bundled model exactly the string-feature scores on written sentences', () => {
    const text = [
      'Foreign Minister Anna Kowal of Poland said on Tuesday that the border would stay open.',
      'The governor seemed confident that the vote would pass, aides insisted.',
      '“We will not retreat,” the union leader told reporters in Lodz. Polls show support falling.',
      'Officials are expected to announce the plan; critics believe it is too late.',
      'According to the ministry, talks with the rebels have stalled since March.',
      'Zyxq blorfed the quuxen that wibbled.',
    ].join('\n');
    expect(compareAll(bundled, buildDoc(null, text, meta))).toBeGreaterThan(60);
  });

  it('scores a sentence that ends right after the token (sentinels) and a one-token sentence', () => {
    expect(compareAll(bundled, buildDoc(null, 'Critics warned.\nSaid.\nHe said', meta))).toBeGreaterThan(3);
  });

  it('matches the reference when words contain "|" or look like sentinels', () => {
    const weights = new Map<string, number>([
      ['b', -1.5], ['ww+1=a|b|c', 2.25], ['ww+1=a||b', 0.5], ['w-1w=<s>|said', 1.75], ['ww+2=said|</s>', -0.25],
      ['suf=b|c|NOUN', 3], ['wp=a|b|VERB', 0.125], ['p-1pp+1=<s>|VERB|</s>', 4], ['that2', 1], ['mark3', -2], ['early', 0.5],
      ['w=said', 1], ['w+1=that', 0.75], ['p=VERB', 0.1], ['bogus=x', 99], ['unknown', 99],
    ]);
    const model = cueModelOf(weights, 0);
    const docs = [
      rawDoc(['a', 'b|c', 'x'], ['VERB', 'NOUN', 'NOUN']),
      rawDoc(['a|b', 'c', 'x'], ['VERB', 'NOUN', 'NOUN']),
      rawDoc(['a', '|b', 'said'], ['VERB', 'NOUN', 'VERB']),
      rawDoc(['<s>', 'said', 'that', '“', 'it'], ['X', 'VERB', 'SCONJ', 'PUNCT', 'PRON']),
      rawDoc(['said'], ['VERB']),
      rawDoc(['a|b', 'said', 'a|b|c'], ['VERB', 'VERB', 'NOUN']),
    ];
    for (const doc of docs) compareAll(model, doc);
    // The ambiguous keys really fire: "a" then "b|c" reads as "ww+1=a|b|c".
    expect(cueFeatures(docs[0], 0, 0, 3)).toContain('ww+1=a|b|c');
    // bias, p=VERB, ww+1=a|b|c, early
    expect(cueScorer(model.compiled, docs[0])(0, 0, 3)).toBeCloseTo(-1.5 + 0.1 + 2.25 + 0.5, 12);
  });

  it('matches the reference on random token sequences drawn from the model vocabulary', () => {
    const words = ['said', 'that', 'the', 'minister', 'expected', 'to', 'is', '“', '”', ',', 'polls', 'show', 'unseenword'];
    const tags = ['VERB', 'NOUN', 'DET', 'ADP', 'AUX', 'PUNCT', 'PROPN', 'ADJ'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    let compared = 0;
    for (let k = 0; k < 40; k++) {
      const n = 1 + rand(12);
      const lower = Array.from({ length: n }, () => words[rand(words.length)]);
      compared += compareAll(bundled, rawDoc(lower, lower.map(() => tags[rand(tags.length)])));
    }
    expect(compared).toBeGreaterThan(100);
  });
});
