import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.ts';

interface Expected { kind: string; text: string; cue: string | null; speaker: string }

describe('quotes golden article', () => {
  it('finds every quote of test/fixtures/quotes-article with its kind, cue and speaker', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'quotes-article');
    const text = readFileSync(join(dir, 'input.txt'), 'utf8');
    const expected = (JSON.parse(readFileSync(join(dir, 'quotes.expected.json'), 'utf8')) as { quotes: Expected[] }).quotes;
    const { quotes } = quotesOf(text);
    for (const e of expected) {
      const q = quotes.find((x) => x.text === e.text);
      expect(q, e.text).toBeDefined();
      expect(q!.kind, e.text).toBe(e.kind);
      expect(q!.cue, e.text).toBe(e.cue);
      expect(q!.speaker, e.text).toContain(e.speaker);
    }
  });
});
