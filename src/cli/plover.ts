import type { StoredEvent } from '../store/types.ts';

const QUAD_CODE = { 'verbal-cooperation': 1, 'material-cooperation': 2, 'verbal-conflict': 3, 'material-conflict': 4 } as const;

/**
 * One stored event as a PLOVER JSON record (field names from the PLOVER manual's "Data Fields"
 * chapter). A minimal mapping kept here until the events stage ships its own exporter.
 */
export function ploverRecord(e: StoredEvent): Record<string, unknown> {
  const entity = (a: { name: string; code: string } | null) => (a ? [{ code: a.code || null, name: a.name }] : []);
  return {
    id: `sitrep-${e.article.id}-${e.id}`,
    date: e.date ?? e.article.published,
    actor: entity(e.source),
    recipient: entity(e.target),
    event: [e.type],
    mode: e.mode ? [e.mode] : [],
    event_loc: e.location ? { name: e.location.name, country: e.location.country } : null,
    event_text: [e.evidenceText],
    quad_code: e.quad ? QUAD_CODE[e.quad] : null,
    event_scale: e.score,
    cite_info: { url: e.article.url, source: e.article.source, title: e.article.title, published: e.article.published },
    comment: e.factuality === 'asserted' ? null : e.factuality,
    cameo: e.cameo || null,
    article_count: e.articleCount,
    source_count: e.sourceCount,
  };
}
