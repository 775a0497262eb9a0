import { runCli } from '../helpers.ts';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';

const FIX = join(import.meta.dirname, 'fixtures');
const INGEST_FIX = join(import.meta.dirname, '..', 'ingest', 'fixtures');
let dir: string;
let db: string;

async function run(args: string[]) {
  const r = await runCli(args, '', dir);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  db = join(dir, 'test.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep ingest', () => {
  it('stores an original and its syndicated copy as one story, two articles, two sources; a re-run changes nothing', async () => {
    const first = await run(['ingest', join(FIX, 'syndicated.xml'), '--db', db]);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/3 new, 0 already stored, 0 failed/);
    const store = openStore(db);
    const stories = await store.stories();
    const river = stories.items.find((s) => s.articles === 2);
    expect(river).toMatchObject({ articles: 2, sources: 2 });
    expect(stories.total).toBe(2);
    const copies = await store.articles({ story: river!.id });
    expect(copies.items.map((a) => a.source).sort()).toEqual(['Lakeland Post', 'Mixed Wire']);
    const before = await store.stats();
    await store.close();
    const size = statSync(db).size;

    const again = await run(['ingest', join(FIX, 'syndicated.xml'), '--db', db]);
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/0 new, 3 already stored/);
    const store2 = openStore(db);
    expect(await store2.stats()).toEqual(before);
    await store2.close();
    expect(statSync(db).size).toBe(size);
  });

  it('ingests an OPML list of RSS 2.0, RSS 1.0 and Atom feeds, each feed once', async () => {
    const r = await run(['ingest', join(INGEST_FIX, 'feeds.opml'), '--db', join(dir, 'opml.db')]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/6 new, 0 already stored, 0 failed/);
    const list = await run(['articles', '--db', join(dir, 'opml.db'), '--format', 'csv']);
    const rows = list.out.trim().split('\n');
    expect(rows[0]).toBe('id,published,source,title,url,story_id,story_size,actors,quotes,events,positions,length,ingested_at');
    expect(rows).toHaveLength(7);
    expect(list.out).toContain('Coastline Dispatch');
  });

  it('reads HTML pages and text files, and reports a missing file with exit 2 without harming the database', async () => {
    const text = join(dir, 'note.txt');
    writeFileSync(text, 'Mayor Ruth Ellery of Dunmore said on Friday that the harbour would reopen next week.\n');
    const r = await run(['ingest', join(INGEST_FIX, 'page.html'), text, join(dir, 'nope.xml'), '--db', join(dir, 'mixed.db')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nope\.xml/);
    expect(r.err).toMatch(/2 new, 0 already stored, 1 failed/);
    const store = openStore(join(dir, 'mixed.db'));
    const titles = (await store.articles()).items.map((a) => a.title);
    await store.close();
    expect(titles).toContain('Envoys agree on prisoner swap');
  });

  it('rejects unknown options and bad values with exit 1', async () => {
    expect((await run(['ingest', 'x.xml', '--bogus'])).code).toBe(1);
    expect((await run(['watch', 'x.opml', '--every', 'often'])).code).toBe(1);
    expect((await run(['events', '--db', db, '--since', '2025-13-45'])).code).toBe(1);
    expect((await run(['events', '--db', db, '--format', 'xml'])).code).toBe(1);
    expect((await run(['quotes', '--db', db, '--limit', '0'])).code).toBe(1);
  });

  it('refuses to query a database that does not exist (exit 2)', async () => {
    const r = await run(['events', '--db', join(dir, 'none.db')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no database yet/);
  });
});

describe('query commands', () => {
  it('prints quotes as JSONL and CSV, filtered by speaker and words', async () => {
    const all = await run(['quotes', '--db', db]);
    expect(all.code).toBe(0);
    const jsonl = await run(['quotes', '--db', db, '--search', 'checkpoints']);
    const lines = jsonl.out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const q of lines) expect(q.quoteText).toContain('checkpoints');
    const csv = await run(['quotes', '--db', db, '--search', 'checkpoints', '--format', 'csv']);
    expect(csv.out.split('\n')[0]).toBe('date,speaker_name,speaker_code,kind,quote,article_id,article_source,url,start,end,co_speakers');
  });

  it('lists co-speakers in the CSV and finds a quote by one of them', async () => {
    const file = join(dir, 'joint.txt');
    writeFileSync(file, 'Border talks\n\nPoland and Ukraine said the border crossing at Dorohusk would reopen on Friday.\n');
    const jointDb = join(dir, 'joint.db');
    expect((await run(['ingest', file, '--db', jointDb])).code).toBe(0);
    const csv = await run(['quotes', '--db', jointDb, '--speaker', 'POL', '--format', 'csv']);
    const rows = csv.out.trim().split('\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('Ukraine');
    expect(rows[1].endsWith(',Poland (POL)')).toBe(true);
  });

  it('prints events as CSV/TSV with GDELT-like columns, and as PLOVER records', async () => {
    const csv = await run(['events', '--db', db, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.out.split('\n')[0]).toBe('date,source_code,source_name,source_country,target_code,target_name,target_country,type,mode,cameo,quad_class,score,factuality,location,location_country,article_count,source_count,article_id,article_source,url,evidence_start,evidence_end,evidence_text');
    const tsv = await run(['events', '--db', db, '--format', 'tsv']);
    expect(tsv.out.split('\n')[0].split('\t')).toHaveLength(23);
    const plover = await run(['events', '--db', db, '--format', 'plover']);
    const records = plover.out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(records.length).toBeGreaterThan(0);
    for (const rec of records) {
      expect(rec.id).toMatch(/^sitrep-\d+-\d+$/);
      expect(rec.event).toHaveLength(1);
      expect(typeof rec.event_text[0]).toBe('string');
      expect(rec.event_text[0].length).toBeGreaterThan(0);
      expect(rec.coder).toBe('sitrep');
      expect(rec.actor[0]).toHaveProperty('entity_text');
    }
    const phoenix = await run(['events', '--db', db, '--format', 'phoenix']);
    const [head, ...lines] = phoenix.out.trim().split('\n');
    expect(head.split('\t')).toContain('root_cameo');
    expect(lines.length).toBe(records.length);
    for (const line of lines) {
      const cols = line.split('\t');
      expect(cols).toHaveLength(head.split('\t').length);
      expect(cols[head.split('\t').indexOf('plover_type')]).toMatch(/^[A-Z]+$/);
      expect(cols[head.split('\t').indexOf('text')].length).toBeGreaterThan(0);
    }
  });

  it('lists actors and prints one stored report', async () => {
    const actors = await run(['actors', '--db', db]);
    expect(actors.code).toBe(0);
    expect(actors.out.split('\n')[0]).toBe('code\tname\tarticles\tmentions\tfirst_seen\tlast_seen');
    const rep = await run(['articles', '--db', db, '--report', '1']);
    expect(JSON.parse(rep.out).text).toMatch(/^Lakeland and Moravia agreed on Sunday/);
    expect((await run(['articles', '--db', db, '--report', '999'])).code).toBe(2);
  });
});
