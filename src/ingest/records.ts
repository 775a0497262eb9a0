import { SitrepError } from '../core/errors.ts';
import type { ArticleInput } from '../core/types.ts';

/** One line of `--jsonl` batch input. */
export interface BatchRecord {
  id?: string | number;
  text?: string;
  html?: string;
  published?: string;
  title?: string;
  source?: string;
  url?: string;
}

/** Hook for HTML extraction, set by the ingest module when it is loaded (keeps core free of DOM code). */
export type HtmlExtractor = (html: string, url?: string) => { text: string; title?: string | null; source?: string | null; published?: string | null; authors?: string[] };

/**
 * Turn a parsed batch record into an ArticleInput. Throws SitrepError (E006/E010) with a reason that
 * ends up in that line's error record.
 */
export function articleFromRecord(rec: unknown, extractHtml?: HtmlExtractor): ArticleInput {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new SitrepError('E006', 'each line must be a JSON object');
  const r = rec as BatchRecord;
  const str = (v: unknown, name: string): string | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw new SitrepError('E006', `"${name}" must be a string`);
    return v;
  };
  const id = r.id === undefined || r.id === null ? undefined : String(r.id);
  const base = { id, published: str(r.published, 'published'), title: str(r.title, 'title'), source: str(r.source, 'source'), url: str(r.url, 'url') };
  const text = str(r.text, 'text');
  if (text !== undefined) return { ...base, text };
  const html = str(r.html, 'html');
  if (html !== undefined) {
    if (!extractHtml) throw new SitrepError('E010', '"html" input needs the HTML extractor');
    const x = extractHtml(html, base.url);
    return {
      ...base, text: x.text, title: base.title ?? x.title ?? undefined, source: base.source ?? x.source ?? undefined,
      published: base.published ?? x.published ?? undefined, authors: x.authors ?? [],
    };
  }
  throw new SitrepError('E006', 'a line needs "text" or "html"');
}
