import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CITIES = ['Kessel', 'Varn', 'Ostra', 'Belmor', 'Tiva', 'Karsk', 'Lunden', 'Morvik'];
const dir = mkdtempSync(join(tmpdir(), 'sitrep-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 1,000 short invented articles, each with a unique marker word in its title and text. */
function writeCorpus(path: string): void {
  const lines: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const city = CITIES[i % CITIES.length];
    lines.push(JSON.stringify({
      id: `k${i}`, title: `Bulletin ${i}`, url: `https://bulletins.example/${i}`, published: `2025-06-${String(1 + (i % 28)).padStart(2, '0')}`,
      text: `Officials in ${city} said on Monday that convoy number ${i} had reached the depot. "We counted ${i * 7} crates," the harbour master of ${city} told reporters.`,
    }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

function count(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created or schema not there yet
  }
}

function ingest(corpus: string, db: string): ReturnType<typeof spawn> {
  return spawn(process.execPath, [join(ROOT, 'bin', 'sitrep.js'), 'ingest', corpus, '--db', db, '--quiet'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

describe('crash safety', () => {
  it('survives SIGKILL mid-ingest: a re-run stores every article exactly once', async () => {
    const corpus = join(dir, 'corpus.jsonl');
    const db = join(dir, 'kill.db');
    writeCorpus(corpus);

    const child = ingest(corpus, db);
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    let seen = 0;
    while (seen < 100) {
      await new Promise((r) => setTimeout(r, 50));
      seen = count(db);
    }
    child.kill('SIGKILL');
    await exited;
    const atKill = count(db);
    expect(atKill).toBeGreaterThanOrEqual(100);
    expect(atKill).toBeLessThan(1000);

    const rerun = ingest(corpus, db);
    let err = '';
    rerun.stderr!.on('data', (d) => (err += d));
    const code = await new Promise<number>((r) => rerun.on('exit', (c) => r(c ?? -1)));
    expect(code).toBe(0);
    expect(err).toMatch(new RegExp(`${1000 - atKill} new, ${atKill} already stored, 0 failed`));

    const d = new Database(db, { readonly: true });
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
    const titles = (d.prepare('SELECT title FROM articles').all() as Array<{ title: string }>).map((r) => r.title);
    expect(titles).toHaveLength(1000);
    expect(new Set(titles).size).toBe(1000);
    for (let i = 0; i < 1000; i++) expect(titles).toContain(`Bulletin ${i}`);
    const orphans = d.prepare('SELECT COUNT(*) AS n FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)').get() as { n: number };
    expect(orphans.n).toBe(0);
    d.close();
  }, 180_000);
});
