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
    lower: string[]; pos: string[]; sentences: Sentence[]; paragraphs: Span[];
  }) {
    this.id = init.id;
    this.text = init.text;
    this.article = init.article;
    this.starts = init.starts;
    this.ends = init.ends;
    this.lower = init.lower;
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
