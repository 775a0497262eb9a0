import type Database from 'better-sqlite3';

/**
 * Migrations, applied in order inside one transaction each; `PRAGMA user_version` records the
 * last one applied. Never edit a released migration: append a new one.
 */
export const MIGRATIONS: string[] = [
  // 1: articles grouped into stories, the analysis layers, FTS5 over sentences, quotes, evidence.
  `
  CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    title TEXT,
    created_at TEXT NOT NULL
  );
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    story_id INTEGER NOT NULL REFERENCES stories(id),
    hash TEXT NOT NULL,
    url TEXT UNIQUE,
    feed_url TEXT,
    guid TEXT,
    title TEXT,
    source TEXT,
    source_key TEXT NOT NULL,
    published TEXT,
    authors TEXT NOT NULL,
    kind TEXT,
    fetched_at TEXT,
    ingested_at TEXT NOT NULL,
    length INTEGER NOT NULL,
    sim_hi INTEGER, sim_lo INTEGER,
    b0 INTEGER, b1 INTEGER, b2 INTEGER, b3 INTEGER,
    n_actors INTEGER NOT NULL, n_quotes INTEGER NOT NULL, n_events INTEGER NOT NULL, n_positions INTEGER NOT NULL,
    report TEXT NOT NULL
  );
  CREATE INDEX articles_hash ON articles(hash);
  CREATE INDEX articles_story ON articles(story_id);
  CREATE INDEX articles_published ON articles(published);
  CREATE INDEX articles_source ON articles(source_key);
  CREATE INDEX articles_b0 ON articles(b0);
  CREATE INDEX articles_b1 ON articles(b1);
  CREATE INDEX articles_b2 ON articles(b2);
  CREATE INDEX articles_b3 ON articles(b3);

  CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX sentences_article ON sentences(article_id);
  CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');

  CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    name TEXT NOT NULL, code TEXT NOT NULL, key TEXT NOT NULL,
    country TEXT, kind TEXT,
    n_mentions INTEGER NOT NULL
  );
  CREATE INDEX actors_article ON actors(article_id);
  CREATE INDEX actors_key ON actors(key);
  CREATE TABLE mentions (
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL
  );
  CREATE INDEX mentions_actor ON mentions(actor_id);

  CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    speaker_name TEXT, speaker_code TEXT,
    day TEXT,
    text TEXT NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX quotes_article ON quotes(article_id);
  CREATE INDEX quotes_day ON quotes(day);
  CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content='quotes', content_rowid='id');

  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    type TEXT NOT NULL, mode TEXT, cameo TEXT,
    src_name TEXT, src_code TEXT, src_country TEXT,
    tgt_name TEXT, tgt_code TEXT, tgt_country TEXT,
    date TEXT, day TEXT,
    quad TEXT, score REAL, factuality TEXT,
    sig TEXT NOT NULL, source_key TEXT NOT NULL,
    evidence_text TEXT NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX events_article ON events(article_id);
  CREATE INDEX events_sig ON events(sig, article_id, source_key);
  CREATE INDEX events_day ON events(day);
  CREATE INDEX events_type ON events(type);
  CREATE VIRTUAL TABLE events_fts USING fts5(evidence_text, content='events', content_rowid='id');

  CREATE TABLE positions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    actor_name TEXT, actor_code TEXT, issue TEXT NOT NULL, stance TEXT,
    date TEXT, day TEXT,
    evidence_text TEXT NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX positions_article ON positions(article_id);
  CREATE INDEX positions_issue ON positions(issue);

  CREATE TABLE fetch_state (
    url TEXT PRIMARY KEY,
    etag TEXT, last_modified TEXT,
    checked_at TEXT NOT NULL, status INTEGER NOT NULL
  );
  `,
];

/** Bring a database up to the latest schema; refuses a database written by a newer sitrep. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`database schema version ${current} is newer than this sitrep knows (${MIGRATIONS.length})`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
