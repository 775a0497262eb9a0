import type { Page } from '../types.ts';

/**
 * The day a date stands for in range filters: `YYYY-MM-DD` as is, `YYYY-MM` and `YYYY` padded to
 * their first day, anything else null.
 */
export function dayOf(date: string | null | undefined): string | null {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  return null;
}

/**
 * How publishers are told apart when counting distinct sources: the host the article was read
 * from (without `www.`), else the lower-cased publisher name. The host comes first because a
 * syndicated copy keeps the original's name in its footer but lives on another site.
 */
export function sourceKey(source: string | null, url: string | null): string {
  if (url && /^https?:/i.test(url)) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      /* not a URL: fall through */
    }
  }
  return source && source.trim() ? source.trim().toLowerCase() : '';
}

/** Publisher to show when the article named none: its host. */
export function displaySource(source: string | null, url: string | null): string | null {
  if (source) return source;
  const k = sourceKey(null, url);
  return k || null;
}

/**
 * Turn what a user typed into an FTS5 query: every whitespace-separated term becomes a quoted
 * phrase (so `cease-fire` means the words "cease fire" in a row rather than a syntax error),
 * terms are ANDed, a trailing `*` keeps prefix search, and `OR` is passed through.
 */
export function ftsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const raw of input.trim().split(/\s+/)) {
    if (!raw) continue;
    if (raw === 'OR') {
      if (terms.length > 0) terms.push('OR');
      continue;
    }
    const prefix = raw.endsWith('*');
    const word = raw.replace(/\*+$/, '').replace(/"/g, '');
    if (!/[\p{L}\p{N}]/u.test(word)) continue;
    terms.push(`"${word}"${prefix ? '*' : ''}`);
  }
  while (terms[terms.length - 1] === 'OR') terms.pop();
  return terms.length > 0 ? terms.join(' ') : null;
}

/** Clamp paging: limit 1..10 000 (default 100), offset ≥ 0. */
export function paging(p: Page): { limit: number; offset: number } {
  const limit = Math.min(10_000, Math.max(1, Math.floor(p.limit ?? 100)));
  const offset = Math.max(0, Math.floor(p.offset ?? 0));
  return { limit, offset };
}

/** Accumulates WHERE clauses and their parameters. */
export class Where {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  add(clause: string, ...params: unknown[]): this {
    this.clauses.push(clause);
    this.params.push(...params);
    return this;
  }

  toString(): string {
    return this.clauses.length > 0 ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

/** Escape LIKE wildcards so user text matches literally (with `ESCAPE '\\'`). */
export const likeEscape = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
