import type { ActorRef, Event, Span } from '../../core/types.ts';

/** What an exporter needs besides the event: where it comes from. */
export interface ExportContext {
  /** Article id (or any stable document key); events are numbered within it. */
  articleId: string | null;
  /** Position of the event in the report's `events` (0-based). */
  index: number;
  /** The document text, to fill `event_text`; omit to leave it out. */
  text?: string;
  article?: { url?: string | null; source?: string | null; title?: string | null; published?: string | null };
}

const spans = (e: Event): Span[] => (Array.isArray(e.evidenceSpans) ? (e.evidenceSpans as Span[]) : [e.evidence]);

function entity(r: ActorRef | null): Array<Record<string, string | null>> {
  if (!r) return [];
  const code = r.code || '';
  return [{ code: code.slice(0, 3) || null, sector: code.slice(3) || null, entity_text: r.name, identifier_id: r.actorId ?? null }];
}

/**
 * One event as a PLOVER JSON record, with the field names of the PLOVER manual's "Data Fields"
 * chapter (id, date, actor, recipient, event, mode, context, event_text, event_loc, quad_code,
 * event_scale, text_info, cite_info, coder, comment) plus `cameo`. Pure; one object per call.
 */
export function toPloverRecord(e: Event, ctx: ExportContext): Record<string, unknown> {
  const ev = spans(e);
  const comment = [e.factuality !== 'asserted' ? e.factuality : '', e.date ? '' : 'date unresolved'].filter(Boolean).join('; ');
  return {
    id: `${ctx.articleId ?? 'doc'}-e${ctx.index + 1}`,
    has_event: e.factuality === 'asserted',
    date: e.date,
    actor: entity(e.source),
    recipient: entity(e.target),
    event: [e.type],
    mode: e.mode ? [e.mode] : [],
    context: Array.isArray(e.context) ? e.context : [],
    event_loc: e.location ? { extracted_place: e.location.name, resolved_place: e.location.name, country_code: e.location.country } : null,
    event_text: ctx.text ? ev.map((s) => ctx.text!.slice(s[0], s[1])) : [],
    quad_code: typeof e.quadCode === 'number' ? e.quadCode : null,
    event_scale: typeof e.score === 'number' ? e.score : null,
    cameo: e.cameo,
    text_info: { start: e.evidence[0], end: e.evidence[1] },
    cite_info: ctx.article ? { url: ctx.article.url ?? null, publication: ctx.article.source ?? null, title: ctx.article.title ?? null } : null,
    coder: 'sitrep',
    codebook: 'plover-2.0',
    comment: comment || null,
  };
}

/** Columns of `toTsvLine`, Phoenix-style: date and dyad first, then codes, then provenance. */
export const TSV_COLUMNS = [
  'id', 'date', 'year', 'month', 'day', 'source', 'source_root', 'source_agent', 'target', 'target_root', 'target_agent',
  'cameo', 'root_cameo', 'quad_class', 'goldstein', 'plover_type', 'plover_mode', 'factuality',
  'source_name', 'target_name', 'location', 'country', 'url', 'text',
] as const;

const clean = (s: string | null | undefined) => (s ?? '').replace(/[\t\r\n]+/g, ' ').trim();

/**
 * One event as a tab-separated line in the Phoenix/CAMEO column order of `TSV_COLUMNS` (no
 * newline at the end). Dates keep their precision (`YYYY-MM` leaves `day` empty). Pure.
 */
export function toTsvLine(e: Event, ctx: ExportContext): string {
  const [year = '', month = '', day = ''] = (e.date ?? '').split('-');
  const s = e.source.code || '';
  const t = e.target?.code || '';
  const text = ctx.text ? spans(e).map((sp) => ctx.text!.slice(sp[0], sp[1])).join(' … ') : '';
  return [
    `${ctx.articleId ?? 'doc'}-e${ctx.index + 1}`, e.date ?? '', year, month, day,
    s, s.slice(0, 3), s.slice(3), t, t.slice(0, 3), t.slice(3),
    e.cameo, e.cameo.slice(0, 2), typeof e.quadCode === 'number' ? String(e.quadCode) : '',
    typeof e.score === 'number' ? String(e.score) : '', e.type, e.mode ?? '', e.factuality,
    e.source.name, e.target?.name ?? '', e.location?.name ?? '', e.location?.country ?? '', ctx.article?.url ?? '', text,
  ].map(clean).join('\t');
}
