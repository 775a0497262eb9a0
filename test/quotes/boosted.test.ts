import { describe, expect, it } from 'vitest';
import { compileTrees, treeScore } from '../../src/stages/quotes/boosted.ts';
import { trainBoosted, type BoostOptions } from '../../scripts/boosting.ts';

describe('boosted trees', () => {
  it('adds the leaf each tree reaches, following "has the feature" to the yes branch', () => {
    const model = compileTrees({
      features: ['cue=said', 'sp=none'],
      trees: [
        [[0, 1, 4], [1, 2, 3], [0.5], [2], [-1]],
        [[1, 1, 2], [-0.25], [0.25]],
      ],
    });
    expect(treeScore(model, ['cue=said'])).toBe(2.25);
    expect(treeScore(model, ['cue=said', 'sp=none'])).toBe(0.25);
    expect(treeScore(model, ['sp=none'])).toBe(-1.25);
    // Strings the table lacks count as absent.
    expect(treeScore(model, ['cue=told', 'x'])).toBe(-0.75);
  });

  it('rejects trees that point outside themselves, backwards, or at unknown features', () => {
    expect(() => compileTrees({ features: ['a'], trees: [[[0, 1, 5], [1], [2]]] })).toThrow(/after its parent/);
    expect(() => compileTrees({ features: ['a'], trees: [[[1, 1, 2], [1], [2]]] })).toThrow(/not in the table/);
    expect(() => compileTrees({ features: ['a'], trees: [[[0, 1, 2], [1], [0, 1, 2]]] })).toThrow(/after its parent/);
    expect(() => compileTrees({ features: ['a'], trees: [[]] })).toThrow();
    expect(() => compileTrees({ features: 'a', trees: [[[1]]] })).toThrow();
  });

  const opts: BoostOptions = { rounds: 60, depth: 2, eta: 0.3, lambda: 1, minHessian: 0.5, minCount: 1 };

  it('learns a conjunction no single feature gives, the same way each run', () => {
    // Right only when both "learned" and "no speaker" are absent or both present (an XOR a linear model cannot fit).
    const data = [];
    // Uneven counts, so the first split already gains something (an even XOR gives no first split).
    for (let i = 0; i < 60; i++) data.push({ features: ['b', 'learned', 'nospk'], y: 1 });
    for (let i = 0; i < 40; i++) {
      data.push({ features: ['b'], y: 1 }, { features: ['b', 'learned'], y: -1 }, { features: ['b', 'nospk'], y: -1 });
    }
    const stored = trainBoosted(data, opts);
    const model = compileTrees(stored);
    expect(treeScore(model, ['b', 'learned', 'nospk'])).toBeGreaterThan(1);
    expect(treeScore(model, ['b'])).toBeGreaterThan(1);
    expect(treeScore(model, ['b', 'learned'])).toBeLessThan(-1);
    expect(treeScore(model, ['b', 'nospk'])).toBeLessThan(-1);
    expect(JSON.stringify(trainBoosted(data, opts))).toBe(JSON.stringify(stored));
  });

  it('leaves out features rarer than minCount', () => {
    const data = [{ features: ['rare', 'common'], y: 1 }, { features: ['common'], y: -1 }, { features: ['common'], y: -1 }];
    expect(trainBoosted(data, { ...opts, minCount: 2 }).features).toEqual(['common']);
  });
});
