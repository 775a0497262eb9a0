import { describe, expect, it } from 'vitest';
import { segment, type Annotation } from '../../web/src/segments.ts';

const text = 'Minister Ewa Lis said the port would reopen on Monday.';
const at = (phrase: string, kind: string, key: string): Annotation => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, kind, key };
};
const runs = (anns: Annotation[]) => segment(text.length, anns).map((s) => [text.slice(s.start, s.end), s.covers.map((a) => a.key).join('+')]);

describe('segment', () => {
  it('covers the whole text in order, cutting at every boundary', () => {
    const out = segment(text.length, [at('Ewa Lis', 'mention', 'm')]);
    expect(out.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    expect(runs([at('Ewa Lis', 'mention', 'm')])).toEqual([['Minister ', ''], ['Ewa Lis', 'm'], [' said the port would reopen on Monday.', '']]);
  });

  it('splits overlapping and nested spans into runs that know every covering item', () => {
    const anns = [at('Minister Ewa Lis said', 'quote', 'q'), at('Ewa Lis', 'mention', 'm'), at('said the port', 'evidence', 'e')];
    expect(runs(anns)).toEqual([
      ['Minister ', 'q'], ['Ewa Lis', 'q+m'], [' ', 'q'], ['said', 'q+e'], [' the port', 'e'], [' would reopen on Monday.', ''],
    ]);
  });

  it('clamps spans to the text and drops empty or inverted ones', () => {
    const out = segment(10, [{ start: 8, end: 50, kind: 'x', key: 'a' }, { start: 5, end: 5, kind: 'x', key: 'b' }, { start: 7, end: 3, kind: 'x', key: 'c' }, { start: -4, end: 2, kind: 'x', key: 'd' }]);
    expect(out.map((s) => [s.start, s.end, s.covers.map((a) => a.key).join('')])).toEqual([[0, 2, 'd'], [2, 8, ''], [8, 10, 'a']]);
  });

  it('keeps identical spans of different items together', () => {
    const anns = [at('reopen', 'evidence', 'e1'), at('reopen', 'selected', 'sel')];
    expect(runs(anns).find(([t]) => t === 'reopen')).toEqual(['reopen', 'e1+sel']);
  });

  it('returns one empty run list for an empty text', () => {
    expect(segment(0, [{ start: 0, end: 3, kind: 'x', key: 'a' }])).toEqual([]);
  });
});
