import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const article = 'Officials from Peru and Ecuador met on Monday in Lima.\nThe post Neighbours Meet in Lima appeared first on Andean Wire.\n';

describe('sitrep analyze', () => {
  it('prints a report whose text is the file, with the footer title and the published date', async () => {
    const r = await runCli(['analyze', file('a.txt', article), '--published', '2025-03-04']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.text).toBe(article);
    expect(report.article).toMatchObject({ title: 'Neighbours Meet in Lima', source: 'Andean Wire', published: '2025-03-04' });
    for (const key of ['actors', 'quotes', 'events', 'positions', 'messages']) expect(Array.isArray(report[key])).toBe(true);
  });

  it('reads standard input with - and prints one line with --format jsonl', async () => {
    const r = await runCli(['analyze', '-', '--format', 'jsonl', '--title', 'Given'], 'Short text here.');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).article.title).toBe('Given');
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /file not found/],
    ['a directory', () => dir, /is a directory/],
    ['binary junk', () => file('junk.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2])), /binary/],
  ])('refuses %s with exit 2 and one line on stderr', async (_name, path, reason) => {
    const r = await runCli(['analyze', path()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a 20 MB file without reading it, and says how to raise the limit', async () => {
    const p = join(dir, 'huge.txt');
    writeFileSync(p, '');
    truncateSync(p, 20 * 1024 * 1024);
    const r = await runCli(['analyze', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/20\.0 MB.*--max-bytes/);
  });

  it('reads text that is not valid UTF-8 as Windows-1252, with a message', async () => {
    const r = await runCli(['analyze', file('cp1252.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' talks resumed '), Buffer.from([0x97, 0x20, 0x93, 0x6f, 0x6b, 0x94])]))]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.text).toBe('Café talks resumed — “ok”');
    expect(report.messages.map((m: { rule: string }) => m.rule)).toContain('ingest/encoding-detected');
  });

  it('gives an empty report with a message for an empty file', async () => {
    const r = await runCli(['analyze', file('empty.txt', '')]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.text).toBe('');
    expect(report.events).toEqual([]);
    expect(report.messages.map((m: { rule: string }) => m.rule)).toContain('article/empty');
  });

  it('decodes UTF-16 with a byte-order mark', async () => {
    const body = Buffer.from('Talks resumed in Quito.', 'utf16le');
    const r = await runCli(['analyze', file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), body]))]);
    expect(JSON.parse(r.stdout).text).toBe('Talks resumed in Quito.');
  });

  it.each([
    [['analyze', '--bogus']],
    [['analyze', '--format', 'xml', 'x.txt']],
    [['analyze', '--published', 'yesterday', 'x.txt']],
    [['frobnicate']],
  ])('exits 1 on a usage error: %j', async (argv) => {
    const r = await runCli(argv);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error/);
  });

  it('prints help for the command and exits 0', async () => {
    const r = await runCli(['analyze', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--published <date>/);
    expect(r.stdout).toMatch(/--jsonl/);
  });
});

describe('sitrep analyze --jsonl', () => {
  it('streams one report per line with the same id, and an error record for a bad line', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Chile and Peru signed a pact on Friday.', published: '2025-01-10' }),
      '{not json',
      JSON.stringify({ id: 7, title: 'no text' }),
      '',
      JSON.stringify({ id: 'b', text: 'Second article.' }),
    ].join('\n');
    const r = await runCli(['analyze', '--jsonl'], input);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, '7', 'b']);
    expect(lines[0].article.published).toBe('2025-01-10');
    expect(lines[1].error.code).toBe('E006');
    expect(lines[2].error.reason).toMatch(/"text" or "html"/);
    expect(lines[3].text).toBe('Second article.');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2 of 5 input line/);
  });
});
