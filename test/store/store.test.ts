import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/index.ts';
import type { Event, Report } from '../../src/core/types.ts';

const TEXT_A = 'Norland troops shelled the border village of Kessel on Monday, officials in Sudria said.\n“We call for an immediate cease-fire,” said Foreign Minister Ilse Brandvold of Norland.';
const TEXT_B = 'Sudria accused Norland on Monday of shelling Kessel, a village on their shared border.\nThe Norland government denied the accusation and said it would propose talks in Vienna.';

function span(text: string, part: string): [number, number] {
  const s = text.indexOf(part);
  if (s < 0) throw new Error(`"${part}" not in text`);
  return [s, s + part.length];
}

function report(text: string, over: Partial<Report['article']>, events: Event[] = []): Report {
  return {
    id: null, text,
    article: { title: null, source: null, url: null, published: '2025-06-02', authors: [], contributors: [], ...over },
    actors: [
      { id: 'a1', name: 'Norland', code: 'NOR', country: 'NOR', kind: 'country', mentions: [span(text, 'Norland')] },
      { id: 'a2', name: 'Sudria', code: 'SUD', country: 'SUD', kind: 'country', mentions: [span(text, 'Sudria')] },
    ],
    quotes: text === TEXT_A ? [{ kind: 'direct', span: span(text, '“We call for an immediate cease-fire,”'), cue: span(text, 'said'),
      speaker: { name: 'Ilse Brandvold', code: 'NORGOV', span: span(text, 'Ilse Brandvold') } }] : [],
    events,
    positions: text === TEXT_A ? [{ actor: { name: 'Norland', code: 'NORGOV' }, issue: 'ceasefire', stance: 'demand', date: '2025-06-02', evidence: span(text, '“We call for an immediate cease-fire,”') }] : [],
    messages: [],
  };
}

const assault = (text: string, evidence: string): Event => ({
  type: 'ASSAULT', mode: 'shelling', cameo: '195', source: { name: 'Norland', code: 'NORMIL' }, target: { name: 'Kessel', code: 'SUD' },
  date: '2025-06-02', location: { name: 'Kessel', country: 'SUD' }, factuality: 'asserted', evidence: span(text, evidence),
});

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  store = openStore(join(dir, 'nested', 'test.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SQLite store', () => {
  it('stores an article with its layers and gives the report back unchanged', async () => {
    const r = report(TEXT_A, { url: 'https://north.example/a', source: 'North Daily', title: 'Shelling' }, [assault(TEXT_A, 'Norland troops shelled the border village of Kessel')]);
    const res = await store.ingest(r, { sentences: [[0, 87], [88, TEXT_A.length]] });
    expect(res).toMatchObject({ duplicate: false, reason: null });
    const got = await store.article(res.articleId);
    expect(got?.report).toEqual(r);
    expect(got?.article).toMatchObject({ title: 'Shelling', source: 'North Daily', counts: { actors: 2, quotes: 1, events: 1, positions: 1 }, storySize: 1 });
    expect(await store.stats()).toMatchObject({ articles: 1, stories: 1, quotes: 1, events: 1, positions: 1, actors: 2 });
  });

  it('treats the same URL, or the same text without a URL of its own, as a no-op', async () => {
    const a = await store.ingest(report(TEXT_A, { url: 'https://north.example/a' }));
    const sameUrl = await store.ingest(report(TEXT_B, { url: 'https://north.example/a' }));
    const sameText = await store.ingest(report(`  ${TEXT_A.replace('\n', '\r\n')}  `, {}));
    expect(sameUrl).toMatchObject({ duplicate: true, reason: 'url', articleId: a.articleId });
    expect(sameText).toMatchObject({ duplicate: true, reason: 'hash', articleId: a.articleId });
    expect((await store.stats()).articles).toBe(1);
  });

  it('stores the same text under another URL as a syndicated copy in the same story', async () => {
    const a = await store.ingest(report(TEXT_A, { url: 'https://north.example/a', source: 'North Post' }));
    const copy = await store.ingest(report(TEXT_A, { url: 'https://wire.example/copy-of-a', source: 'Wire' }));
    expect(copy.duplicate).toBe(false);
    expect(copy.storyId).toBe(a.storyId);
    expect(copy.articleId).not.toBe(a.articleId);
    const again = await store.ingest(report(TEXT_A, { url: 'https://wire.example/copy-of-a', source: 'Wire' }));
    expect(again).toMatchObject({ duplicate: true, reason: 'url', articleId: copy.articleId });
    const stories = (await store.stories()).items;
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({ articles: 2, sources: 2 });
  });

  it('counts the articles and distinct sources reporting the same event', async () => {
    await store.ingest(report(TEXT_A, { url: 'https://north.example/a' }, [assault(TEXT_A, 'Norland troops shelled the border village of Kessel')]));
    await store.ingest(report(TEXT_B, { url: 'https://south.example/b' }, [
      assault(TEXT_B, 'Sudria accused Norland on Monday of shelling Kessel'),
      { ...assault(TEXT_B, 'propose talks in Vienna'), type: 'CONSULT', cameo: '036', target: null },
    ]));
    const all = await store.events({ type: 'assault' });
    expect(all.total).toBe(2);
    expect(all.items.map((e) => [e.articleCount, e.sourceCount])).toEqual([[2, 2], [2, 2]]);
    expect(all.items[0]).toMatchObject({ quad: 'material-conflict', evidenceText: 'Norland troops shelled the border village of Kessel' });
    expect((await store.events({ type: 'ASSAULT', unique: true })).total).toBe(1);
    expect((await store.events({ actor: 'NOR' })).total).toBe(3);
    expect((await store.events({ actor: 'kessel' })).total).toBe(2);
    expect((await store.events({ country: 'SUD' })).total).toBe(2);
    expect((await store.events({ quad: 'verbal-cooperation' })).items.map((e) => e.type)).toEqual(['CONSULT']);
    expect((await store.events({ since: '2025-06-03' })).total).toBe(0);
    expect((await store.events({ q: 'Vienna' })).total).toBe(1);
    expect((await store.events({ limit: 1, offset: 1 })).items).toHaveLength(1);
  });

  it('finds quotes by speaker and words, hyphenated words included', async () => {
    await store.ingest(report(TEXT_A, { url: 'https://north.example/a' }));
    await store.ingest(report(TEXT_B, { url: 'https://south.example/b' }));
    const q = await store.quotes({ speaker: 'brandvold', q: 'cease-fire' });
    expect(q.total).toBe(1);
    expect(q.items[0].quoteText).toBe('“We call for an immediate cease-fire,”');
    expect((await store.quotes({ speaker: 'NORGOV' })).total).toBe(1);
    expect((await store.quotes({ q: 'talks' })).total).toBe(0);
    expect((await store.quotes({ q: '"' })).total).toBe(0);
  });

  it('finds a quote by a co-speaker too ("Sudria and Norland said …")', async () => {
    const text = 'Sudria and Norland said the border would reopen on Friday.';
    const r = report(text, { url: 'https://joint.example/c' });
    r.quotes = [{ kind: 'indirect', span: span(text, 'the border would reopen on Friday'), cue: span(text, 'said'),
      speaker: { name: 'Norland', code: 'NOR', span: span(text, 'Norland') }, also: [{ name: 'Sudria', code: 'SUD', span: span(text, 'Sudria') }] } as Report['quotes'][number]];
    r.positions = [];
    await store.ingest(r);
    expect((await store.quotes({ speaker: 'NOR' })).total).toBe(1);
    const bySud = await store.quotes({ speaker: 'SUD' });
    expect(bySud.total).toBe(1);
    expect((bySud.items[0] as { also?: Array<{ name: string }> }).also?.[0].name).toBe('Sudria');
    expect((await store.quotes({ speaker: 'sudria' })).total).toBe(1);
    expect((await store.quotes({ speaker: 'XYZ' })).total).toBe(0);
  });

  it('summarises actors across articles, with first and last seen', async () => {
    await store.ingest(report(TEXT_A, { url: 'https://north.example/a', published: '2025-06-01' }));
    await store.ingest(report(TEXT_B, { url: 'https://south.example/b', published: '2025-06-04' }));
    const actors = await store.actors();
    expect(actors.total).toBe(2);
    expect(actors.items[0]).toMatchObject({ articles: 2, firstSeen: '2025-06-01', lastSeen: '2025-06-04' });
    expect((await store.actors({ q: 'sud' })).items.map((a) => a.code)).toEqual(['SUD']);
  });

  it('returns positions with provenance, and searches article sentences', async () => {
    const { articleId } = await store.ingest(report(TEXT_A, { url: 'https://north.example/a' }));
    const p = await store.positions({ actor: 'NOR', issue: 'ceasefire' });
    expect(p.items).toHaveLength(1);
    expect(p.items[0]).toMatchObject({ stance: 'demand', article: { id: articleId, url: 'https://north.example/a' } });
    expect((await store.articles({ q: 'Kessel' })).total).toBe(1);
    expect((await store.articles({ q: 'Vienna' })).total).toBe(0);
    expect((await store.articles({ source: 'north.example' })).total).toBe(1);
  });

  it('remembers conditional-request validators', async () => {
    expect(await store.fetchState('https://x.example/feed')).toBeNull();
    await store.saveFetchState({ url: 'https://x.example/feed', etag: '"e1"', lastModified: null, checkedAt: '2025-06-01T00:00:00Z', status: 200 });
    await store.saveFetchState({ url: 'https://x.example/feed', etag: '"e2"', lastModified: null, checkedAt: '2025-06-02T00:00:00Z', status: 200 });
    expect(await store.fetchState('https://x.example/feed')).toMatchObject({ etag: '"e2"', checkedAt: '2025-06-02T00:00:00Z' });
  });
});
