import { describe, expect, it } from 'vitest';
import { createAnalyzer, defaultStages } from '../../src/analyzer.ts';
import { compileCueModel, cueModelOf } from '../../src/stages/quotes/learned.ts';
import { compileCues } from '../../src/stages/quotes/lexicon.ts';
import cueData from '../../data/quotes/cues.json' with { type: 'json' };
import { createQuotesStage, quotesStageWith } from '../../src/stages/quotes/index.ts';
import { find, quotesOf } from './helpers.ts';

describe('cues placed next to a quotation', () => {
  it('takes an unlisted verb after a closing mark as the cue, speaker before it', () => {
    const { quotes } = quotesOf('“The budget is balanced,” the treasurer beamed. She left early.');
    const q = find(quotes, 'The budget is balanced');
    expect(q.cue).toBe('beamed');
    expect(q.speakerText).toBe('the treasurer');
  });

  it('takes an inverted unlisted verb with its speaker after it', () => {
    const q = find(quotesOf('“The budget is balanced,” beamed Treasurer Ana Ruiz.').quotes, 'balanced');
    expect(q.cue).toBe('beamed');
    expect(q.speaker).toBe('Treasurer Ana Ruiz');
  });

  it('takes an unlisted verb before a colon and a quotation', () => {
    const q = find(quotesOf('Ana Ruiz concluded: “We are done with cuts.”').quotes, 'done with cuts');
    expect(q.kind).toBe('direct');
    expect(q.cue).toBe('concluded');
    expect(q.speaker).toBe('Ana Ruiz');
  });
});

describe('speaker phrases', () => {
  it('resolves "who said" to the noun phrase but keeps the span of "who"', () => {
    const q = find(quotesOf('The mayor met Lena Ortiz, who said the bridge would reopen in May.').quotes, 'bridge');
    expect(q.speaker).toBe('Lena Ortiz');
    expect(q.speakerText).toBe('who');
  });

  it('does the same for a relative clause without a comma', () => {
    const q = find(quotesOf('Many economists who say the deficit is too high were not consulted.').quotes, 'deficit');
    expect(q.speaker).toBe('Many economists');
    expect(q.speakerText).toBe('who');
  });

  it('finds the subject of a verb chain ("declined to say")', () => {
    const q = find(quotesOf('Mr. Berg declined to say whether taxes would rise.').quotes, 'whether taxes would rise');
    expect(q.speaker).toBe('Berg');
  });

  it('takes a capitalised surname before a cue as a name whatever its tag', () => {
    const q = find(quotesOf('Peter Cook said the talks would resume next week.').quotes, 'talks would resume');
    expect(q.speakerText).toBe('Peter Cook');
  });

  it('falls back to the sentence subject when no phrase stands next to the cue', () => {
    const q = find(quotesOf('Mayor Lena Ortiz spoke for an hour on Monday, mostly talking about the new bridge.').quotes, 'the new bridge');
    expect(q.speaker).toBe('Lena Ortiz');
  });
});

describe('learned cue model', () => {
  const text = 'The governor seemed confident that the vote would pass.';

  it('finds a cue the lexicon lacks, which the rules alone miss', () => {
    const rulesOnly = createAnalyzer({ stages: defaultStages().map((s) => (s.name === 'quotes' ? quotesStageWith({ cues: false, speakers: false, filter: false }) : s)) });
    expect(rulesOnly.analyze({ text }).quotes).toHaveLength(0);
    const q = find(quotesOf(text).quotes, 'the vote would pass');
    expect(q.cue).toContain('seemed');
    expect(q.speakerText).toBe('The governor');
  });

  it('does not start a new attribution inside what a listed cue reports', () => {
    const { quotes } = quotesOf('Foreign Minister Anna Kowal said the envoy seemed confident that talks would resume.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speaker).toBe('Anna Kowal');
  });

  it('leaves the nouns before a learned verb to be its speaker ("observers fret …")', () => {
    // A model that scores both words as cue words: the run must still start at the verb.
    const model = cueModelOf(new Map([['w=observers', 5], ['w=fret', 5]]), 0);
    const stage = createQuotesStage(compileCues(cueData), model);
    const analyzer = createAnalyzer({ stages: defaultStages().map((s) => (s.name === 'quotes' ? stage : s)) });
    const text = 'Many observers fret that the deal will collapse.';
    const [q] = analyzer.analyze({ text }).quotes;
    expect(text.slice(...q.cue!)).toBe('fret');
    expect(text.slice(...q.speaker!.span)).toBe('Many observers');
  });

  it('rejects a malformed model file', () => {
    expect(() => compileCueModel({ weights: { 'w=said': 'high' }, threshold: 0 })).toThrow();
    expect(() => compileCueModel({ weights: {} })).toThrow();
  });
});
