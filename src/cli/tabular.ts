/** Delimited output that pandas (`read_csv`) and R (`read.csv`, `readr`) load without options. */
import type { Writable } from 'node:stream';
import { write } from './io.ts';

import { csvCell } from '../core/csv.ts';

export { csvCell };

/** One TSV field: tabs and line breaks become spaces (TSV has no quoting). */
export function tsvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return s.replace(/[\t\r\n]+/g, ' ');
}

/** A column: header name and how to read it from a row. */
export type Column<T> = [string, (row: T) => unknown];

/** Header line for the columns. */
export function header<T>(cols: Column<T>[], sep: ',' | '\t'): string {
  return `${cols.map(([n]) => n).join(sep)}\n`;
}

/** One row; `\n` line ends (both pandas and R accept them). */
export function row<T>(cols: Column<T>[], item: T, sep: ',' | '\t'): string {
  const cell = sep === ',' ? csvCell : tsvCell;
  return `${cols.map(([, get]) => cell(get(item))).join(sep)}\n`;
}

/** Write `items` as JSON lines, or as CSV/TSV rows under a header line (the query commands' output). */
export async function writeRows<T>(out: Writable, format: 'jsonl' | 'csv' | 'tsv', cols: Column<T>[], items: AsyncIterable<T>): Promise<void> {
  const sep = format === 'csv' ? ',' : '\t';
  if (format !== 'jsonl') await write(out, header(cols, sep));
  for await (const item of items) await write(out, format === 'jsonl' ? `${JSON.stringify(item)}\n` : row(cols, item, sep));
}
