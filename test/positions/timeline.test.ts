import { describe, expect, it } from 'vitest';
import { buildTimelines, findConvergences, shiftKind } from '../../src/stages/positions/index.ts';
import { analyse, sequence } from './sequence.ts';

describe('timelines across articles', () => {
  const positions = analyse(sequence);
  const timelines = buildTimelines(positions);
  const lane = (code: string) => timelines.find((t) => t.actor.code === code && t.issue === 'ceasefire')!;

  it('orders a position taken, dropped and taken again, and marks both shifts', () => {
    const est = lane('EST');
    expect(est.observations.map((o) => `${o.article.id} ${o.stance}${o.inferred ? ' (before)' : ''}`))
      .toEqual(['1 demand', '2 demand (before)', '2 drop', '3 demand']);
    expect(est.shifts.map((s) => `${s.kind} ${s.from}->${s.to} ${s.date}`))
      .toEqual(['drop demand->drop 2024-02-02', 'resumption drop->demand 2024-03-05']);
    expect(sequence[1].text.slice(...est.shifts[0].evidence)).toBe('abandoned its call for a truce');
    expect(est.current).toBe('demand');
  });

  it('detects a reversal and the convergence it brings', () => {
    const lva = lane('LVA');
    expect(lva.shifts.map((s) => `${s.kind} ${s.from}->${s.to}`)).toEqual(['reversal reject->accept']);
    const meet = findConvergences(timelines);
    expect(meet.map((c) => `${c.issue}: ${c.actors[0].code} joined by ${c.actors[1].code} on ${c.date} (${c.side})`))
      .toEqual(['ceasefire: EST joined by LVA on 2024-03-05 (1)']);
  });

  it('groups by country when asked', () => {
    const obs = [
      { actor: { name: 'Estonian government', code: 'ESTGOV' }, issue: 'trade', stance: 'support' as const, date: '2024-01-01', evidence: [0, 1] as [number, number] },
      { actor: { name: 'Estonia', code: 'EST' }, issue: 'trade', stance: 'reject' as const, date: '2024-01-02', evidence: [0, 1] as [number, number] },
    ];
    expect(buildTimelines(obs)).toHaveLength(2);
    const [one] = buildTimelines(obs, { by: 'country' });
    expect(one.actor.code).toBe('EST');
    expect(one.shifts.map((s) => s.kind)).toEqual(['reversal']);
  });

  it('classifies shifts by polarity', () => {
    expect(shiftKind('demand', 'support')).toBeNull();
    expect(shiftKind('condition', 'reject')).toBe('reversal');
    expect(shiftKind('accept', 'drop')).toBe('drop');
    expect(shiftKind('drop', 'reject')).toBe('resumption');
    expect(buildTimelines([])).toEqual([]);
  });
});
