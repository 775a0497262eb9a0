import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorsAnalyzer } from './helpers.ts';

const dir = new URL('../fixtures/actors-golden/', import.meta.url);
const text = readFileSync(new URL('input.txt', dir), 'utf8');
const expected = JSON.parse(readFileSync(new URL('actors.expected.json', dir), 'utf8'));

describe('golden: a short article of our own', () => {
  const doc = actorsAnalyzer().process({ text, published: expected.published });
  const byName = (n: string) => doc.actors.find((a) => a.name === n);

  it('finds every expected actor with its code and mentions', () => {
    for (const e of expected.actors) {
      const a = byName(e.name);
      expect(a, e.name).toBeDefined();
      expect(a!.code, e.name).toBe(e.code);
      const texts = a!.mentions.map((s) => doc.slice(s));
      for (const m of e.mentions) expect(texts, `${e.name}: ${m}`).toContain(m);
    }
  });
  it('resolves group mentions to all their members', () => {
    for (const g of expected.groups) {
      const at = text.indexOf(g.text);
      const m = doc.mentions.find((x) => x.span[0] <= at && at < x.span[1] && x.actorIds);
      expect(m, g.text).toBeDefined();
      const names = m!.actorIds!.map((id) => doc.actors.find((a) => a.id === id)!.name);
      expect(names.sort()).toEqual([...g.members].sort());
      if (g.code) expect(m!.code ?? doc.actors.find((a) => a.id === m!.actorId)!.code).toBe(g.code);
    }
  });
  it('takes no actor from the author bio', () => {
    for (const n of expected.not_actors) expect(doc.actors.some((a) => a.name.includes(n))).toBe(false);
    expect(doc.mentions.every((m) => m.span[0] < doc.bodyEnd)).toBe(true);
  });
});
