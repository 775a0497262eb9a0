import { describe, expect, it } from 'vitest';
import { analyzer } from './helpers.ts';

describe('one event, several mentions', () => {
  it('merges two reports of the same event into one with two evidence spans', () => {
    const text = 'Kenya met with Uganda on Friday.\nOfficials said Kenya met with Uganda on Friday to discuss trade.';
    const r = analyzer.analyze({ text, published: '2024-03-13' });
    const consult = r.events.filter((e) => e.type === 'CONSULT');
    expect(consult).toHaveLength(1);
    expect(consult[0].evidenceSpans).toHaveLength(2);
    expect(consult[0].evidence).toEqual((consult[0].evidenceSpans as number[][])[0]);
  });
  it('keeps events on different dates apart', () => {
    const text = 'Kenya met with Uganda on Friday.\nKenya met with Uganda again on Monday.';
    expect(analyzer.analyze({ text, published: '2024-03-13' }).events.filter((e) => e.type === 'CONSULT')).toHaveLength(2);
  });
  it('joins a verb and its nominal in one sentence ("attacked X with drone strikes")', () => {
    const r = analyzer.analyze({ text: 'Russia attacked Georgia with drone strikes.', published: '2024-03-13' });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ type: 'ASSAULT', mode: 'drone', target: { code: 'GEO' } });
  });
  it('reports every span with offsets into the text', () => {
    const text = 'Poland accused Germany of fraud.';
    const e = analyzer.analyze({ text, published: '2024-03-13' }).events[0];
    expect(text.slice(...(e.trigger as [number, number]))).toBe('accused');
    expect(text.slice(e.evidence[0], e.evidence[1])).toBe('Poland accused Germany');
  });
  it('gives "another attack" the recipient of the earlier attack by the same country', () => {
    const r = analyzer.analyze({ text: 'Russia attacked Georgia on Monday.\nOn Tuesday, Russia launched another attack.', published: '2024-03-13' });
    const later = r.events.find((e) => e.date === '2024-03-12');
    expect(later).toMatchObject({ type: 'ASSAULT', source: { code: 'RUS' }, target: { code: 'GEO' } });
  });
});
