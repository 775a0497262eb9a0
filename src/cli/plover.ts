import { toPloverRecord, toTsvLine } from '../stages/events/export.ts';
import type { StoredEvent } from '../store/types.ts';

/**
 * One stored event as a PLOVER JSON record: the events stage's exporter (the manual's "Data
 * Fields"), with the store's id, evidence text and cross-article counts added.
 */
export function ploverRecord(e: StoredEvent): Record<string, unknown> {
  const record = toPloverRecord(e, { articleId: e.article.id === undefined ? null : String(e.article.id), index: e.id, article: e.article });
  return {
    ...record,
    id: `sitrep-${e.article.id}-${e.id}`,
    date: e.date ?? e.article.published,
    event_text: [e.evidenceText],
    article_count: e.articleCount,
    source_count: e.sourceCount,
  };
}

/** One stored event as a Phoenix/CAMEO-style TSV line (columns `TSV_COLUMNS` of the events stage). */
export function phoenixLine(e: StoredEvent): string {
  const line = toTsvLine({ ...e, evidence: [0, e.evidenceText.length], evidenceSpans: [[0, e.evidenceText.length]] }, {
    articleId: String(e.article.id), index: e.id - 1, text: e.evidenceText, article: e.article,
  });
  return line;
}
