import { describe, expect, it } from 'vitest';
import { analyzer } from './helpers.ts';

describe('unusual input', () => {
  it.each([
    ['empty', ''],
    ['punctuation only', '… — !!! ??? “ ” ,,,'],
    ['a trigger and nothing else', 'Attacked.'],
    ['a dangling gap pattern at the end', 'Poland raised the'],
    ['non-English text', 'Die Regierung hat am Montag Sanktionen gegen Russland verhängt.'],
    ['a very long sentence', `Poland accused Germany${', and Germany accused Poland'.repeat(400)}.`],
    ['dates without a publication date', 'Kenya met with Uganda three years ago, last Friday and on May 3.'],
  ])('does not crash on %s', (_name, text) => {
    const r = analyzer.analyze({ text, published: _name.startsWith('dates') ? null : '2024-03-13' });
    expect(Array.isArray(r.events)).toBe(true);
    for (const e of r.events) {
      expect(e.evidence[0]).toBeGreaterThanOrEqual(0);
      expect(e.evidence[1]).toBeLessThanOrEqual(text.length);
      expect(e.evidence[0]).toBeLessThan(e.evidence[1]);
    }
  });
});
