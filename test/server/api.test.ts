import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/app.ts';
import { openStore } from '../../src/store/index.ts';
import { csvField } from '../../src/server/export.ts';
import type { Store, StoredEvent } from '../../src/store/types.ts';
import { buildReport, fixtureApp } from './fixture.ts';

let store: Store;
let app: Hono;
let json: Awaited<ReturnType<typeof fixtureApp>>['getJson'];

beforeAll(async () => {
  ({ store, app, getJson: json } = await fixtureApp());
});
afterAll(async () => store.close());

const types = (items: StoredEvent[]) => items.map((e) => e.type).sort();

describe('GET /api/events', () => {
  it('returns {items, total} with the report event fields and the evidence text', async () => {
    const page = await json<{ items: StoredEvent[]; total: number }>('/api/events');
    expect(page.total).toBe(6);
    const assault = page.items.find((e) => e.type === 'ASSAULT')!;
    for (const k of ['type', 'mode', 'cameo', 'source', 'target', 'date', 'location', 'factuality', 'evidence']) expect(assault).toHaveProperty(k);
    expect(assault.source).toMatchObject({ name: 'Russian forces', code: 'RUSMIL' });
    expect(assault.date).toBe('2025-04-12');
    expect(assault.evidenceText).toBe('struck a power station near Kharkiv with drones on Saturday');
    expect(assault.quad).toBe('material-conflict');
    expect(assault.article.title).toBe('Drones strike power station near Kharkiv');
  });

  it('filters by country as source or target, by type, quad, actor, dates and words', async () => {
    expect(types((await json('/api/events?country=RUS')).items)).toEqual(['ACCUSE', 'ASSAULT', 'REQUEST', 'THREATEN']);
    expect(types((await json('/api/events?country=rus&type=assault')).items)).toEqual(['ASSAULT']);
    expect(types((await json('/api/events?quad=verbal-conflict')).items)).toEqual(['ACCUSE', 'REQUEST', 'THREATEN']);
    expect(types((await json('/api/events?quad=2')).items)).toEqual(['AID']);
    expect(types((await json('/api/events?actor=Kowal')).items)).toEqual(['CONSULT']);
    expect(types((await json('/api/events?since=2025-04-11&until=2025-04-12')).items)).toEqual(['ASSAULT', 'REQUEST']);
    expect(types((await json('/api/events?q=drones')).items)).toEqual(['ASSAULT']);
  });

  it('pages with limit and offset and keeps the total', async () => {
    const a = await json('/api/events?limit=2');
    const b = await json('/api/events?limit=2&offset=2');
    expect(a.items).toHaveLength(2);
    expect(a.total).toBe(6);
    expect(b.items.map((e: StoredEvent) => e.id)).not.toContain(a.items[0].id);
  });

  it('exports CSV with a header row and JSON lines', async () => {
    const csv = await app.request('/api/events?format=csv&country=RUS');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('x-total-count')).toBe('4');
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0].split(',').slice(0, 3)).toEqual(['id', 'date', 'type']);
    expect(lines).toHaveLength(5);
    expect(lines.some((l) => l.includes('Kharkiv'))).toBe(true);
    const jsonl = await (await app.request('/api/events?format=jsonl&type=THREATEN')).text();
    const rows = jsonl.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.type)).toEqual(['THREATEN']);
  });

  it('guards CSV cells against spreadsheet formulas and quotes separators', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });
});

describe('articles, quotes, actors, positions', () => {
  it('lists and searches articles and returns one stored report', async () => {
    expect((await json('/api/articles')).total).toBe(3);
    expect((await json('/api/articles?q=Moldova')).items.map((a: { title: string }) => a.title)).toEqual(['Warsaw drops border plan']);
    const one = await json('/api/articles/2');
    expect(one.report.text.slice(...one.report.events[0].evidence)).toBe('struck a power station near Kharkiv with drones on Saturday');
  });

  it('finds quotes by speaker and words, and counts speakers', async () => {
    const kowal = await json('/api/quotes?speaker=Kowal');
    expect(kowal.items.map((q: { quoteText: string }) => q.quoteText)).toContain('“We stand with our neighbours, whatever it costs,”');
    expect(kowal.total).toBe(2);
    expect((await json('/api/quotes?q=resolve')).items.map((q: { speaker: { name: string } }) => q.speaker.name)).toEqual(['Olena Marchenko']);
    const speakers = await json('/api/speakers');
    expect(speakers.items[0]).toEqual({ name: 'Anna Kowal', code: 'POLGOV', quotes: 2 });
  });

  it('summarises actors with first and last seen', async () => {
    const pol = (await json('/api/actors?q=POLGOV')).items[0];
    expect(pol).toMatchObject({ code: 'POLGOV', articles: 2, firstSeen: '2025-04-10', lastSeen: '2025-04-15' });
  });

  it('lists positions and finds the shift on a timeline', async () => {
    expect((await json('/api/positions?actor=POLGOV')).total).toBe(2);
    const t = await json('/api/positions/timelines?issue=border-closure');
    expect(t.items).toHaveLength(1);
    expect(t.items[0].shifts).toMatchObject([{ kind: 'drop', from: 'support', to: 'drop', date: '2025-04-15' }]);
    expect(t.items[0].current).toBe('drop');
  });
});

describe('aggregates for the UI', () => {
  it('counts events per day and quad class and per type', async () => {
    const s = await json('/api/events/summary');
    expect(s.days.map((d: { day: string; total: number }) => [d.day, d.total])).toEqual([['2025-04-10', 3], ['2025-04-12', 2], ['2025-04-15', 1]]);
    expect(s.days[1].quads).toEqual({ 'material-conflict': 1, 'verbal-conflict': 1 });
    expect(s.types.find((t: { type: string }) => t.type === 'ASSAULT')).toEqual({ type: 'ASSAULT', quad: 'material-conflict', count: 1 });
  });

  it('places undated events on the article day and month-only events nowhere', async () => {
    const own = openStore(':memory:');
    const text = 'In March the army of Freedonia shelled the border post. On Sunday the rebels attacked a depot.';
    await own.ingest(buildReport({
      title: 't', source: 's', url: 'https://x.example/1', published: '2025-05-04', text,
      actors: [{ id: 'f', name: 'Freedonia army', code: 'FRDMIL', kind: 'group', mentions: ['army of Freedonia'] }, { id: 'r', name: 'rebels', code: 'FRDREB', kind: 'group', mentions: ['rebels'] }],
      quotes: [],
      events: [
        { type: 'ASSAULT', source: 'f', target: null, evidence: 'shelled the border post', date: '2025-03' },
        { type: 'ASSAULT', source: 'r', target: null, evidence: 'attacked a depot', date: null },
      ],
      positions: [],
    }));
    const s = await (await createApp({ store: own }).request('/api/events/summary')).json();
    expect(s.days).toEqual([{ day: '2025-05-04', total: 1, quads: { 'material-conflict': 1 } }]);
    expect(s.undated).toBe(1);
    expect(s.total).toBe(2);
    await own.close();
  });

  it('builds the actor network with one edge per source, target and type', async () => {
    const n = await json('/api/network?country=RUS');
    expect(n.edges.map((e: { source: string; target: string; type: string }) => `${e.source}>${e.target}:${e.type}`).sort())
      .toEqual(['LTUGOV>RUS:ACCUSE', 'RUSGOV>MDA:THREATEN', 'RUSMIL>UKR:ASSAULT', 'UKRGOV>RUS:REQUEST']);
  });
});

describe('/openapi.json and headers', () => {
  it('lists every route the app answers, with its parameters', async () => {
    const doc = await json('/openapi.json');
    expect(doc.openapi).toMatch(/^3\.1/);
    const apiRoutes = app.routes.filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api/') || r.path === '/openapi.json'));
    expect(apiRoutes.length).toBeGreaterThanOrEqual(12);
    for (const r of apiRoutes) {
      const path = r.path.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${r.path}`).toBeDefined();
    }
    const names = doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['actor', 'country', 'type', 'quad', 'since', 'until', 'q', 'limit', 'offset', 'format']));
    expect(doc.paths['/api/articles/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
    expect(doc.paths['/api/ingest'].post.security).toEqual([{ writeToken: [] }]);
  });

  it('sends a strict Content-Security-Policy on every answer', async () => {
    for (const path of ['/api/events', '/nope', '/']) {
      const csp = (await app.request(path)).headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
    }
  });

  it('explains how to build the UI when web/dist is absent, and serves it when given', async () => {
    expect((await app.request('/')).status).toBe(503);
    const web = new Map([['/index.html', { body: new TextEncoder().encode('<!doctype html><title>ui</title>'), type: 'text/html; charset=utf-8' }],
      ['/assets/app-1.js', { body: new TextEncoder().encode('void 0'), type: 'text/javascript; charset=utf-8' }]]);
    const withUi = createApp({ store, web });
    expect(await (await withUi.request('/')).text()).toContain('<title>ui</title>');
    const asset = await withUi.request('/assets/app-1.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await withUi.request('/assets/other.js')).status).toBe(404);
  });
});
