import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analyzer.ts';
import { createZonesStage } from '../../src/stages/zones/index.ts';
import { compileTrailer } from '../../src/stages/zones/patterns.ts';
import { compileCues, matchCue } from '../../src/stages/quotes/lexicon.ts';
import { quotesStageWith } from '../../src/stages/quotes/index.ts';
import trailer from '../../data/zones/trailer.json' with { type: 'json' };
import cues from '../../data/quotes/cues.json' with { type: 'json' };

describe('cue lexicon', () => {
  it('compiles the bundled cues into a token trie with multi-word forms', () => {
    const lex = compileCues(cues);
    expect(lex.size).toBeGreaterThan(100);
    const words = ['she', 'made', 'it', 'clear', 'that'];
    expect(matchCue(lex, words, 1, words.length)?.end).toBe(4);
    expect(matchCue(lex, words, 0, words.length)).toBeNull();
  });

  it('checks the "after" condition of a cue', () => {
    const lex = compileCues({ cues: [{ kind: 'thought', forms: ['knew'], after: ['that'] }] });
    expect(matchCue(lex, ['knew', 'that'], 0, 2)).not.toBeNull();
    expect(matchCue(lex, ['knew', 'him'], 0, 2)).toBeNull();
  });

  it('rejects a malformed entry', () => {
    expect(() => compileCues({ cues: [{ kind: 'shouting', forms: ['yelled'] }] })).toThrow();
    expect(() => compileCues({ cues: [{ kind: 'speech', forms: [] }] })).toThrow();
  });

  it('lets a user lexicon add a cue', () => {
    const text = 'The senator opined that the bill was doomed.';
    // Rules only: the learned cue model may find "opined" by itself, which is not what this tests.
    const base = createAnalyzer({ stages: [createZonesStage(compileTrailer(trailer)), quotesStageWith({ cues: false, speakers: false, filter: false })] });
    expect(base.analyze({ text }).quotes).toHaveLength(0);
    const extended = createAnalyzer({ stages: [createZonesStage(compileTrailer(trailer)), quotesStageWith({ cues: false, speakers: false, filter: false }, { cues: [{ kind: 'speech', forms: ['opine', 'opines', 'opined'] }] })] });
    const q = extended.analyze({ text }).quotes;
    expect(q).toHaveLength(1);
    expect(text.slice(q[0].speaker!.span[0], q[0].speaker!.span[1])).toBe('The senator');
  });
});
