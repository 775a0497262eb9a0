import { describe, expect, it } from 'vitest';
import { compileGazetteer } from '../../src/stages/events/places.ts';
import { analyzer, factsOf } from './helpers.ts';

describe('event places', () => {
  it('finds a capital after "in" with its country', () => {
    const r = analyzer.analyze({ text: 'Kenya met with Uganda in Nairobi on Friday.', published: '2024-03-13' });
    expect(r.events[0].location).toEqual({ name: 'Nairobi', country: 'KEN' });
  });
  it('finds multi-word places and aliases', () => {
    expect(factsOf('Israel met with Egypt in Sharm el-Sheikh.')[0].place).toBe('Sharm el-Sheikh');
    expect(analyzer.analyze({ text: 'Poland met with Ukraine in Kiev.', published: '2024-03-13' }).events[0].location).toEqual({ name: 'Kyiv', country: 'UKR' });
  });
  it('ignores lower-case words that spell a place ("nice")', () => {
    expect(factsOf('Kenya met with Uganda in nice weather.')[0].place).toBeNull();
  });
  it('rejects a gazetteer entry with a bad country code', () => {
    expect(() => compileGazetteer({ places: [['Atlantis', 'atl', 'city']] })).toThrow();
  });
});
