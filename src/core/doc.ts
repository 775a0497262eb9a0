import type {
  Actor, ArticleMeta, Event, Mention, Message, Position, Quote, Severity, Span,
} from './types.ts';

/** A sentence: character span plus the half-open range of its tokens. */
export interface Sentence {
  start: number;
  end: number;
  /** First token index. */
  first: number;
  /** One past the last token index. */
  last: number;
  /** Index into `Doc.paragraphs`. */
  paragraph: number;
}

/** Token view for code that prefers objects over the parallel arrays. */
export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
}

/**
 * The document every stage works on (spaCy's Doc, vfile's provenance and messages).
 *
 * Tokens live in parallel arrays (`starts`, `ends`, `lower`, `pos`), wink-style, so stages can scan
 * them without allocating; `token(i)` gives an object view when convenient. Whitespace is not a
 * token. Layers (`actors`, `mentions`, `quotes`, `events`, `positions`) start empty and are filled
 * by stages in pipeline order.
 */
export class Doc {
  readonly id: string | null;
  readonly text: string;
  article: ArticleMeta;

  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Lower-cased token text, for lexicon look-ups. */
  readonly lower: string[];
  /** wink's id of each token's text (-1 when unknown): keys for `TokenMemo`. */
  readonly ids: Int32Array;
  /** Universal POS tag per token (wink-eng-lite-web-model). */
  readonly pos: string[];
  readonly sentences: Sentence[];
  readonly paragraphs: Span[];

  /** Offset where the article body ends: credits, bios and feed footers lie after it. */
  bodyEnd: number;

  readonly messages: Message[] = [];
  actors: Actor[] = [];
  mentions: Mention[] = [];
  quotes: Quote[] = [];
  events: Event[] = [];
  positions: Position[] = [];
  /** Free slot for stages to share intermediate results (keyed by stage name). */
  readonly scratch: Record<string, unknown> = {};

  constructor(init: {
    id: string | null; text: string; article: ArticleMeta; starts: Int32Array; ends: Int32Array;
    lower: string[]; pos: string[]; sentences: Sentence[]; paragraphs: Span[]; ids?: Int32Array;
  }) {
    this.id = init.id;
    this.text = init.text;
    this.article = init.article;
    this.starts = init.starts;
    this.ends = init.ends;
    this.lower = init.lower;
    this.ids = init.ids ?? new Int32Array(init.lower.length).fill(-1);
    this.pos = init.pos;
    this.sentences = init.sentences;
    this.paragraphs = init.paragraphs;
    this.bodyEnd = init.text.length;
  }

  get tokenCount(): number {
    return this.starts.length;
  }

  /** Object view of token `i`. */
  token(i: number): Token {
    return {
      index: i, start: this.starts[i], end: this.ends[i],
      text: this.text.slice(this.starts[i], this.ends[i]), lower: this.lower[i], pos: this.pos[i],
    };
  }

  /** Original text of token `i`. */
  tokenText(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** Index of the token containing `offset`, or of the first token after it; `tokenCount` if none. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the sentence containing `offset` (or the nearest one before it); -1 if none. */
  sentenceAt(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Whether `offset` lies in the article body (not in credits, bios or footer). */
  inBody(offset: number): boolean {
    return offset < this.bodyEnd;
  }

  /** Sentences that belong to the body: the ones stages should read. */
  bodySentences(): Sentence[] {
    return this.sentences.filter((s) => s.start < this.bodyEnd);
  }

  /** Text of a span. */
  slice(span: Span): string {
    return this.text.slice(span[0], span[1]);
  }

  /** Record a diagnostic. */
  message(rule: string, reason: string, span: Span | null = null, severity: Severity = 'warning'): void {
    this.messages.push({ rule, reason, severity, span });
  }
}

/**
 * A function of a token's text, cached by the token's wink id (`Doc.ids`): a stage's per-token
 * lexicon look-up (a Map keyed by string) is then paid once per distinct word, not once per token.
 * Owned by the compiled lexicon it serves. `compute` must not return undefined, and the key passed
 * with an id must always be the same function of that id's text (its lower case, or a
 * normalisation of it), so that the cached value is the one `compute` would give.
 */
export class TokenMemo<T> {
  private readonly values: Array<T | undefined> = [];
  constructor(private readonly compute: (key: string) => T) {}

  /** `compute(key)` for a token with wink id `id` (no caching when the id is unknown, -1). */
  get(id: number, key: string): T {
    if (id < 0) return this.compute(key);
    const values = this.values;
    // Grown with undefined values, never with holes, so the array stays a fast packed one.
    if (id >= values.length) while (values.length <= id) values.push(undefined);
    let v = values[id];
    if (v === undefined) values[id] = v = this.compute(key);
    return v;
  }
}

/**
 * Like `TokenMemo`, for small values (0–254): a byte per word id, so the table stays small enough
 * to sit in the CPU cache (a value array per word id would not). Stages keep "may anything start
 * at this word?" bits here and look up the lexicon itself only where the answer is yes.
 */
export class TokenFlags {
  /** The value + 1 per id; 0 while not yet computed. */
  private flags = new Uint8Array(1 << 17);
  constructor(private readonly compute: (key: string) => number) {}

  /** `compute(key)` for a token with wink id `id` (no caching when the id is unknown, -1). */
  get(id: number, key: string): number {
    if (id < 0) return this.compute(key);
    if (id >= this.flags.length) {
      let size = this.flags.length * 2;
      while (size <= id) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.flags);
      this.flags = grown;
    }
    const f = this.flags[id];
    if (f !== 0) return f - 1;
    const v = this.compute(key);
    if (!(v >= 0 && v <= 254 && Number.isInteger(v))) throw new RangeError(`TokenFlags value out of range: ${v}`);
    this.flags[id] = v + 1;
    return v;
  }
}
