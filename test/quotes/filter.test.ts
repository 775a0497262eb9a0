import { describe, expect, it } from 'vitest';
import { createAnalyzer, defaultStages } from '../../src/analyzer.ts';
import { compileTrees } from '../../src/stages/quotes/boosted.ts';
import { compileQuoteFilter, filterHook, quoteFeatures, type QuoteHook } from '../../src/stages/quotes/filter.ts';
import { createQuotesStage } from '../../src/stages/quotes/index.ts';
import { compileCues } from '../../src/stages/quotes/lexicon.ts';
import cueData from '../../data/quotes/cues.json' with { type: 'json' };
import filterData from '../../data/quotes/quote-filter.json' with { type: 'json' };
import wordClassData from '../../data/quotes/word-classes.json' with { type: 'json' };
import { compileWordClasses } from '../../src/stages/quotes/word-classes.ts';

const classes = compileWordClasses(wordClassData);

/** An analyzer whose quotes stage (rules only) runs `hook` on every assembled quote. */
function withHook(hook: QuoteHook) {
  const stage = createQuotesStage(compileCues(cueData), null, null, hook);
  return createAnalyzer({ stages: defaultStages().map((s) => (s.name === 'quotes' ? stage : s)) });
}

const text = 'Foreign Minister Anna Kowal said on Tuesday that the bridge would reopen in May. “We are ready,” she added.';

describe('learned quote filter', () => {
  it('validates the bundled filter file and rejects a malformed one', () => {
    const f = compileQuoteFilter(filterData);
    expect(f.trees.roots.length).toBeGreaterThan(100);
    expect(f.trees.ids.has('k=indirect')).toBe(true);
    expect(typeof f.threshold).toBe('number');
    expect(() => compileQuoteFilter({ threshold: 0, features: ['b'], trees: [[['high']]] })).toThrow();
    expect(() => compileQuoteFilter({ features: [], trees: [] })).toThrow();
    expect(() => compileQuoteFilter({ threshold: 0, weights: { b: 1 } })).toThrow();
  });

  it('describes each quote by its kind, cue kind, cue words and speaker class', () => {
    const seen: string[][] = [];
    withHook((doc, q, f) => { seen.push(quoteFeatures(doc, q, f)); return true; }).analyze({ text, published: '2024-03-05' });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toEqual(expect.arrayContaining(['k=indirect', 'ck=speech', 'cw=said', 'l=false', 'side=after']));
    expect(seen[0].some((f) => f.startsWith('sp=') && f !== 'sp=none')).toBe(true);
    expect(seen[1]).toEqual(expect.arrayContaining(['k=direct', 'sp=pron']));
    // Without word classes there are no word-class features; with them, the cue verb's classes.
    expect(seen[0].some((f) => f.startsWith('wn'))).toBe(false);
    const withClasses: string[][] = [];
    withHook((doc, q, f) => { withClasses.push(quoteFeatures(doc, q, f, classes)); return true; }).analyze({ text: 'Anna Kowal warned that the bridge would close.', published: '2024-03-05' });
    expect(withClasses[0]).toEqual(expect.arrayContaining(['cw=warned', 'wn1=verb.communication', 'wn1l=verb.communication|false', 'wna=verb.communication']));
  });

  it('reads the noun class of what the content is about and of the speaker', () => {
    const feats = (t: string, wc: typeof classes | null = classes) => {
      const out: string[][] = [];
      withHook((doc, q, f) => { out.push(quoteFeatures(doc, q, f, wc)); return true; }).analyze({ text: t, published: '2024-03-05' });
      return out[0];
    };
    // A letter is something said, a bridge is not: the filter weighs them apart.
    const letter = feats('Anna Kowal criticized the letter from the mayor.');
    expect(letter).toEqual(expect.arrayContaining(['obj=communication', 'objk=communication|stance', 'spc=PROPN']));
    const bridge = feats('The ministry criticized the new bridge.');
    expect(bridge).toEqual(expect.arrayContaining(['obj=artifact', 'spc=group', 'spcl=group|false']));
    // Without word classes neither is there.
    expect(feats('The ministry criticized the new bridge.', null).some((x) => x.startsWith('obj') || x.startsWith('spc'))).toBe(false);
  });

  it('drops exactly the quotes the hook rejects', () => {
    const all = withHook(() => true).analyze({ text, published: '2024-03-05' }).quotes;
    const direct = withHook((_d, q) => q.kind === 'direct').analyze({ text, published: '2024-03-05' }).quotes;
    expect(all).toHaveLength(2);
    expect(direct).toHaveLength(1);
    expect(text.slice(...direct[0].span)).toBe('“We are ready,”');
  });

  it('keeps a quote when its trees score above the threshold', () => {
    // One tree: "an indirect quote?" yes → bias + 5, no → bias; a second adds 0.5 to every quote.
    const trees = (bias: number) => compileTrees({ features: ['k=indirect'], trees: [[[0, 1, 2], [bias + 5], [bias]], [[0.5]]] });
    const hook = (bias: number) => filterHook({ trees: trees(bias - 0.5), threshold: 0, cueThreshold: null, classes: null });
    const kept = (bias: number) => withHook(hook(bias)).analyze({ text, published: '2024-03-05' }).quotes.map((q) => q.kind);
    expect(kept(1)).toEqual(['indirect', 'direct']);
    expect(kept(-4)).toEqual(['indirect', 'direct']);
    // A direct quote stays whatever it scores; the indirect one goes below the threshold.
    expect(kept(-6)).toEqual(['direct']);
  });
});
