import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { runCli } from '../helpers.ts';
import { report, sequence } from './sequence.ts';

const db = join(mkdtempSync(join(tmpdir(), 'sitrep-positions-')), 'test.db');

beforeAll(async () => {
  const store = openStore(db);
  for (const a of sequence) await store.ingest(report(a), { url: `https://example.test/${a.id}` });
  await store.close();
});

describe('sitrep positions', () => {
  it('prints one JSON timeline per actor × issue with its shifts', async () => {
    const r = await runCli(['positions', '--db', db, '--actor', 'EST', '--issue', 'ceasefire']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    const [t] = lines;
    expect(t.actor.code).toBe('EST');
    expect(t.observations.map((o: { stance: string }) => o.stance)).toEqual(['demand', 'demand', 'drop', 'demand']);
    expect(t.shifts.map((s: { kind: string; date: string }) => `${s.kind} ${s.date}`)).toEqual(['drop 2024-02-02', 'resumption 2024-03-05']);
    expect(t.shifts[0].evidenceText).toBe('abandoned its call for a truce');
    expect(t.shifts[0].article.url).toBe('https://example.test/2');
  });

  it('prints CSV rows, only shift rows with --shifts', async () => {
    const r = await runCli(['positions', '--db', db, '--issue', 'ceasefire', '--format', 'csv', '--shifts']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n');
    expect(rows[0].split(',').slice(0, 6)).toEqual(['actor_code', 'actor_name', 'issue', 'date', 'stance', 'shift']);
    expect(rows.slice(1).map((l) => l.split(',').slice(0, 6).join(' '))).toEqual([
      'EST Estonia ceasefire 2024-02-02 drop drop',
      'EST Estonia ceasefire 2024-03-05 demand resumption',
      'LVA Latvia ceasefire 2024-03-05 accept reversal',
    ]);
  });

  it('prints convergences and filters by date', async () => {
    const r = await runCli(['positions', '--db', db, '--convergences']);
    expect(JSON.parse(r.stdout)).toMatchObject({ issue: 'ceasefire', side: 'for', date: '2024-03-05', actors: [{ code: 'EST' }, { code: 'LVA' }] });
    const early = await runCli(['positions', '--db', db, '--until', '2024-01-31']);
    const codes = early.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).observations.length);
    expect(codes).toEqual([1, 1]);
  });

  it('refuses a missing database and a bad date', async () => {
    const missing = await runCli(['positions', '--db', join(tmpdir(), 'no-such-sitrep.db')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/file not found/);
    expect((await runCli(['positions', '--db', db, '--since', 'May'])).code).toBe(1);
  });
});
