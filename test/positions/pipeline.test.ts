import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analyzer.ts';
import type { Position } from '../../src/core/types.ts';
import { buildTimelines, findConvergences } from '../../src/stages/positions/index.ts';

// The whole pipeline (actors, quotes, events, positions) over invented articles, one after another.
const analyzer = createAnalyzer();

const articles = [
  { id: 1, published: '2024-04-02', text: 'The government of Estonia on Monday demanded an immediate cease-fire along the border. Latvia rejected any cease-fire before the spring thaw.' },
  { id: 2, published: '2024-04-20', text: 'Estonia backed off its demand for a cease-fire on Friday, officials in Tallinn said.' },
  { id: 3, published: '2024-05-07', text: 'Estonia again called for a cease-fire on Tuesday. Latvia agreed to a cease-fire for the first time, its foreign minister said.' },
];

function positions(): Array<Position & { article: { id: number; published: string } }> {
  return articles.flatMap((a) => analyzer.analyze({ text: a.text, published: a.published }).positions
    .map((p) => ({ ...p, article: { id: a.id, published: a.published } })));
}

describe('positions through the whole pipeline', () => {
  const all = positions();
  const timelines = buildTimelines(all, { by: 'country' });
  const lane = (code: string) => timelines.find((t) => t.actor.code === code && t.issue === 'ceasefire');

  it('follows a demand taken, dropped and taken again', () => {
    const est = lane('EST');
    expect(est?.observations.map((o) => o.stance)).toEqual(['demand', 'demand', 'drop', 'demand']);
    expect(est?.shifts.map((s) => s.kind)).toEqual(['drop', 'resumption']);
    const drop = est!.shifts[0];
    expect(articles[1].text.slice(...drop.evidence)).toContain('backed off its demand for a cease-fire');
    expect(drop.after.article.id).toBe(2);
  });

  it('sees the two sides converge when the second accepts', () => {
    expect(lane('LVA')?.shifts.map((s) => `${s.from}->${s.to}`)).toEqual(['reject->accept']);
    const meet = findConvergences(timelines).map((c) => `${c.actors[0].code}+${c.actors[1].code} ${c.date}`);
    expect(meet).toEqual(['EST+LVA 2024-05-07']);
  });

  it('reports every position with a date and evidence inside the text', () => {
    for (const p of all) {
      const text = articles[p.article.id - 1].text;
      expect(p.evidence[0]).toBeGreaterThanOrEqual(0);
      expect(p.evidence[1]).toBeLessThanOrEqual(text.length);
      expect(text.slice(...p.evidence)).toMatch(/cease-fire/);
    }
  });
});
