import { captureIO } from '../helpers.ts';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const io = () => captureIO(dir);

describe('sitrep serve', () => {
  it('refuses a bad port or a short write token as usage errors', async () => {
    const a = io();
    expect(await execute(['serve', '--port', 'eighty'], a.io)).toBe(1);
    expect(a.err()).toContain('port');
    const b = io();
    expect(await execute(['serve', '--port', '0', '--write-token', 'short', '--db', join(dir, 'x.db')], b.io)).toBe(1);
    expect(b.err()).toContain('--write-token');
  });

  it('serves the API over a database until SIGTERM, printing its URL', async () => {
    const bin = join(process.cwd(), 'bin', 'sitrep.js');
    const child = spawn(process.execPath, [bin, 'serve', '--db', join(dir, 'serve.db'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code} before listening`)));
    });
    try {
      const articles = await fetch(new URL('/api/articles', url));
      expect(articles.status).toBe(200);
      expect(await articles.json()).toEqual({ items: [], total: 0 });
      const bad = await fetch(new URL('/api/events?since=not-a-date', url));
      expect(bad.status).toBe(400);
      // Read-only without a write token.
      const ingest = await fetch(new URL('/api/ingest', url), { method: 'POST', body: '{"text":"x"}', headers: { 'content-type': 'application/json' } });
      expect(ingest.status).toBe(403);
    } finally {
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
