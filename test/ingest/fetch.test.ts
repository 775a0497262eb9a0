import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl } from '../../src/ingest/fetch.ts';
import { isPrivateAddress, Politeness } from '../../src/ingest/net.ts';

let server: Server;
let base = '';
const hits: Record<string, number> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits[path] = (hits[path] ?? 0) + 1;
    if (path === '/feed') {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      return res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Mon, 02 Jun 2025 10:00:00 GMT' }).end('<rss><channel/></rss>');
    }
    if (path === '/gz') return res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('compressed body'));
    if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      return n === 0 ? res.writeHead(200).end('arrived') : res.writeHead(302, { location: `/hop/${n - 1}` }).end();
    }
    if (path === '/big') return res.writeHead(200).end('x'.repeat(5000));
    if (path === '/slow') return setTimeout(() => res.writeHead(200).end('late'), 2000).unref();
    if (path === '/missing') return res.writeHead(404).end();
    res.writeHead(200).end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const local = { allowPrivate: true };

describe('fetchUrl', () => {
  it('refuses loopback addresses unless allowed', async () => {
    await expect(fetchUrl(`${base}/`)).rejects.toThrow(/private or loopback address/);
    expect(hits['/']).toBeUndefined();
    expect((await fetchUrl(`${base}/`, local)).body.toString()).toBe('ok');
  });

  it('classifies private, loopback and link-local addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', 'fd00::5', '::ffff:127.0.0.1', '0.0.0.0']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['93.184.216.34', '2606:4700::1111', '8.8.8.8']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('sends validators and reports 304 Not Modified', async () => {
    const first = await fetchUrl(`${base}/feed`, local);
    expect(first).toMatchObject({ status: 200, etag: '"v1"', lastModified: 'Mon, 02 Jun 2025 10:00:00 GMT', notModified: false });
    const again = await fetchUrl(`${base}/feed`, { ...local, etag: first.etag, lastModified: first.lastModified });
    expect(again.notModified).toBe(true);
    expect(again.body.length).toBe(0);
  });

  it('follows a bounded number of redirects', async () => {
    const ok = await fetchUrl(`${base}/hop/3`, local);
    expect(ok.body.toString()).toBe('arrived');
    expect(ok.url).toBe(`${base}/hop/0`);
    await expect(fetchUrl(`${base}/hop/9`, { ...local, maxRedirects: 4 })).rejects.toThrow(/more than 4 redirects/);
  });

  it('decompresses gzip, caps the size, times out and reports HTTP errors', async () => {
    expect((await fetchUrl(`${base}/gz`, local)).body.toString()).toBe('compressed body');
    await expect(fetchUrl(`${base}/big`, { ...local, maxBytes: 1000 })).rejects.toThrow(/limit/);
    await expect(fetchUrl(`${base}/slow`, { ...local, timeoutMs: 200 })).rejects.toThrow(/timed out/);
    await expect(fetchUrl(`${base}/missing`, local)).rejects.toThrow(/HTTP 404/);
    await expect(fetchUrl('ftp://example.org/x')).rejects.toThrow(/unsupported protocol/);
  });

  it('spaces requests to one host', async () => {
    const polite = new Politeness(150);
    const t0 = Date.now();
    await Promise.all([1, 2, 3].map(() => fetchUrl(`${base}/`, { ...local, politeness: polite })));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
  });
});
