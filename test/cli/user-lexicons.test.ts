import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-lex-'));
const file = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};
const text = 'Chile demanded a fishing moratorium on Monday. Chilean and Peruvian officials met in Puerto Zorro on Tuesday.\n';

describe('user lexicons on the analyze command', () => {
  it('adds an issue with --issues: a stance on it becomes a position', async () => {
    const without = JSON.parse((await runCli(['analyze', file('a.txt', text), '--published', '2025-06-04'])).stdout);
    expect(without.positions.some((p: { issue: string }) => p.issue === 'fisheries')).toBe(false);
    const issues = file('issues.json', { issues: [{ id: 'fisheries', label: 'Fishing rights', terms: ['fishing moratorium'], events: [] }] });
    const r = await runCli(['analyze', file('a.txt', text), '--published', '2025-06-04', '--issues', issues]);
    expect(r.code).toBe(0);
    const positions = JSON.parse(r.stdout).positions;
    expect(positions).toContainEqual(expect.objectContaining({ issue: 'fisheries', stance: 'demand', actor: expect.objectContaining({ code: 'CHL' }) }));
  });

  it('adds a place with --places', async () => {
    const places = file('places.json', { places: [['Puerto Zorro', 'CHL', 'city']] });
    const r = await runCli(['analyze', file('a.txt', text), '--published', '2025-06-04', '--places', places]);
    const events = JSON.parse(r.stdout).events as Array<{ location: { name: string; country: string } | null }>;
    expect(events.some((e) => e.location?.name === 'Puerto Zorro' && e.location.country === 'CHL')).toBe(true);
  });

  it.each([
    ['--issues', { issues: [{ label: 'no id' }] }, /invalid lexicon entry: issues .*issues\.json/],
    ['--triggers', [{ nonsense: true }], /invalid lexicon entry: events .*triggers\.json/],
    ['--cues', { cues: [{ kind: 'shout' }] }, /invalid lexicon entry: cues .*cues\.json/],
    ['--cues', 'not json', /invalid JSON: .*cues\.json/],
  ])('refuses a malformed %s file with exit 2 naming it', async (flag, content, reason) => {
    const name = flag === '--issues' ? 'issues.json' : flag === '--triggers' ? 'triggers.json' : 'cues.json';
    const r = await runCli(['analyze', file('a.txt', text), flag, file(name, content)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
  });
});
