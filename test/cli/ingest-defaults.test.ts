import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { runCli } from '../helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-defaults-'));

describe('sitrep ingest --published/--source', () => {
  it('dates and names plain text files that carry no metadata, so relative dates resolve', async () => {
    const txt = join(dir, 'note.txt');
    writeFileSync(txt, 'Chilean and Peruvian officials met in Lima on Tuesday to discuss fishing rights.\n');
    const db = join(dir, 'a.db');
    const r = await runCli(['ingest', txt, '--db', db, '--published', '2025-06-05', '--source', 'Andean Wire', '--quiet'], '', dir);
    expect(r.code).toBe(0);
    const store = openStore(db);
    try {
      const articles = (await store.articles()).items;
      expect(articles).toHaveLength(1);
      expect(articles[0]).toMatchObject({ published: '2025-06-05', source: 'Andean Wire' });
      const events = (await store.events({ type: 'CONSULT' })).items;
      expect(events.length).toBeGreaterThan(0);
      expect(events[0].date).toBe('2025-06-03');
    } finally {
      await store.close();
    }
  });

  it('refuses a malformed --published with a usage error', async () => {
    const r = await runCli(['ingest', 'x.txt', '--db', join(dir, 'b.db'), '--published', 'June 5'], '', dir);
    expect(r.code).toBe(1);
  });
});
