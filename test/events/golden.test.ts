/**
 * Golden article for the events stage: test/fixtures/events-article/ holds an invented article
 * (input.txt, meta.json) and the events we expect from it, in brief form (events.expected.json,
 * written by hand). The article exercises dates ("on Tuesday", "on Friday", "in early February",
 * "two days after"), compounds, "they", passive voice, a participle clause, negation, a
 * conditional, a place, "we" in a quote (the speaker), and a credit line that must yield nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, analyzer } from './helpers.ts';

const dir = join(import.meta.dirname, '../fixtures/events-article');

describe('events golden article', () => {
  it('codes the expected events, in text order', () => {
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
    const text = readFileSync(join(dir, 'input.txt'), 'utf8');
    const report = analyzer.analyze({ ...meta, text });
    const expected = JSON.parse(readFileSync(join(dir, 'events.expected.json'), 'utf8'));
    expect(report.events.map(brief)).toEqual(expected);
    const credits = text.indexOf('Jan Nowak');
    expect(report.events.every((e) => e.evidence[1] <= credits)).toBe(true);
  });
});
