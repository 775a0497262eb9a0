import { describe, expect, it } from 'vitest';
import { ChunkList } from '../../src/stages/actors/chunks.ts';
import { actorsAnalyzer, who } from './helpers.ts';

const an = actorsAnalyzer();
const run = (text: string) => an.process({ text, published: '2024-03-12' });

describe('ChunkList (chunk objects reused from sentence to sentence)', () => {
  it('reuses objects after a reset and hides stale entries past the end', () => {
    const list = new ChunkList();
    list.push(0, 1, null);
    list.push(1, 3, null);
    list.push(3, 4, null);
    const second = list.items[1];
    list.n = 0;
    list.push(10, 12, null);
    expect(list.n).toBe(1);
    expect(list.at(0)).toMatchObject({ a: 10, b: 12, hit: null });
    expect(list.at(1)).toBeUndefined();
    expect(list.at(-1)).toBeUndefined();
    list.push(12, 13, null);
    expect(list.items[1]).toBe(second);
    expect(list.at(1)).toMatchObject({ a: 12, b: 13 });
  });
});

describe('recognition across sentences of different lengths', () => {
  it('reads a short sentence after a long one without leftovers from the long one', () => {
    const doc = run(
      'Foreign Minister Anna Kowal of Poland met envoys from Germany, France and Italy in Warsaw on a cold Tuesday morning. '
      + 'Kowal left. Then Russia and Ukraine spoke.',
    );
    const second = doc.sentences[1];
    const inSecond = doc.mentions.filter((m) => m.span[0] >= second.start && m.span[1] <= second.end);
    expect(inSecond.map((m) => doc.slice(m.span))).toEqual(['Kowal']);
    expect(who(doc, 'Kowal left')).toMatchObject({ name: 'Anna Kowal', code: 'POLGOV' });
    // the country pair at the end of the last (short) sentence is still read as a pair
    expect(who(doc, 'Russia and')?.code).toBe('RUS');
    expect(who(doc, 'Ukraine spoke')?.code).toBe('UKR');
  });

  it('ends a role phrase at the end of a short sentence that follows a long one', () => {
    const doc = run(
      'Ministers from Germany, France, Italy, Spain and Poland met in Brussels for six long hours on Monday. '
      + 'They thanked the Polish foreign minister.',
    );
    const role = doc.mentions.find((m) => m.kind === 'role')!;
    expect(doc.slice(role.span)).toBe('Polish foreign minister');
    expect(role.code).toBe('POLGOV');
    expect(role.span[1]).toBeLessThanOrEqual(doc.sentences[1].end);
  });
});
