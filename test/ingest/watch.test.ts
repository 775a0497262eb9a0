import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.ts';

const FEED = readFileSync(join(import.meta.dirname, 'fixtures', 'rss2.xml'));
let server: Server;
let base = '';
const seen: Array<string | undefined> = [];
const dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-'));

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers['if-none-match'] as string | undefined);
    if (req.headers['if-none-match'] === '"f1"') return res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"f1"' }).end(FEED);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (d) => (err += d));
  const code = await execute(args, { stdin: new PassThrough(), stdout: new PassThrough(), stderr, cwd: dir, env: {}, isTTY: false });
  return { code, err };
}

describe('sitrep watch', () => {
  it('refuses a loopback feed without --allow-private', async () => {
    const r = await run(['ingest', `${base}/feed`, '--db', join(dir, 'a.db')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/private or loopback/);
    expect(seen).toHaveLength(0);
  });

  it('polls with conditional requests: the second round is a 304 and stores nothing', async () => {
    const r = await run(['watch', `${base}/feed`, '--allow-private', '--every', '200ms', '--rounds', '2', '--delay', '10ms', '--db', join(dir, 'w.db')]);
    expect(r.code).toBe(0);
    expect(seen).toEqual([undefined, '"f1"']);
    expect(r.err).toMatch(/round 1[\s\S]*2 new, 0 already stored[\s\S]*round 2[\s\S]*0 new, 0 already stored, 0 failed, 1 unchanged/);
  });
});
