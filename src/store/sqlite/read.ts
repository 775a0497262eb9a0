import type Database from 'better-sqlite3';
import type {
  ActorFilter, ActorSummary, ArticleFilter, ArticleRef, EventFilter, Paged, PositionFilter, QuoteFilter,
  StoredArticle, StoredEvent, StoredPosition, StoredQuote,
} from '../types.ts';
import { displaySource, ftsQuery, likeEscape, paging, Where } from './util.ts';

type Row = Record<string, unknown>;

/** Columns every item query selects from its article, aliased `a`. */
export const REF_COLUMNS = 'a.id AS a_id, a.story_id AS a_story, a.title AS a_title, a.source AS a_source, a.url AS a_url, a.published AS a_published';

export function refOf(r: Row): ArticleRef {
  return {
    id: r.a_id as number, storyId: r.a_story as number, title: (r.a_title as string) ?? null,
    source: displaySource((r.a_source as string) ?? null, (r.a_url as string) ?? null),
    url: (r.a_url as string) ?? null, published: (r.a_published as string) ?? null,
  };
}

/** Run a paged query: `from` is everything after SELECT … up to (not including) ORDER BY. */
function paged<T>(db: Database.Database, select: string, from: string, w: Where, order: string,
  page: { limit?: number; offset?: number }, map: (r: Row) => T): Paged<T> {
  const { limit, offset } = paging(page);
  const total = (db.prepare(`SELECT COUNT(*) AS n ${from} ${w}`).get(...w.params) as { n: number }).n;
  const rows = db.prepare(`SELECT ${select} ${from} ${w} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...w.params, limit, offset) as Row[];
  return { items: rows.map(map), total };
}

function dayRange(w: Where, column: string, f: { since?: string; until?: string }): void {
  if (f.since) w.add(`${column} >= ?`, f.since);
  if (f.until) w.add(`${column} <= ?`, f.until);
}

/** Actor filter over a code and a name column: code prefix or case-insensitive name substring. */
function actorMatch(codeCol: string, nameCol: string, who: string): [string, string[]] {
  const like = `%${likeEscape(who.toLowerCase())}%`;
  return [`(${codeCol} LIKE ? ESCAPE '\\' OR lower(${nameCol}) LIKE ? ESCAPE '\\')`, [`${likeEscape(who.toUpperCase())}%`, like]];
}

export function articleRow(r: Row): StoredArticle {
  return {
    ...refOf(r), feedUrl: (r.feed_url as string) ?? null, authors: JSON.parse(r.authors as string) as string[],
    hash: r.hash as string, ingestedAt: r.ingested_at as string, length: r.length as number,
    counts: { actors: r.n_actors as number, quotes: r.n_quotes as number, events: r.n_events as number, positions: r.n_positions as number },
    storySize: r.story_size as number,
  };
}

export const ARTICLE_SELECT = `${REF_COLUMNS}, a.feed_url, a.authors, a.hash, a.ingested_at, a.length, a.n_actors, a.n_quotes,
  a.n_events, a.n_positions, (SELECT COUNT(*) FROM articles s WHERE s.story_id = a.story_id) AS story_size`;

export function queryArticles(db: Database.Database, f: ArticleFilter): Paged<StoredArticle> {
  const w = new Where();
  if (f.source) w.add('(lower(a.source) = ? OR a.source_key = ?)', f.source.trim().toLowerCase(), f.source.trim().toLowerCase());
  if (f.story !== undefined) w.add('a.story_id = ?', f.story);
  dayRange(w, 'a.published', f);
  const fts = f.q ? ftsQuery(f.q) : null;
  if (f.q && !fts) return { items: [], total: 0 };
  if (fts) w.add('a.id IN (SELECT article_id FROM sentences WHERE id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?))', fts);
  return paged(db, ARTICLE_SELECT, 'FROM articles a', w, 'a.published DESC, a.id DESC', f, articleRow);
}

export function queryEvents(db: Database.Database, f: EventFilter): Paged<StoredEvent> {
  const w = new Where();
  if (f.actor) {
    const [s, p1] = actorMatch('e.src_code', 'e.src_name', f.actor);
    const [t, p2] = actorMatch('e.tgt_code', 'e.tgt_name', f.actor);
    w.add(`(${s} OR ${t})`, ...p1, ...p2);
  }
  if (f.country) w.add('(e.src_country = ? OR e.tgt_country = ?)', f.country.toUpperCase(), f.country.toUpperCase());
  if (f.type) w.add('e.type = ?', f.type.toUpperCase());
  if (f.quad) w.add('e.quad = ?', f.quad);
  if (f.article !== undefined) w.add('e.article_id = ?', f.article);
  dayRange(w, 'e.day', f);
  const fts = f.q ? ftsQuery(f.q) : null;
  if (f.q && !fts) return { items: [], total: 0 };
  if (fts) w.add('e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)', fts);
  if (f.unique) w.add('e.id = (SELECT MIN(id) FROM events u WHERE u.sig = e.sig)');
  const select = `e.id, e.json, e.quad, e.score, e.evidence_text, ${REF_COLUMNS},
    (SELECT COUNT(DISTINCT article_id) FROM events x WHERE x.sig = e.sig) AS n_articles,
    (SELECT COUNT(DISTINCT source_key) FROM events x WHERE x.sig = e.sig) AS n_sources`;
  return paged(db, select, 'FROM events e JOIN articles a ON a.id = e.article_id', w, 'e.day, e.id', f, (r) => ({
    ...(JSON.parse(r.json as string) as object), id: r.id as number, article: refOf(r),
    quad: (r.quad as StoredEvent['quad']) ?? null, score: (r.score as number) ?? null,
    evidenceText: r.evidence_text as string, articleCount: r.n_articles as number, sourceCount: r.n_sources as number,
  }) as StoredEvent);
}

export function queryQuotes(db: Database.Database, f: QuoteFilter): Paged<StoredQuote> {
  const w = new Where();
  if (f.speaker) {
    const [c, p] = actorMatch('q.speaker_code', 'q.speaker_name', f.speaker);
    // Co-speakers ("Poland and Ukraine said") live in the quote's JSON, under "also".
    const [c2, p2] = actorMatch("json_extract(co.value, '$.code')", "json_extract(co.value, '$.name')", f.speaker);
    w.add(`(${c} OR EXISTS (SELECT 1 FROM json_each(q.json, '$.also') co WHERE ${c2}))`, ...p, ...p2);
  }
  if (f.article !== undefined) w.add('q.article_id = ?', f.article);
  dayRange(w, 'q.day', f);
  const fts = f.q ? ftsQuery(f.q) : null;
  if (f.q && !fts) return { items: [], total: 0 };
  if (fts) w.add('q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)', `text : (${fts})`);
  return paged(db, `q.id, q.json, q.text, ${REF_COLUMNS}`, 'FROM quotes q JOIN articles a ON a.id = q.article_id', w,
    'q.day, q.id', f, (r) => ({
      ...(JSON.parse(r.json as string) as object), id: r.id as number, article: refOf(r), quoteText: r.text as string,
    }) as StoredQuote);
}

export function queryActors(db: Database.Database, f: ActorFilter): Paged<ActorSummary> {
  const w = new Where();
  if (f.q) {
    const [c, p] = actorMatch('x.code', 'x.name', f.q);
    w.add(c, ...p);
  }
  const { limit, offset } = paging(f);
  const total = (db.prepare(`SELECT COUNT(DISTINCT x.key) AS n FROM actors x ${w}`).get(...w.params) as { n: number }).n;
  const rows = db.prepare(`SELECT x.key, MAX(x.code) AS code, COUNT(DISTINCT x.article_id) AS n_articles,
      SUM(x.n_mentions) AS n_mentions, MIN(a.published) AS first_seen, MAX(a.published) AS last_seen,
      (SELECT y.name FROM actors y WHERE y.key = x.key GROUP BY y.name ORDER BY COUNT(*) DESC, y.name LIMIT 1) AS name
    FROM actors x JOIN articles a ON a.id = x.article_id ${w}
    GROUP BY x.key ORDER BY n_articles DESC, n_mentions DESC, x.key LIMIT ? OFFSET ?`).all(...w.params, limit, offset) as Row[];
  return {
    total,
    items: rows.map((r) => ({
      code: r.code as string, name: r.name as string, articles: r.n_articles as number, mentions: r.n_mentions as number,
      firstSeen: (r.first_seen as string) ?? null, lastSeen: (r.last_seen as string) ?? null,
    })),
  };
}

export function queryPositions(db: Database.Database, f: PositionFilter): Paged<StoredPosition> {
  const w = new Where();
  if (f.actor) {
    const [c, p] = actorMatch('p.actor_code', 'p.actor_name', f.actor);
    w.add(c, ...p);
  }
  if (f.issue) w.add('p.issue = ?', f.issue);
  dayRange(w, 'p.day', f);
  return paged(db, `p.id, p.json, p.evidence_text, ${REF_COLUMNS}`, 'FROM positions p JOIN articles a ON a.id = p.article_id', w,
    'p.day, p.id', f, (r) => ({
      ...(JSON.parse(r.json as string) as object), id: r.id as number, article: refOf(r), evidenceText: r.evidence_text as string,
    }) as StoredPosition);
}
