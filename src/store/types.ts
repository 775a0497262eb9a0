/**
 * The store contract: what the CLI, the server and the positions view code against. SQLite
 * (src/store/sqlite/) is the first backend; a PostgreSQL backend will implement the same
 * interface, which is why every method returns a Promise even though SQLite answers synchronously.
 *
 * Dates are strings: `YYYY-MM-DD` for days, ISO 8601 for instants. `since`/`until` are inclusive
 * day bounds (`YYYY-MM-DD`). Offsets are `[start, end)` into the stored report's `text`.
 * These signatures are stable: add optional fields, never rename or remove.
 */
import type { Event, Position, Quote, Report, Span } from '../core/types.ts';

/** What the caller knows about where an article came from (not part of the analysis). */
export interface IngestMeta {
  /** Canonical article URL (feed item link, page URL). Re-ingesting a stored URL is a no-op. */
  url?: string | null;
  /** Feed or OPML entry the article came from. */
  feedUrl?: string | null;
  /** Feed item guid / Atom id. */
  guid?: string | null;
  /** Publisher name, when the report's `article.source` is empty. */
  source?: string | null;
  /** When it was fetched or read (ISO instant); defaults to now. */
  fetchedAt?: string | null;
  /** Input kind, for provenance: `feed`, `html`, `text`, `jsonl`. */
  kind?: string | null;
  /** Sentence spans of the text (from the analyzer's Doc), indexed for full-text search. */
  sentences?: Span[];
  /** Where the body ends (Doc.bodyEnd); the trailer after it is left out of near-duplicate hashing. */
  bodyEnd?: number;
}

/** Result of {@link Store.ingest}. */
export interface IngestResult {
  articleId: number;
  /** True when nothing was written because the URL or the content hash was already stored. */
  duplicate: boolean;
  /** Story (near-duplicate group) the article belongs to. */
  storyId: number;
  /** Why it was a duplicate: same `url` or same content `hash`; null when newly stored. */
  reason: 'url' | 'hash' | null;
}

/** Paging shared by every list query. `limit` defaults to 100, at most 10 000. */
export interface Page {
  limit?: number;
  offset?: number;
}

/** A page of results with the total number of matches (ignoring limit/offset). */
export interface Paged<T> {
  items: T[];
  total: number;
}

/** Article provenance attached to every stored item. */
export interface ArticleRef {
  id: number;
  storyId: number;
  title: string | null;
  /** Publisher name (report `article.source`, else `meta.source`, else the URL's host). */
  source: string | null;
  url: string | null;
  /** `YYYY-MM-DD` or null. */
  published: string | null;
}

/** One row of {@link Store.articles}. */
export interface StoredArticle extends ArticleRef {
  feedUrl: string | null;
  authors: string[];
  /** sha256 hex of the normalised text. */
  hash: string;
  ingestedAt: string;
  /** Number of characters of text. */
  length: number;
  counts: { actors: number; quotes: number; events: number; positions: number };
  /** Articles in the same story (this one included). */
  storySize: number;
}

export interface ArticleFilter extends Page {
  /** Publisher name (case-insensitive exact match) or the host the article was read from. */
  source?: string;
  story?: number;
  since?: string;
  until?: string;
  /** Full-text search (FTS5 syntax, bare words are ANDed) over the article's sentences. */
  q?: string;
}

/** A stored article: its metadata plus the full report as the analyzer produced it. */
export interface StoredReport {
  article: StoredArticle;
  report: Report;
}

export type QuadClass = 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';

/** An event as stored: the report's event fields plus provenance and cross-article counts. */
export interface StoredEvent extends Event {
  id: number;
  article: ArticleRef;
  /** PLOVER quad class of `type`, or null for unknown types. */
  quad: QuadClass | null;
  /** Intensity score when the events stage gave one (`score`/`goldstein`), else null. */
  score: number | null;
  /** `text.slice(...evidence)`. */
  evidenceText: string;
  /** Articles reporting the same event (same type, source code, target code and date). */
  articleCount: number;
  /** Distinct publishers among them (told apart by URL host, else by name). */
  sourceCount: number;
}

export interface EventFilter extends Page {
  /** Actor code prefix (`RUS` matches `RUSGOV`) or name substring, as source OR target. */
  actor?: string;
  /** Country code (first three letters of an actor code), as source OR target. */
  country?: string;
  /** PLOVER type, e.g. `ASSAULT` (case-insensitive). */
  type?: string;
  quad?: QuadClass;
  /** Event date (or the article's date when the event has none) from this day on. */
  since?: string;
  until?: string;
  /** Full-text search over the evidence sentence. */
  q?: string;
  article?: number;
  /** One row per distinct event (the earliest report) instead of one per article. */
  unique?: boolean;
}

/** A quote as stored. */
export interface StoredQuote extends Quote {
  id: number;
  article: ArticleRef;
  /** `text.slice(...span)`. */
  quoteText: string;
}

export interface QuoteFilter extends Page {
  /** Speaker name substring (case-insensitive) or code prefix. */
  speaker?: string;
  /** Full-text search over the quote. */
  q?: string;
  since?: string;
  until?: string;
  article?: number;
}

/** One actor across the store, keyed by code (or by name when the code is unknown). */
export interface ActorSummary {
  code: string;
  /** The most frequent name seen for this code. */
  name: string;
  articles: number;
  mentions: number;
  /** Earliest / latest article date mentioning it. */
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ActorFilter extends Page {
  /** Code prefix or name substring. */
  q?: string;
}

/** A position as stored, with provenance. */
export interface StoredPosition extends Position {
  id: number;
  article: ArticleRef;
  evidenceText: string;
}

export interface PositionFilter extends Page {
  /** Actor code prefix or name substring. */
  actor?: string;
  /** Issue key, exact. */
  issue?: string;
  since?: string;
  until?: string;
}

/** A near-duplicate group: the same article syndicated or lightly edited. */
export interface StorySummary {
  id: number;
  title: string | null;
  articles: number;
  sources: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** Conditional-request state remembered per fetched URL (feeds, pages). */
export interface FetchState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  checkedAt: string;
  status: number;
}

export interface StoreStats {
  articles: number;
  stories: number;
  sources: number;
  actors: number;
  quotes: number;
  events: number;
  positions: number;
}

/**
 * A sitrep database. Every write is one transaction: a crash leaves either the whole article or
 * nothing. Reads never see a half-written article.
 */
export interface Store {
  /** Where it lives (file path or connection string). */
  readonly location: string;
  /**
   * Store one analysed article in one transaction: article, sentences, actors, mentions, quotes,
   * events, positions, and its story (near-duplicate group). A URL or content hash already stored
   * makes it a no-op that returns the existing id with `duplicate: true`.
   */
  ingest(report: Report, meta?: IngestMeta): Promise<IngestResult>;
  /** Id of the article stored under this URL or content hash, without analysing anything. */
  lookup(key: { url?: string | null; hash?: string | null }): Promise<number | null>;
  articles(filter?: ArticleFilter): Promise<Paged<StoredArticle>>;
  /** The stored report of one article, or null. */
  article(id: number): Promise<StoredReport | null>;
  events(filter?: EventFilter): Promise<Paged<StoredEvent>>;
  quotes(filter?: QuoteFilter): Promise<Paged<StoredQuote>>;
  actors(filter?: ActorFilter): Promise<Paged<ActorSummary>>;
  positions(filter?: PositionFilter): Promise<Paged<StoredPosition>>;
  stories(filter?: Page): Promise<Paged<StorySummary>>;
  stats(): Promise<StoreStats>;
  /** Conditional-request state for a URL, or null when never fetched. */
  fetchState(url: string): Promise<FetchState | null>;
  saveFetchState(state: FetchState): Promise<void>;
  close(): Promise<void>;
}

export type { Span };
