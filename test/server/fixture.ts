import type { Hono } from 'hono';
import { expect } from 'vitest';
import type { Report, Span, Stance } from '../../src/core/types.ts';
import { createApp } from '../../src/server/app.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';

/**
 * Reports for the server and UI tests, written by hand on invented text: the server is under test,
 * not the stages, so actors, quotes, events and positions are declared here by phrase and their
 * offsets computed with indexOf. Every phrase must occur in the text (the builder throws otherwise).
 */

interface ActorSpec { id: string; name: string; code: string; kind: 'person' | 'country' | 'organization' | 'group'; mentions: string[] }
interface QuoteSpec { quote: string; cue: string | null; speaker: string; speakerPhrase: string; kind?: 'direct' | 'indirect' }
interface EventSpec { type: string; source: string; target: string | null; evidence: string; date: string | null; location?: { name: string; country: string | null } }
interface PositionSpec { actor: string; issue: string; stance: Stance; evidence: string; date: string | null }

export interface ArticleSpec {
  title: string;
  source: string;
  url: string;
  published: string;
  text: string;
  actors: ActorSpec[];
  quotes: QuoteSpec[];
  events: EventSpec[];
  positions: PositionSpec[];
}

/** `[start, end)` of the first occurrence of `phrase` at or after `from`. */
export function spanOf(text: string, phrase: string, from = 0): Span {
  const i = text.indexOf(phrase, from);
  if (i < 0) throw new Error(`fixture: "${phrase}" is not in the text`);
  return [i, i + phrase.length];
}

function allSpans(text: string, phrase: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) out.push([i, i + phrase.length]);
  return out;
}

/** Build a report from a spec; actor references in quotes, events and positions are actor ids. */
export function buildReport(spec: ArticleSpec): Report {
  const byId = new Map(spec.actors.map((a) => [a.id, a]));
  const ref = (id: string) => {
    const a = byId.get(id);
    if (!a) throw new Error(`fixture: unknown actor ${id}`);
    return { name: a.name, code: a.code, actorId: a.id };
  };
  const { text } = spec;
  return {
    id: null,
    text,
    article: { title: spec.title, source: spec.source, url: spec.url, published: spec.published, authors: [], contributors: [] },
    actors: spec.actors.map((a) => ({
      id: a.id, name: a.name, code: a.code, country: a.code.slice(0, 3) || null, kind: a.kind,
      mentions: a.mentions.flatMap((m) => allSpans(text, m)).sort((x, y) => x[0] - y[0]),
    })),
    quotes: spec.quotes.map((q) => ({
      kind: q.kind ?? 'direct',
      span: spanOf(text, q.quote),
      cue: q.cue ? spanOf(text, q.cue) : null,
      speaker: { ...ref(q.speaker), span: spanOf(text, q.speakerPhrase) },
    })),
    events: spec.events.map((e) => ({
      type: e.type, mode: null, cameo: '', source: ref(e.source), target: e.target ? ref(e.target) : null,
      date: e.date, location: e.location ?? null, factuality: 'asserted' as const, evidence: spanOf(text, e.evidence),
    })),
    positions: spec.positions.map((p) => ({
      actor: { name: ref(p.actor).name, code: ref(p.actor).code }, issue: p.issue, stance: p.stance, date: p.date, evidence: spanOf(text, p.evidence),
    })),
    messages: [],
  };
}

const kowal: ActorSpec = { id: 'a1', name: 'Anna Kowal', code: 'POLGOV', kind: 'person', mentions: ['Anna Kowal', 'Ms. Kowal'] };
const poland: ActorSpec = { id: 'a2', name: 'Poland', code: 'POL', kind: 'country', mentions: ['Poland', 'Warsaw'] };

/** Three invented articles, 10–15 April 2025: a meeting, a drone strike, a threat, and a stance that shifts. */
export const ARTICLES: ArticleSpec[] = [
  {
    title: 'Polish and Lithuanian ministers meet in Vilnius', source: 'Harbor Courier', url: 'https://courier.example/vilnius-talks', published: '2025-04-10',
    text: 'Foreign Minister Anna Kowal of Poland met her Lithuanian counterpart Tomas Varnas in Vilnius on Thursday. '
      + 'Ms. Kowal said Poland would send more air-defence batteries to Lithuania before the summer. '
      + '“We stand with our neighbours, whatever it costs,” Ms. Kowal said. '
      + 'Mr. Varnas thanked Warsaw and accused Russia of jamming satellite signals over the Baltic Sea. '
      + 'Ms. Kowal also backed closing the border crossings with Belarus for the winter.',
    actors: [kowal, poland,
      { id: 'a3', name: 'Tomas Varnas', code: 'LTUGOV', kind: 'person', mentions: ['Tomas Varnas', 'Mr. Varnas'] },
      { id: 'a4', name: 'Russia', code: 'RUS', kind: 'country', mentions: ['Russia'] }],
    quotes: [{ quote: '“We stand with our neighbours, whatever it costs,”', cue: 'said', speaker: 'a1', speakerPhrase: 'Ms. Kowal said.' }],
    events: [
      { type: 'CONSULT', source: 'a1', target: 'a3', evidence: 'met her Lithuanian counterpart Tomas Varnas in Vilnius', date: '2025-04-10', location: { name: 'Vilnius', country: 'LTU' } },
      { type: 'AID', source: 'a2', target: 'a3', evidence: 'would send more air-defence batteries to Lithuania', date: '2025-04-10' },
      { type: 'ACCUSE', source: 'a3', target: 'a4', evidence: 'accused Russia of jamming satellite signals over the Baltic Sea', date: '2025-04-10' },
    ],
    positions: [{ actor: 'a1', issue: 'border-closure', stance: 'support', evidence: 'backed closing the border crossings with Belarus', date: '2025-04-10' }],
  },
  {
    title: 'Drones strike power station near Kharkiv', source: 'Northern Ledger', url: 'https://ledger.example/kharkiv-strike', published: '2025-04-12',
    text: 'Russian forces struck a power station near Kharkiv with drones on Saturday, the Ukrainian military said. '
      + 'Defence Minister Olena Marchenko of Ukraine demanded new sanctions on Moscow after the attack. '
      + '“Every strike only hardens our resolve,” Ms. Marchenko told reporters.',
    actors: [
      { id: 'b1', name: 'Russian forces', code: 'RUSMIL', kind: 'group', mentions: ['Russian forces'] },
      { id: 'b2', name: 'Olena Marchenko', code: 'UKRGOV', kind: 'person', mentions: ['Olena Marchenko', 'Ms. Marchenko'] },
      { id: 'b3', name: 'Russia', code: 'RUS', kind: 'country', mentions: ['Moscow'] },
      { id: 'b4', name: 'Ukraine', code: 'UKR', kind: 'country', mentions: ['Ukraine'] }],
    quotes: [{ quote: '“Every strike only hardens our resolve,”', cue: 'told', speaker: 'b2', speakerPhrase: 'Ms. Marchenko told' }],
    events: [
      { type: 'ASSAULT', source: 'b1', target: 'b4', evidence: 'struck a power station near Kharkiv with drones on Saturday', date: '2025-04-12', location: { name: 'Kharkiv', country: 'UKR' } },
      { type: 'REQUEST', source: 'b2', target: 'b3', evidence: 'demanded new sanctions on Moscow', date: '2025-04-12' },
    ],
    positions: [{ actor: 'b2', issue: 'sanctions', stance: 'demand', evidence: 'demanded new sanctions on Moscow', date: '2025-04-12' }],
  },
  {
    title: 'Warsaw drops border plan', source: 'Harbor Courier', url: 'https://courier.example/border-plan', published: '2025-04-15',
    text: 'Foreign Minister Anna Kowal of Poland said on Tuesday that Warsaw no longer backs the plan to close the border crossings with Belarus. '
      + 'Separately, Russian officials threatened to cut gas deliveries to Moldova next month.',
    actors: [kowal, poland,
      { id: 'c3', name: 'Russian officials', code: 'RUSGOV', kind: 'group', mentions: ['Russian officials'] },
      { id: 'c4', name: 'Moldova', code: 'MDA', kind: 'country', mentions: ['Moldova'] }],
    quotes: [{ quote: 'that Warsaw no longer backs the plan to close the border crossings with Belarus', cue: 'said', speaker: 'a1', speakerPhrase: 'Anna Kowal', kind: 'indirect' }],
    events: [{ type: 'THREATEN', source: 'c3', target: 'c4', evidence: 'threatened to cut gas deliveries to Moldova', date: '2025-04-15' }],
    positions: [{ actor: 'a1', issue: 'border-closure', stance: 'drop', evidence: 'no longer backs the plan to close the border crossings with Belarus', date: '2025-04-15' }],
  },
];

/** The fixture as reports, oldest first. */
export function fixtureReports(): Report[] {
  return ARTICLES.map(buildReport);
}

/**
 * An in-memory store holding the fixture reports and the app over it, for tests that drive the API
 * with `app.request()`; `getJson(path, status)` asserts the status and JSON type and returns the body.
 */
export async function fixtureApp(): Promise<{ store: Store; app: Hono; getJson: <T = any>(path: string, status?: number) => Promise<T> }> {
  const store = openStore(':memory:');
  for (const r of fixtureReports()) await store.ingest(r, { url: r.article.url, kind: 'text' });
  const app = createApp({ store });
  const getJson = async <T = any>(path: string, status = 200): Promise<T> => {
    const res = await app.request(path);
    expect(res.status, `${path}: ${res.status}`).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    return (await res.json()) as T;
  };
  return { store, app, getJson };
}
