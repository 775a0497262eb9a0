import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalizeDate } from '../core/dates.ts';
import type { Message } from '../core/types.ts';
import { compileCleanup, decodeEntities, domText, removeJunk, type Cleanup } from './cleanup.ts';

/** What a web page gives: body text and the metadata found around it. */
export interface HtmlExtraction {
  text: string;
  title: string | null;
  source: string | null;
  /** `YYYY-MM-DD` or null. */
  published: string | null;
  authors: string[];
  messages: Message[];
}

type Doc = ReturnType<typeof parseHTML>['document'];

const metaContent = (doc: Doc, ...names: string[]): string | null => {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content');
    if (v && v.trim()) return v.trim();
  }
  return null;
};

/** `datePublished` from JSON-LD blocks (read before scripts are removed). */
function jsonLdDate(doc: Doc): string | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    if (m) return m[1];
  }
  return null;
}

/** Drop a " | Site" or " - Site" suffix naming the publisher from a page title. */
function cleanTitle(title: string | null, site: string | null): string | null {
  if (!title) return null;
  let t = decodeEntities(title).replace(/\s+/g, ' ').trim();
  if (site) {
    const m = /^(.*\S)\s+[|\-–—·:]\s+(.+)$/.exec(t);
    if (m && m[2].toLowerCase() === site.toLowerCase()) t = m[1];
  }
  return t || null;
}

/** A leading "By Jane Roe" line repeats the byline; the analysis does not need it in the body. */
function dropByline(text: string, byline: string | null): string {
  const lines = text.split('\n\n');
  const i = lines.findIndex((l, k) => k < 3 && /^by\s+\p{Lu}/iu.test(l) && l.length < 120);
  if (i >= 0 && (!byline || lines[i].toLowerCase().includes(byline.toLowerCase().replace(/^by\s+/i, '').split(/[,\s]/)[0]))) lines.splice(i, 1);
  return lines.join('\n\n');
}

function splitAuthors(byline: string | null): string[] {
  if (!byline) return [];
  return byline.replace(/^by\s+/i, '').split(/\s*(?:,|\band\b|&)\s*/).map((s) => s.trim()).filter((s) => /^\p{Lu}/u.test(s) && s.length < 60);
}

/**
 * Extract an article from an HTML page: junk removed by the cleanup rules, then Readability (on
 * linkedom) picks the body; title, byline, site name and published date come from Readability and
 * the page's meta tags / JSON-LD. Falls back to the whole cleaned body when Readability finds no
 * article, with a message saying so.
 */
export function createHtmlExtractor(cleanup: Cleanup = compileCleanup()) {
  return (html: string, url?: string | null): HtmlExtraction => {
    const messages: Message[] = [];
    const { document } = parseHTML(html);
    const ldDate = jsonLdDate(document);
    const site = metaContent(document, 'og:site_name', 'application-name');
    const metaDate = metaContent(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date', 'DC.date.issued')
      ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? ldDate;
    removeJunk(document, cleanup);
    let parsed: ReturnType<Readability['parse']> = null;
    try {
      parsed = new Readability(document as unknown as globalThis.Document, { charThreshold: 200 }).parse();
    } catch (err) {
      messages.push({ rule: 'ingest/readability-failed', severity: 'warning', span: null, reason: `Readability failed: ${(err as Error).message}` });
    }
    let text: string;
    if (parsed?.content) {
      const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
      removeJunk(body, cleanup);
      text = domText(body.body, cleanup);
    } else {
      // Readability mutates the document it reads; re-parse for the fallback.
      const { document: again } = parseHTML(html);
      removeJunk(again, cleanup);
      text = domText(again.body ?? again, cleanup);
      messages.push({ rule: 'ingest/no-article', severity: 'info', span: null, reason: `${url ?? 'page'}: no article block found; using the whole page text` });
    }
    const byline = parsed?.byline ?? metaContent(document, 'author');
    const source = parsed?.siteName ?? site ?? null;
    const pageTitle = document.querySelector('title')?.textContent ?? null;
    return {
      text: dropByline(text, byline ?? null),
      title: cleanTitle(parsed?.title ?? pageTitle, source),
      source: source ? decodeEntities(source) : null,
      published: normalizeDate(parsed?.publishedTime ?? metaDate ?? null),
      authors: splitAuthors(byline ?? null),
      messages,
    };
  };
}
