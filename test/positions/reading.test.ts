import { describe, expect, it } from 'vitest';
import { compilePositionsLexicon, matchAt, tokenKey } from '../../src/stages/positions/lexicon.ts';
import { readSentence } from '../../src/stages/positions/reading.ts';
import issues from '../../data/issues/issues.json' with { type: 'json' };
import stances from '../../data/issues/stances.json' with { type: 'json' };
import { lexicon, makeDoc } from './helpers.ts';

/** Read the first sentence of `text`: rows `stance issue "cue" "term"`. */
function read(text: string): string[] {
  const doc = makeDoc(text);
  const keys = doc.lower.map(tokenKey);
  const s = doc.sentences[0];
  const capital = (t: number) => /\p{Lu}/u.test(text[doc.starts[t]]);
  return readSentence(lexicon, keys, doc.pos, s.first, s.last, capital).readings.map((r) => {
    const cue = text.slice(doc.starts[r.cue[0]], doc.ends[r.cue[1] - 1]);
    const term = text.slice(doc.starts[r.term[0]], doc.ends[r.term[1] - 1]);
    return `${r.stance} ${r.issue} "${cue}" "${term}"${r.prior ? ` prior:${r.prior.stance}` : ''}${r.role ? ` role:${r.role}` : ''}`;
  });
}

describe('issue and stance lexicon', () => {
  it('validates the bundled data and rejects a malformed issue file', () => {
    expect(lexicon.issueInfo.has('ceasefire')).toBe(true);
    expect(() => compilePositionsLexicon({ issues: [{ id: 'Bad Id', terms: ['x'] }] }, stances)).toThrow();
    expect(() => compilePositionsLexicon(issues, { cues: [{ stance: 'maybe', phrases: ['x'] }] })).toThrow();
  });

  it('lets users add an issue and extend an existing one', () => {
    const lex = compilePositionsLexicon(issues, stances, [{ issues: [
      { id: 'grain-corridor', label: 'Grain corridor', terms: ['grain corridor', 'grain exports'] },
      { id: 'ceasefire', terms: ['quiet period'] },
    ] }]);
    const doc = makeDoc('Norway backed the grain corridor. Chile rejected the quiet period.');
    const keys = doc.lower.map(tokenKey);
    const [a, b] = doc.sentences;
    expect(readSentence(lex, keys, doc.pos, a.first, a.last).readings.map((r) => r.issue)).toEqual(['grain-corridor']);
    expect(readSentence(lex, keys, doc.pos, b.first, b.last).readings.map((r) => `${r.issue} ${r.stance}`)).toEqual(['ceasefire reject']);
  });

  it('matches inflections, wildcards and hyphenated terms', () => {
    const doc = makeDoc('They withdrew all their forces after the cease-fire and negotiated.');
    const keys = doc.lower.map(tokenKey);
    const at = (w: string) => keys.indexOf(w);
    expect(matchAt(lexicon.issues, keys, at('withdrew'), keys.length)).toBeNull();
    expect(matchAt(lexicon.issues, keys, at('cease'), keys.length)?.value).toBe('ceasefire');
    expect(matchAt(lexicon.issues, keys, at('negotiated'), keys.length)?.value).toBe('negotiations');
    const doc2 = makeDoc('They will withdraw their forces.');
    const k2 = doc2.lower.map(tokenKey);
    expect(matchAt(lexicon.issues, k2, k2.indexOf('withdraw'), k2.length)).toEqual({ value: 'territory', end: k2.indexOf('forces') + 1 });
  });
});

describe('reading a sentence', () => {
  it('pairs a drop cue with the stance it drops and the issue after it', () => {
    expect(read('The chancellor on Friday backed away from her call for a truce in the valley.'))
      .toEqual(['drop ceasefire "backed away from" "truce" prior:demand']);
  });

  it('treats cues inside the content of another cue as that content', () => {
    // "accept" belongs to what is demanded, not to the demander.
    expect(read('Oslo demanded that the rebels accept an armistice.')).toEqual(['demand ceasefire "demanded" "armistice"']);
  });

  it('turns negated cues and leaves hedged ones out', () => {
    expect(read('The council was not ready to sign any truce.')).toEqual(['reject ceasefire "ready to" "truce"']);
    expect(read('The council would never cede the northern land.')).toEqual(['reject territory "never" "cede"']);
    expect(read('It is unclear whether Peru will join the sanctions.')).toEqual([]);
    expect(read('Chile did not demand new tariffs.')).toEqual([]);
  });

  it('needs a stance noun after "withdrew" to read it as a drop', () => {
    expect(read('Lisbon withdrew its offer of talks.')).toEqual(['drop negotiations "withdrew" "talks" prior:propose']);
    expect(read('Lisbon withdrew its proposal on sanctions.')).toEqual(['drop sanctions "withdrew" "sanctions" prior:propose']);
    expect(read('Lisbon withdrew its troops.')).toEqual([]);
  });

  it('reads conditions, roles and issues named before the cue', () => {
    expect(read('Bolivia will accept a truce only if the convoys stop.')).toEqual(['condition ceasefire "accept" "truce"']);
    expect(read('Ghana offered to host the talks.')).toEqual(['propose negotiations "offered" "talks" role:mediator']);
    expect(read('The negotiation process must involve delegates from the islands.'))
      .toEqual(['demand negotiations "must" "negotiation process" role:participant']);
  });

  it('takes no cue from a name', () => {
    expect(read('Delegates praised the Free Trade Agreement of the region.')).toEqual([]);
    expect(read('Delegates signed a free trade agreement.')).toEqual(['accept trade "signed" "trade"']);
  });

  it('stops at clause breaks', () => {
    // The drop cue has no issue in its own clause, so it does not take the truce of the next clause,
    // which has its own cue.
    expect(read('He would not budge from his demands; the truce was signed by others.')).toEqual(['accept ceasefire "signed" "truce"']);
    expect(read('He would not budge from his demands; the truce is near.')).toEqual([]);
  });
});
