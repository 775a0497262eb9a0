import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analyzer.ts';
import { buildDoc, splitParagraphs } from '../../src/core/tokenize.ts';

const meta = { title: null, source: null, url: null, published: null, authors: [], contributors: [] };

describe('document model', () => {
  const text = 'Foreign Minister Anna Kowal said on Tuesday that talks “can’t wait.”\r\n\r\nThe U.S.-Polish deal — worth $1,000 — was signed.  It ended   a long row.';
  const doc = buildDoc('t1', text, meta);

  it('gives every token exact [start, end) offsets into the text', () => {
    expect(doc.tokenCount).toBeGreaterThan(20);
    for (let i = 0; i < doc.tokenCount; i++) {
      const t = doc.token(i);
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.text.trim()).toBe(t.text);
      expect(t.lower).toBe(t.text.toLowerCase());
      if (i > 0) expect(t.start).toBeGreaterThanOrEqual(doc.ends[i - 1]);
    }
    expect(doc.tokenText(doc.tokenAt(text.indexOf('Kowal')))).toBe('Kowal');
  });

  it('tags parts of speech', () => {
    const said = doc.tokenAt(text.indexOf('said'));
    expect(doc.pos[said]).toBe('VERB');
    expect(doc.pos[doc.tokenAt(text.indexOf('Anna'))]).toBe('PROPN');
  });

  it('never runs a sentence across a paragraph break and ties each sentence to its paragraph', () => {
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Foreign Minister Anna Kowal said on Tuesday that talks “can’t wait.”',
      'The U.S.-Polish deal — worth $1,000 — was signed.',
      'It ended   a long row.',
    ]);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
    expect(doc.sentenceAt(text.indexOf('row'))).toBe(2);
    expect(doc.sentenceAt(0)).toBe(0);
  });

  it('goes on with a sentence after a quotation ending in "!" or "?" when a lower-case word follows', () => {
    const t = 'She shouted “Enough!” and left the hall. “Why?” he asked. “Go!” Then the doors closed.';
    const d = buildDoc('t2', t, meta);
    expect(d.sentences.map((s) => t.slice(s.start, s.end))).toEqual([
      'She shouted “Enough!” and left the hall.',
      '“Why?” he asked.',
      '“Go!”',
      'Then the doors closed.',
    ]);
  });

  it('splits paragraphs on line breaks, trimming blank space', () => {
    expect(splitParagraphs('  one\n\n two \r\nthree')).toEqual([[2, 5], [8, 11], [14, 19]]);
    expect(splitParagraphs('')).toEqual([]);
  });

  it('handles empty and whitespace-only text with a message instead of an error', () => {
    const report = createAnalyzer().analyze({ text: '   \n ' });
    expect(report.quotes).toEqual([]);
    expect(report.messages.map((m) => m.rule)).toContain('article/empty');
  });

  it('normalises the published date and flags an unreadable one', () => {
    const a = createAnalyzer();
    expect(a.analyze({ text: 'Hi.', published: '2024-02-29T10:00:00Z' }).article.published).toBe('2024-02-29');
    const bad = a.analyze({ text: 'Hi.', published: '2023-02-30' });
    expect(bad.article.published).toBeNull();
    expect(bad.messages.map((m) => m.rule)).toContain('article/bad-date');
  });
});
