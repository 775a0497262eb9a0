import { describe, expect, it } from 'vitest';
import { SitrepError } from '../../src/core/errors.ts';
import { actorsAnalyzer, who } from './helpers.ts';

const text = 'Vladimir Putin met Marta Oskarsdottir, the mayor of Akureyri, on Friday.';

describe('user dictionaries', () => {
  it('adds actors and overrides bundled codes and roles, later files winning', () => {
    const first = JSON.stringify({ actors: [
      { name: 'Marta Oskarsdottir', kind: 'person', gender: 'f', roles: [{ code: 'ISLGOV', from: '2020-01-01', office: 'mayor' }] },
      { name: 'Vladimir Putin', kind: 'person', code: 'RUSELI', roles: [] },
    ] });
    const second = JSON.stringify({ actors: [{ name: 'Vladimir Putin', kind: 'person', code: 'RUSXXX', roles: [] }] });
    const doc = actorsAnalyzer([{ source: 'a.json', data: first }, { source: 'b.json', data: second }]).process({ text, published: '2024-01-01' });
    expect(who(doc, 'Marta')).toMatchObject({ name: 'Marta Oskarsdottir', code: 'ISLGOV' });
    expect(who(doc, 'Putin')?.code).toBe('RUSXXX');
    const plain = actorsAnalyzer().process({ text, published: '2024-01-01' });
    expect(who(plain, 'Putin')?.code).toBe('RUSGOV');
  });
  it('accepts user role nouns', () => {
    const data = { agents: [{ phrase: 'carabinieri', agent: 'COP' }] };
    const doc = actorsAnalyzer([{ source: 'agents.json', data }]).process({ text: 'Italian carabinieri closed the road.', published: '2024-01-01' });
    expect(who(doc, 'carabinieri')).toMatchObject({ name: 'Italy', mentionCode: 'ITACOP' });
  });
  it('names file and line of a malformed entry (E007)', () => {
    const bad = '{\n  "actors": [\n    {"name": "Good One", "kind": "person"},\n    {"name": "Bad One", "kind": "person", "code": "rusgov"}\n  ]\n}';
    let err: unknown;
    try {
      actorsAnalyzer([{ source: 'mine.json', data: bad }]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SitrepError);
    expect((err as SitrepError).code).toBe('E007');
    expect((err as Error).message).toContain('mine.json:4');
  });
  it('reports invalid JSON as E006 with the file name', () => {
    expect(() => actorsAnalyzer([{ source: 'broken.json', data: '{"actors": [' }])).toThrow(/broken\.json/);
  });
});
