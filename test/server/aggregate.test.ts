import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report, Span } from '../../src/core/types.ts';
import { speakers } from '../../src/server/aggregate.ts';
import { openStore } from '../../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-aggregate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const span = (text: string, part: string): Span => [text.indexOf(part), text.indexOf(part) + part.length];

describe('speaker counts (/api/speakers)', () => {
  it('count a joint quote for each of its speakers', async () => {
    const text = 'Sudria and Norland said the border would reopen on Friday. Norland said the talks had gone well.';
    const report: Report = {
      id: null, text,
      article: { title: 'Border', source: 'Wire', url: 'https://wire.example/1', published: '2025-06-02', authors: [], contributors: [] },
      actors: [], events: [], positions: [], messages: [],
      quotes: [
        { kind: 'indirect', span: span(text, 'the border would reopen on Friday'), cue: span(text, 'said'),
          speaker: { name: 'Norland', code: 'NOR', span: span(text, 'Norland') }, also: [{ name: 'Sudria', code: 'SUD', span: span(text, 'Sudria') }] } as Report['quotes'][number],
        { kind: 'indirect', span: span(text, 'the talks had gone well'), cue: [text.lastIndexOf('said'), text.lastIndexOf('said') + 4],
          speaker: { name: 'Norland', code: 'NOR', span: [text.lastIndexOf('Norland'), text.lastIndexOf('Norland') + 7] } },
      ],
    };
    const store = openStore(join(dir, 'a.db'));
    await store.ingest(report);
    const { items } = await speakers(store, {});
    await store.close();
    expect(items).toEqual([{ name: 'Norland', code: 'NOR', quotes: 2 }, { name: 'Sudria', code: 'SUD', quotes: 1 }]);
  });
});
