import { describe, expect, it } from 'vitest';
import wordClassData from '../../data/quotes/word-classes.json' with { type: 'json' };
import { classesOf, compileWordClasses, cueClassFeatures } from '../../src/stages/quotes/word-classes.ts';

const wc = compileWordClasses(wordClassData);

describe('WordNet word classes (data/quotes/word-classes.json)', () => {
  it('gives a lemma its classes, the most frequent sense first', () => {
    expect(classesOf(wc, 'warn', 'verb')).toEqual(['communication']);
    expect(classesOf(wc, 'believe', 'verb')?.[0]).toBe('cognition');
    expect(classesOf(wc, 'criticism', 'noun')).toContain('communication');
    expect(classesOf(wc, 'spokeswoman', 'noun')).toEqual(['person']);
  });

  it('undoes regular inflections, doubled consonants included', () => {
    expect(classesOf(wc, 'lambasted', 'verb')).toEqual(classesOf(wc, 'lambaste', 'verb'));
    expect(classesOf(wc, 'warning', 'verb')).toEqual(['communication']);
    expect(classesOf(wc, 'denies', 'verb')).toEqual(classesOf(wc, 'deny', 'verb'));
    expect(classesOf(wc, 'stopped', 'verb')).toEqual(classesOf(wc, 'stop', 'verb'));
    expect(classesOf(wc, 'spokeswomen', 'noun')).toEqual(['person']);
    expect(classesOf(wc, 'xqzzt', 'verb')).toBeNull();
  });

  it('builds the filter features of a cue, once each', () => {
    const f = cueClassFeatures(wc, ['warned', 'warned'], true);
    expect(f).toEqual(['wn1=verb.communication', 'wn1l=verb.communication|true', 'wna=verb.communication']);
    expect(cueClassFeatures(wc, ['according', 'to'], false).every((x) => x.startsWith('wn'))).toBe(true);
  });

  it('rejects a malformed file', () => {
    expect(() => compileWordClasses({ verb: { communication: { first: 'say' } }, noun: {} })).toThrow();
    expect(() => compileWordClasses({ verb: {} })).toThrow();
  });
});
