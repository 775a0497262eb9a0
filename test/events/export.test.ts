import { describe, expect, it } from 'vitest';
import { TSV_COLUMNS, toPloverRecord, toTsvLine } from '../../src/stages/events/export.ts';
import { analyzer } from './helpers.ts';

const text = 'Kenya met with Uganda in Nairobi on Friday.';
const report = analyzer.analyze({ id: 'a1', text, published: '2024-03-13', url: 'https://example.org/a1' });
const ctx = { articleId: 'a1', index: 0, text, article: { url: 'https://example.org/a1', source: 'Example', title: 'T' } };

describe('exporters', () => {
  it('writes a PLOVER record with the manual\'s field names', () => {
    const rec = toPloverRecord(report.events[0], ctx);
    expect(rec).toMatchObject({
      id: 'a1-e1', date: '2024-03-08', event: ['CONSULT'], quad_code: 1, event_scale: 2.5, cameo: '040',
      actor: [{ code: 'KEN', sector: null, entity_text: 'Kenya' }], recipient: [{ code: 'UGA' }],
      event_loc: { resolved_place: 'Nairobi', country_code: 'KEN' }, event_text: ['Kenya met with Uganda'],
      cite_info: { url: 'https://example.org/a1' }, comment: null, has_event: true,
    });
  });
  it('notes non-asserted factuality and missing dates in the comment', () => {
    const e = { ...report.events[0], factuality: 'negated' as const, date: null };
    expect(toPloverRecord(e, ctx).comment).toBe('negated; date unresolved');
  });
  it('writes one TSV line with a value per column and no tabs inside values', () => {
    const line = toTsvLine(report.events[0], { ...ctx, text: 'x\ty' });
    const cells = line.split('\t');
    expect(cells).toHaveLength(TSV_COLUMNS.length);
    const row = Object.fromEntries(TSV_COLUMNS.map((c, i) => [c, cells[i]]));
    expect(row).toMatchObject({ date: '2024-03-08', year: '2024', month: '03', day: '08', source: 'KEN', target: 'UGA', cameo: '040', root_cameo: '04', quad_class: '1', plover_type: 'CONSULT', location: 'Nairobi' });
  });
  it('keeps month precision in the TSV date columns', () => {
    const cells = toTsvLine({ ...report.events[0], date: '2024-02' }, ctx).split('\t');
    expect(cells.slice(1, 5)).toEqual(['2024-02', '2024', '02', '']);
  });
});
