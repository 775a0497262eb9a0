import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/core/csv.ts';
import { csvCell as cliCell } from '../../src/cli/tabular.ts';
import { csvField } from '../../src/server/export.ts';

describe('csvCell (every CSV sitrep writes)', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
  });

  it('guards text that a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes nothing for null and JSON for objects', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
  });

  it('is the same function for the CLI and the HTTP API', () => {
    expect(cliCell).toBe(csvCell);
    expect(csvField).toBe(csvCell);
  });
});
