/**
 * Positions scorer, called by eval/run.ts for every gold file: the stances expected in
 * eval/positions.expected.json (keyed by the gold's `doc`), printed as found / expected with the
 * date and evidence of what was found, then the positions nobody expected (for a human to judge).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position, Report } from '../src/core/types.ts';
import { ROOT } from './paths.ts';

interface Expected { actor: string; issue: string; stance: string; date?: string; dateBefore?: string; note?: string }

const country = (code: string | undefined) => (code ?? '').slice(0, 3).toUpperCase();

/** Whether a report position satisfies an expectation (country, issue, stance, date). */
export function positionMatches(p: Position, e: Expected): boolean {
  if (country(p.actor?.code) !== e.actor || p.issue !== e.issue || p.stance !== e.stance) return false;
  if (e.date) return (p.date ?? '').startsWith(e.date);
  if (e.dateBefore) return p.date === null || p.date < e.dateBefore;
  return true;
}

function describe(e: Expected): string {
  return `${e.actor} ${e.issue} ${e.stance} ${e.date ?? (e.dateBefore ? `<${e.dateBefore} or undated` : '*')}`;
}

const clip = (s: string) => (s.length > 110 ? `${s.slice(0, 107)}…` : s).replace(/\s+/g, ' ');

/** Score one report's positions; returns found/expected and the count of unexpected positions. */
export function scorePositions(gold: { doc: string }, report: Report, log: (s: string) => void) {
  const all = JSON.parse(readFileSync(join(ROOT, 'eval', 'positions.expected.json'), 'utf8')) as Record<string, Expected[] | string>;
  const expected = all[gold.doc];
  if (!Array.isArray(expected)) return null;
  log('positions (expected stances from eval/positions.expected.json):');
  const positions = report.positions ?? [];
  const used = new Set<Position>();
  let found = 0;
  for (const e of expected) {
    const hit = positions.find((p) => !used.has(p) && positionMatches(p, e)) ?? positions.find((p) => positionMatches(p, e));
    if (hit) {
      found++;
      used.add(hit);
      log(`  found    ${describe(e)}  ← ${hit.actor.name} ${hit.date ?? 'undated'} [${hit.evidence}] "${clip(report.text.slice(...hit.evidence))}"`);
    } else {
      const near = positions.filter((p) => country(p.actor?.code) === e.actor && p.issue === e.issue);
      const seen = near.map((p) => `${p.stance} ${p.date ?? 'undated'}`).join(', ');
      log(`  MISSED   ${describe(e)}${seen ? `  (have: ${seen})` : ''}`);
    }
  }
  const extra = positions.filter((p) => !used.has(p));
  log(`positions: ${found}/${expected.length} expected stances found; ${positions.length} positions, ${extra.length} not in the expectations`);
  for (const p of extra) {
    log(`  other    ${country(p.actor.code) || p.actor.name} ${p.issue} ${p.stance} ${p.date ?? 'undated'} "${clip(report.text.slice(...p.evidence))}"`);
  }
  return { found, expected: expected.length, positions: positions.length, unexpected: extra.length };
}
