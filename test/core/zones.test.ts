import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analyzer.ts';

const body = [
  'Officials from Norway and Chile met on Wednesday in Oslo to discuss fishing quotas.',
  '“We made progress,” the Chilean envoy said.',
];

describe('zones: body vs. trailer', () => {
  const analyzer = createAnalyzer();

  it('reads credits, bios and a feed footer, and ends the body before them', () => {
    const text = [
      ...body,
      'Lena Ortiz and Tomas Berg contributed reporting.',
      'Priya N. Raman is a diplomatic correspondent for The Ledger, covering Europe.',
      'Sam Okafor is the Oslo bureau chief for The Ledger. He writes about the Nordic countries.',
      'The post Norway and Chile Edge Toward a Fishing Deal appeared first on The Ledger.',
    ].join('\n');
    const doc = analyzer.process({ text });
    expect(doc.bodyEnd).toBe(text.indexOf('Lena Ortiz'));
    expect(doc.article.title).toBe('Norway and Chile Edge Toward a Fishing Deal');
    expect(doc.article.source).toBe('The Ledger');
    expect(doc.article.authors).toEqual(['Priya N. Raman', 'Sam Okafor']);
    expect(doc.article.contributors).toEqual(['Lena Ortiz', 'Tomas Berg']);
    expect(doc.bodySentences().every((s) => s.end <= doc.bodyEnd)).toBe(true);
    expect(doc.inBody(text.indexOf('Oslo'))).toBe(true);
    expect(doc.inBody(text.indexOf('Priya'))).toBe(false);
  });

  it('keeps the title and source the caller passed over the footer', () => {
    const text = [...body, 'The post Some Headline appeared first on Some Site.'].join('\n');
    const doc = analyzer.process({ text, title: 'Given', source: 'Given Source' });
    expect(doc.article.title).toBe('Given');
    expect(doc.article.source).toBe('Given Source');
    expect(doc.bodyEnd).toBe(text.indexOf('The post'));
  });

  it('leaves an article without a trailer whole, even if a body line mentions a correspondent', () => {
    const text = [...body, 'The envoy is a former correspondent, officials said.'].join('\n');
    const doc = analyzer.process({ text });
    expect(doc.bodyEnd).toBe(text.length);
    expect(doc.article.authors).toEqual([]);
  });

  it('does not treat the first paragraph as a trailer', () => {
    const text = 'Mara Quist contributed reporting.';
    expect(analyzer.process({ text }).bodyEnd).toBe(text.length);
  });
});
