import { csvCell } from '../core/csv.ts';
import type { StoredEvent } from '../store/types.ts';

/** Flat columns of the CSV export: one row per stored event. */
const COLUMNS: Array<[string, (e: StoredEvent) => unknown]> = [
  ['id', (e) => e.id],
  ['date', (e) => e.date],
  ['type', (e) => e.type],
  ['mode', (e) => e.mode],
  ['quad', (e) => e.quad],
  ['cameo', (e) => e.cameo],
  ['source_name', (e) => e.source?.name],
  ['source_code', (e) => e.source?.code],
  ['target_name', (e) => e.target?.name],
  ['target_code', (e) => e.target?.code],
  ['location', (e) => e.location?.name],
  ['location_country', (e) => e.location?.country],
  ['factuality', (e) => e.factuality],
  ['evidence_start', (e) => e.evidence?.[0]],
  ['evidence_end', (e) => e.evidence?.[1]],
  ['evidence_text', (e) => e.evidenceText],
  ['article_id', (e) => e.article?.id],
  ['article_title', (e) => e.article?.title],
  ['article_source', (e) => e.article?.source],
  ['article_url', (e) => e.article?.url],
  ['article_published', (e) => e.article?.published],
  ['article_count', (e) => e.articleCount],
  ['source_count', (e) => e.sourceCount],
];

/** One CSV field: the shared cell writer (src/core/csv.ts), formula-injection guard included. */
export const csvField = csvCell;

/** Events as CSV text with a header row, CRLF line ends. */
export function eventsCsv(events: readonly StoredEvent[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const e of events) lines.push(COLUMNS.map(([, get]) => csvField(get(e))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Events as JSON lines, one object per line. */
export function eventsJsonl(events: readonly StoredEvent[]): string {
  return events.map((e) => `${JSON.stringify(e)}\n`).join('');
}
