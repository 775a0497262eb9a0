import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type {
  ActorFilter, ArticleFilter, EventFilter, FetchState, IngestMeta, Page, Paged, PositionFilter, QuadClass,
  QuoteFilter, Store, StoreStats, StoredReport, StorySummary,
} from '../types.ts';
import type { Report } from '../../core/types.ts';
import { migrate } from './schema.ts';
import { ARTICLE_SELECT, articleRow, queryActors, queryArticles, queryEvents, queryPositions, queryQuotes } from './read.ts';
import { paging } from './util.ts';
import { createWriter } from './write.ts';

export interface SqliteOptions {
  /** Open without writing (no migrations); fails if the schema is older than this sitrep's. */
  readonly?: boolean;
  /** PLOVER type → quad class, from data/store/quad.json. */
  quad: ReadonlyMap<string, QuadClass>;
}

/**
 * Open (creating if needed) a SQLite store in WAL mode. `synchronous = NORMAL` under WAL keeps
 * every committed transaction across a process kill; only a power cut may lose the last few.
 */
export function openSqlite(path: string, options: SqliteOptions): Store {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma('busy_timeout = 10000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // Checkpoint every ~16 MB of WAL instead of ~4 MB: each checkpoint syncs the files, which cost
    // more than the writes themselves (one transaction per article stays as it is).
    db.pragma('wal_autocheckpoint = 4000');
    migrate(db);
  }
  db.pragma('foreign_keys = ON');
  const ingest = createWriter(db, options.quad);
  // Prepared once: ingest asks for every article whether it is already stored.
  const lookupUrl = db.prepare('SELECT id FROM articles WHERE url = ?');
  const lookupHash = db.prepare('SELECT id FROM articles WHERE hash = ?');
  const count = (table: string): number => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  const one = <T>(v: T) => Promise.resolve(v);

  const store: Store = {
    location: path,
    ingest: (report: Report, meta?: IngestMeta) => one(ingest(report, meta ?? {})),
    lookup: ({ url, hash }) => {
      const byUrl = url ? (lookupUrl.get(url) as { id: number } | undefined) : undefined;
      const byHash = !byUrl && hash ? (lookupHash.get(hash) as { id: number } | undefined) : undefined;
      return one(byUrl?.id ?? byHash?.id ?? null);
    },
    articles: (f: ArticleFilter = {}) => one(queryArticles(db, f)),
    article: (id: number) => {
      const r = db.prepare(`SELECT ${ARTICLE_SELECT}, a.report FROM articles a WHERE a.id = ?`).get(id) as Record<string, unknown> | undefined;
      const out: StoredReport | null = r ? { article: articleRow(r), report: JSON.parse(r.report as string) as Report } : null;
      return one(out);
    },
    events: (f: EventFilter = {}) => one(queryEvents(db, f)),
    quotes: (f: QuoteFilter = {}) => one(queryQuotes(db, f)),
    actors: (f: ActorFilter = {}) => one(queryActors(db, f)),
    positions: (f: PositionFilter = {}) => one(queryPositions(db, f)),
    stories: (p: Page = {}) => {
      const { limit, offset } = paging(p);
      const rows = db.prepare(`SELECT s.id, s.title, COUNT(a.id) AS n, COUNT(DISTINCT a.source_key) AS sources,
          MIN(a.published) AS first_seen, MAX(a.published) AS last_seen
        FROM stories s JOIN articles a ON a.story_id = s.id GROUP BY s.id
        ORDER BY last_seen DESC, s.id DESC LIMIT ? OFFSET ?`).all(limit, offset) as Array<Record<string, unknown>>;
      const items: StorySummary[] = rows.map((r) => ({
        id: r.id as number, title: (r.title as string) ?? null, articles: r.n as number, sources: r.sources as number,
        firstSeen: (r.first_seen as string) ?? null, lastSeen: (r.last_seen as string) ?? null,
      }));
      const out: Paged<StorySummary> = { items, total: count('stories') };
      return one(out);
    },
    stats: () => {
      const s: StoreStats = {
        articles: count('articles'), stories: count('stories'),
        sources: (db.prepare('SELECT COUNT(DISTINCT source_key) AS n FROM articles').get() as { n: number }).n,
        actors: (db.prepare('SELECT COUNT(DISTINCT key) AS n FROM actors').get() as { n: number }).n,
        quotes: count('quotes'), events: count('events'), positions: count('positions'),
      };
      return one(s);
    },
    fetchState: (url: string) => {
      const r = db.prepare('SELECT url, etag, last_modified, checked_at, status FROM fetch_state WHERE url = ?').get(url) as Record<string, unknown> | undefined;
      const out: FetchState | null = r ? {
        url: r.url as string, etag: (r.etag as string) ?? null, lastModified: (r.last_modified as string) ?? null,
        checkedAt: r.checked_at as string, status: r.status as number,
      } : null;
      return one(out);
    },
    saveFetchState: (s: FetchState) => {
      db.prepare(`INSERT INTO fetch_state (url, etag, last_modified, checked_at, status) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
        checked_at = excluded.checked_at, status = excluded.status`).run(s.url, s.etag, s.lastModified, s.checkedAt, s.status);
      return one(undefined);
    },
    close: () => {
      if (db.open) db.close();
      return one(undefined);
    },
  };
  return store;
}
