import type { Doc } from './doc.ts';
import type { Report } from './types.ts';

/** Serialise a processed document to the report contract (docs/report.md). */
export function toReport(doc: Doc): Report {
  return {
    id: doc.id,
    text: doc.text,
    article: { ...doc.article, authors: [...doc.article.authors], contributors: [...doc.article.contributors] },
    actors: doc.actors.map((a) => ({
      id: a.id, name: a.name, code: a.code, country: a.country, kind: a.kind, mentions: a.mentions,
    })),
    quotes: doc.quotes,
    events: doc.events,
    positions: doc.positions,
    messages: doc.messages,
  };
}
