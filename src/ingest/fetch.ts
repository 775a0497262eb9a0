import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { isIP } from 'node:net';
import { guardedLookup, isPrivateAddress, Politeness } from './net.ts';

export interface FetchOptions {
  /** Allow loopback, private and link-local addresses (tests, intranets). */
  allowPrivate?: boolean;
  /** Whole-request deadline, headers and body, in ms (default 20 000). */
  timeoutMs?: number;
  /** Refuse bodies larger than this many bytes, after decompression (default 10 MB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** Conditional request validators from the last fetch. */
  etag?: string | null;
  lastModified?: string | null;
  userAgent?: string;
  politeness?: Politeness;
  signal?: AbortSignal;
}

export interface FetchResult {
  /** URL after redirects. */
  url: string;
  status: number;
  /** True on 304: nothing changed since the validators given. */
  notModified: boolean;
  body: Buffer;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
}

/** A fetch that failed for a reason worth one line to the user. */
export class FetchError extends Error {
  constructor(readonly url: string, message: string, readonly status: number | null = null) {
    super(`${url}: ${message}`);
    this.name = 'FetchError';
  }
}

const USER_AGENT = 'sitrep/0.1 (+https://github.com/sitrep; news analysis)';

function decompress(res: IncomingMessage): Readable {
  const enc = String(res.headers['content-encoding'] ?? '').toLowerCase();
  if (enc === 'gzip' || enc === 'x-gzip') return res.pipe(createGunzip());
  if (enc === 'deflate') return res.pipe(createInflate());
  if (enc === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

/** One request, no redirects followed. */
function once(url: URL, opts: FetchOptions, deadline: number): Promise<{ res: IncomingMessage; body: Buffer | null }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      'user-agent': opts.userAgent ?? USER_AGENT,
      'accept': 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, text/plain;q=0.8, */*;q=0.5',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'GET', headers, lookup: guardedLookup(opts.allowPrivate ?? false) as never, signal: opts.signal,
    });
    const left = deadline - Date.now();
    const timer = setTimeout(() => req.destroy(new Error(`timed out after ${opts.timeoutMs ?? 20000} ms`)), Math.max(1, left));
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304) {
        clearTimeout(timer);
        res.resume();
        return resolve({ res, body: null });
      }
      const max = opts.maxBytes ?? 10 * 1024 * 1024;
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > max) {
        clearTimeout(timer);
        req.destroy();
        return reject(new Error(`body of ${declared} bytes is over the ${max}-byte limit`));
      }
      const chunks: Buffer[] = [];
      let total = 0;
      const stream = decompress(res);
      stream.on('data', (c: Buffer) => {
        total += c.length;
        if (total > max) {
          req.destroy();
          stream.destroy(new Error(`body is over the ${max}-byte limit`));
          return;
        }
        chunks.push(c);
      });
      stream.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      stream.on('end', () => {
        clearTimeout(timer);
        resolve({ res, body: Buffer.concat(chunks) });
      });
    });
    req.end();
  });
}

/**
 * GET a URL politely: per-host turn-taking, a whole-request deadline, a body size cap, at most
 * `maxRedirects` redirects (http and https only), conditional validators (ETag/Last-Modified) and
 * private addresses refused unless allowed. Statuses ≥ 400 are FetchErrors; 304 is `notModified`.
 */
export async function fetchUrl(input: string, opts: FetchOptions = {}): Promise<FetchResult> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchError(input, 'not a valid URL');
  }
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(url.href, `unsupported protocol ${url.protocol}`);
    // Node connects to IP literals without calling `lookup`, so check those here.
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (!opts.allowPrivate && isIP(literal) && isPrivateAddress(literal)) {
      throw new FetchError(url.href, `${literal} is a private or loopback address (use --allow-private to fetch it)`);
    }
    await opts.politeness?.turn(url.host);
    let got: { res: IncomingMessage; body: Buffer | null };
    try {
      got = await once(url, opts, deadline);
    } catch (err) {
      throw new FetchError(url.href, (err as Error).message);
    }
    const { res, body } = got;
    const status = res.statusCode ?? 0;
    if (body === null) {
      const loc = res.headers.location;
      if (!loc) throw new FetchError(url.href, `redirect ${status} without a Location`, status);
      if (hop >= (opts.maxRedirects ?? 5)) throw new FetchError(input, `more than ${opts.maxRedirects ?? 5} redirects`, status);
      url = new URL(loc, url);
      continue;
    }
    if (status >= 400) throw new FetchError(url.href, `HTTP ${status}`, status);
    const h = (k: string): string | null => {
      const v = res.headers[k];
      return Array.isArray(v) ? v[0] ?? null : v ?? null;
    };
    return {
      url: url.href, status, notModified: status === 304, body,
      contentType: h('content-type'), etag: h('etag') ?? opts.etag ?? null, lastModified: h('last-modified') ?? opts.lastModified ?? null,
    };
  }
}
