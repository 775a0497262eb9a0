import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SitrepError } from '../core/errors.ts';
import type { ArticleInput, Message } from '../core/types.ts';
import type { IngestMeta, Store } from '../store/types.ts';
import { articleFromRecord } from './records.ts';
import { fragmentText } from './cleanup.ts';
import { decodeDocument } from './encoding.ts';
import { looksLikeFeed, parseFeed, type Feed } from './feed.ts';
import { fetchUrl, type FetchOptions } from './fetch.ts';
import type { HtmlExtraction } from './html.ts';
import { looksLikeOpml, parseOpml } from './opml.ts';
import type { Cleanup } from './cleanup.ts';

/** One article ready for analysis, with where it came from and what reading it taught us. */
export interface Candidate {
  input: ArticleInput;
  meta: IngestMeta;
  messages: Message[];
}

/** Something that could not be read; ingest goes on with the next item. */
export interface SourceFailure {
  error: string;
  where: string;
}

export interface SourceContext {
  cwd: string;
  cleanup: Cleanup;
  extractHtml: (html: string, url?: string | null) => HtmlExtraction;
  fetch: FetchOptions;
  maxBytes: number;
  /** Fetch an item's page when the feed carries less than `followBelow` characters of text. */
  follow: boolean;
  followBelow?: number;
  /** For conditional requests: validators are read from and saved to the store. */
  store?: Store;
  /** Called for a URL that answered 304 Not Modified. */
  onUnchanged?: (url: string) => void;
}

type Kind = 'feed' | 'opml' | 'html' | 'jsonl' | 'text';

/** Decide what a document is from its name, media type and first bytes. */
export function sniffKind(name: string, text: string, contentType: string | null = null): Kind {
  const head = text.slice(0, 4096).trimStart();
  const ext = extname(name.split(/[?#]/)[0]).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson' || /json/.test(contentType ?? '')) return 'jsonl';
  if (looksLikeOpml(head)) return 'opml';
  if (head.startsWith('<?xml') || /xml/.test(contentType ?? '')) return looksLikeFeed(head) ? 'feed' : 'html';
  if (looksLikeFeed(head) && !/^<!doctype html|^<html/i.test(head)) return 'feed';
  if (head.startsWith('{') && !contentType) return 'jsonl';
  if (/^(?:<!doctype html|<html|<head|<body)/i.test(head) || ext === '.html' || ext === '.htm' || /html/.test(contentType ?? '')) return 'html';
  return 'text';
}

/** Read a local file's bytes with the CLI's error codes (E004 missing, E005 directory, E003 too large). */
export function readBytes(path: string, maxBytes: number): Buffer {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new SitrepError(code === 'ENOENT' ? 'E004' : 'E009', path);
  }
  if (st.isDirectory()) throw new SitrepError('E005', path);
  if (st.size > maxBytes) throw new SitrepError('E003', `${path} is ${st.size} bytes, over the ${maxBytes}-byte limit`);
  return readFileSync(path);
}

function* fromFeed(feed: Feed, feedUrl: string, ctx: SourceContext): Generator<Candidate> {
  for (const item of feed.items) {
    const messages = [...feed.messages];
    yield {
      input: {
        text: fragmentText(item.html, ctx.cleanup), title: item.title, url: item.link, published: item.published, authors: item.authors,
      },
      // The publisher is left to the feed footer ("appeared first on …"); the feed title is the fallback.
      meta: { url: item.link, feedUrl, guid: item.guid, source: feed.title, kind: 'feed' },
      messages,
    };
  }
}

/** Replace a short feed text by the linked page's article, when asked to and when it reads. */
async function follow(c: Candidate, ctx: SourceContext): Promise<Candidate> {
  const link = c.input.url;
  if (!ctx.follow || !link || !/^https?:/i.test(link) || c.input.text.length >= (ctx.followBelow ?? 500)) return c;
  try {
    const page = await fetchUrl(link, ctx.fetch);
    const d = decodeDocument(page.body, page.url, page.contentType);
    const x = ctx.extractHtml(d.text, page.url);
    if (x.text.length <= c.input.text.length) return c;
    return {
      input: { ...c.input, text: x.text, title: c.input.title ?? x.title, published: c.input.published ?? x.published, authors: c.input.authors?.length ? c.input.authors : x.authors },
      meta: { ...c.meta, kind: 'feed+html', source: x.source ?? c.meta.source },
      messages: [...c.messages, ...d.messages, ...x.messages],
    };
  } catch (err) {
    return { ...c, messages: [...c.messages, { rule: 'ingest/follow-failed', severity: 'warning', span: null, reason: `kept the feed text: ${(err as Error).message}` }] };
  }
}

/**
 * Every article a target yields: a feed's items, an OPML list's feeds' items, a page, a JSONL
 * file's lines or a text file. `target` is a path (relative to `ctx.cwd`), `-` for `stdinBytes`,
 * or an http(s)/file URL. Unreadable items come out as SourceFailures; an unreadable target throws.
 */
export async function* candidates(target: string, ctx: SourceContext, depth = 0, stdinBytes?: Uint8Array): AsyncGenerator<Candidate | SourceFailure> {
  let bytes: Uint8Array;
  let where: string;
  let contentType: string | null = null;
  let base: string | null;
  if (/^https?:\/\//i.test(target)) {
    const prev = ctx.store ? await ctx.store.fetchState(target) : null;
    const res = await fetchUrl(target, { ...ctx.fetch, maxBytes: ctx.maxBytes, etag: prev?.etag, lastModified: prev?.lastModified });
    if (ctx.store) await ctx.store.saveFetchState({ url: target, etag: res.etag, lastModified: res.lastModified, checkedAt: new Date().toISOString(), status: res.status });
    if (res.notModified) {
      ctx.onUnchanged?.(target);
      return;
    }
    [bytes, where, contentType, base] = [res.body, res.url, res.contentType, res.url];
  } else if (target === '-' && stdinBytes) {
    [bytes, where, base] = [stdinBytes, 'standard input', null];
  } else {
    const path = target.startsWith('file:') ? fileURLToPath(target) : resolve(ctx.cwd, target);
    [bytes, where, base] = [readBytes(path, ctx.maxBytes), path, pathToFileURL(path).href];
  }
  const decoded = decodeDocument(bytes, where, contentType);
  const kind = sniffKind(where, decoded.text, contentType);
  if (kind === 'opml') {
    if (depth > 0) throw new SitrepError('E010', `${where}: an OPML list inside an OPML list`);
    const { feeds, messages } = parseOpml(decoded.text, base);
    for (const m of messages) yield { error: m.reason, where };
    for (const f of feeds) {
      try {
        yield* candidates(f.xmlUrl, ctx, depth + 1);
      } catch (err) {
        yield { error: (err as Error).message, where: f.xmlUrl };
      }
    }
  } else if (kind === 'feed') {
    const feed = parseFeed(decoded.text, base);
    feed.messages.unshift(...decoded.messages);
    for (const c of fromFeed(feed, base ?? where, ctx)) yield await follow(c, ctx);
  } else if (kind === 'jsonl') {
    const lines = decoded.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trim()) continue;
      try {
        const input = articleFromRecord(JSON.parse(lines[i]), ctx.extractHtml);
        yield { input, meta: { url: input.url ?? null, kind: 'jsonl' }, messages: [] };
      } catch (err) {
        yield { error: `line ${i + 1}: ${(err as Error).message}`, where };
      }
    }
  } else if (kind === 'html') {
    const x = ctx.extractHtml(decoded.text, base);
    const url = base && /^https?:/i.test(base) ? base : null;
    yield {
      input: { text: x.text, title: x.title, source: x.source, published: x.published, authors: x.authors, url },
      meta: { url, kind: 'html' }, messages: [...decoded.messages, ...x.messages],
    };
  } else {
    yield { input: { text: decoded.text }, meta: { kind: 'text' }, messages: decoded.messages };
  }
}
