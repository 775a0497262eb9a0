/**
 * The shapes every stage reads and writes. A span is always `[start, end)` in JS string indices
 * (UTF-16 code units) into `Doc.text`. These are the report contract (docs/report.md): add fields
 * freely, never rename.
 */

/** `[start, end)` character offsets into the document text. */
export type Span = [number, number];

/** What the caller knows about an article before analysis. */
export interface ArticleInput {
  id?: string;
  text: string;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  /** Publication date, `YYYY-MM-DD` (a full ISO timestamp is cut to its date). */
  published?: string | null;
  authors?: string[];
}

/** Article metadata as reported: input values, completed from the text's trailer where absent. */
export interface ArticleMeta {
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  authors: string[];
  contributors: string[];
}

export type Severity = 'error' | 'warning' | 'info';

/** A diagnostic attached to the document (vfile-style): never thrown unless the input is unusable. */
export interface Message {
  /** Stable rule id, e.g. `quotes/unbalanced-mark`. */
  rule: string;
  reason: string;
  severity: Severity;
  span: Span | null;
}

/** An actor known in this document: one entry per real-world actor, with every mention. */
export interface Actor {
  id: string;
  name: string;
  /** CAMEO-style code valid at the article's date, e.g. `RUSGOV`, `UKR`, `IGOUNO`. '' when unknown. */
  code: string;
  /** First three letters of `code` when it names a country or bloc. */
  country: string | null;
  kind: 'person' | 'country' | 'organization' | 'group';
  mentions: Span[];
}

/** One occurrence of an actor in the text (names, titles, pronouns, roles, metonyms, demonyms). */
export interface Mention {
  span: Span;
  actorId: string;
  kind: 'name' | 'alias' | 'title' | 'pronoun' | 'role' | 'metonym' | 'demonym' | 'group';
  /** Index into `Doc.sentences`. */
  sentence: number;
  /** For group and compound mentions ("the two leaders", "Russian and Ukrainian officials"): every actor meant. */
  actorIds?: string[];
  /** Code of this mention when it is narrower than the actor's (e.g. `RUSMIL` for "Russian forces"). */
  code?: string;
}

/** A reference to an actor as it appears in a quote, event or position. */
export interface ActorRef {
  name: string;
  code: string;
  actorId?: string;
  span?: Span;
}

export interface Quote {
  kind: 'direct' | 'mixed' | 'indirect';
  span: Span;
  cue: Span | null;
  speaker: (ActorRef & { span: Span }) | null;
  /** Co-speakers joined to the speaker ("Poland and Ukraine said": speaker Ukraine, also Poland), in text order. */
  also?: Array<ActorRef & { span: Span }>;
}

export type Factuality = 'asserted' | 'negated' | 'hypothetical';

export interface Event {
  /** PLOVER event type, e.g. `CONSULT`. */
  type: string;
  mode: string | null;
  cameo: string;
  source: ActorRef;
  target: ActorRef | null;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or null when it cannot be resolved. */
  date: string | null;
  location: { name: string; country: string | null } | null;
  factuality: Factuality;
  evidence: Span;
  [extra: string]: unknown;
}

export type Stance = 'demand' | 'propose' | 'support' | 'accept' | 'reject' | 'drop' | 'condition';

export interface Position {
  actor: { name: string; code: string };
  issue: string;
  stance: Stance;
  date: string | null;
  evidence: Span;
  [extra: string]: unknown;
}

/** The JSON report of one article (docs/report.md). */
export interface Report {
  id: string | null;
  text: string;
  article: ArticleMeta;
  actors: Array<{ id: string; name: string; code: string; mentions: Span[]; [extra: string]: unknown }>;
  quotes: Quote[];
  events: Event[];
  positions: Position[];
  messages: Message[];
}
