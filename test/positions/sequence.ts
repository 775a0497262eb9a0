import { toReport } from '../../src/core/report.ts';
import type { Position, Report } from '../../src/core/types.ts';
import { addActor, addEvent, find, makeDoc, run } from './helpers.ts';

/** An invented article with its actors `[id, name, code]` and events `[type, source id, evidence words]`. */
export interface Article { id: number; published: string; text: string; actors: Array<[string, string, string]>; events: Array<[string, string, string]> }

/** Analyse a sequence of invented articles (actors and events by hand) and tag each position with its article. */
export function analyse(articles: Article[]): Array<Position & { article: { id: number; published: string } }> {
  return articles.flatMap((a) => report(a).positions.map((p) => ({ ...p, article: { id: a.id, published: a.published } })));
}

/** The report of one invented article (actors and events by hand, positions by the stage). */
export function report(a: Article): Report {
  const doc = makeDoc(a.text, a.published);
  const refs = new Map(a.actors.map(([id, name, code], i) => [id, addActor(doc, `a${i}`, name, code, [find(a.text, name)])]));
  for (const [type, source, evidence] of a.events) addEvent(doc, { type, source: refs.get(source)!, evidence: find(a.text, evidence), date: a.published });
  run(doc);
  return toReport(doc);
}

const EST: [string, string, string] = ['est', 'Estonia', 'EST'];
const LVA: [string, string, string] = ['lva', 'Latvia', 'LVA'];

export const sequence: Article[] = [
  { id: 1, published: '2024-01-10', actors: [EST, LVA],
    text: 'Estonia demanded an immediate truce on the lake. Latvia rejected any truce before the spring thaw.',
    events: [['REQUEST', 'est', 'demanded an immediate truce'], ['REJECT', 'lva', 'rejected any truce']] },
  { id: 2, published: '2024-02-02', actors: [EST],
    text: 'Estonia abandoned its call for a truce after the storm, officials in Tallinn said.',
    events: [['CONCEDE', 'est', 'abandoned its call for a truce']] },
  { id: 3, published: '2024-03-05', actors: [EST, LVA],
    text: 'Estonia urged a truce again on Tuesday. Latvia accepted a truce for the first time.',
    events: [['REQUEST', 'est', 'urged a truce'], ['AGREE', 'lva', 'accepted a truce']] },
];

