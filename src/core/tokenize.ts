import { Doc, type Sentence, type TokenMemo } from './doc.ts';
import { readWithWink } from './nlp.ts';
import type { ArticleMeta, Span } from './types.ts';

const WHITESPACE = /^\s*$/;

/** Paragraphs are runs of text between line breaks; blank lines are not paragraphs. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
    start = end + 1;
  }
  return out;
}

/** Brackets that close a parenthesis wink may have cut a sentence inside. */
const CLOSING = new Set([')', ']']);
const LOWER_START = /\p{Ll}/u;
/** Punctuation that cannot open a sentence: one that starts with it goes on with the one before. */
const GOES_ON = new Set([',', ';']);

const QUOTE_CLOSE = new Set(['”', '"', '’', "'", '»']);
const QUOTE_STOP = new Set(['!', '?']);
/** Whether token `k` closes a quotation that ends in "!" or "?" (wink ends a sentence there, even before "she said"). */
function quoteEnd(lower: string[], k: number): boolean {
  return k > 0 && QUOTE_CLOSE.has(lower[k]) && QUOTE_STOP.has(lower[k - 1]);
}

/** A bracket this close before a sentence break, still open, holds an abbreviation ("(D-N.Y.)"), not sentences. */
const BRACKET_REACH = 6;

/** Whether a "(" opened in the last few tokens before `end` (and after `from`) is still open there. */
function openBracket(lower: string[], from: number, end: number): boolean {
  for (let k = end - 1; k >= Math.max(from, end - BRACKET_REACH); k--) {
    if (CLOSING.has(lower[k])) return false;
    if (lower[k] === '(') return true;
  }
  return false;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** The space characters wink's tokenizer splits on and keeps as preceding spaces (not tokens). */
function isSeparator(c: number): boolean {
  return c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/**
 * Build a Doc from text: wink tokens with offsets recovered by skipping the spaces before each,
 * whitespace tokens dropped, sentences re-cut at paragraph breaks (wink may run a sentence across
 * a newline) and tied to their paragraph. `lowers` (lower case by wink id, kept by the analyzer)
 * gives every document the same string for a word: no allocation, and its hash, cached in the
 * string, serves every later Map look-up.
 */
export function buildDoc(id: string | null, text: string, article: ArticleMeta, lowers?: TokenMemo<string>): Doc {
  const paragraphs = splitParagraphs(text);
  const w = readWithWink(text);
  const n = w.values.length;
  // Sized for every wink token, trimmed to the kept ones at the end.
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const ids = new Int32Array(n);
  let kept = 0;
  const lower: string[] = [];
  const pos: string[] = [];
  const map = new Int32Array(n + 1); // wink index -> our index of the first kept token at or after it
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const v = w.values[i];
    // wink keeps runs of these spaces as the next token's "preceding spaces", never inside a token.
    while (cursor < text.length && isSeparator(text.charCodeAt(cursor))) cursor++;
    let start = cursor;
    // wink keeps every character, but guard against a normalised value by searching forward.
    if (text.startsWith(v, cursor) === false) {
      const found = text.indexOf(v, cursor);
      if (found >= 0) start = found;
    }
    map[i] = kept;
    cursor = start + v.length;
    const c = v.charCodeAt(0);
    // Printable ASCII is never whitespace; only other tokens need the regular expression.
    if ((c <= 32 || c >= 127) && WHITESPACE.test(v)) continue;
    starts[kept] = start;
    ids[kept] = w.ids[i];
    ends[kept++] = start + v.length;
    lower.push(lowers ? lowers.get(w.ids[i], v) : v.toLowerCase());
    pos.push(w.pos[i]);
  }
  map[n] = kept;

  const sentences: Sentence[] = [];
  let para = 0;
  const push = (first: number, last: number) => {
    if (last <= first) return;
    const start = starts[first];
    while (para < paragraphs.length - 1 && paragraphs[para][1] <= start) para++;
    sentences.push({ start, end: ends[last - 1], first, last, paragraph: para });
  };
  for (const [a, b] of w.sentences) {
    let first = map[a];
    const last = map[b + 1];
    // wink ends a sentence after "(D-Ore.)" and after “Stop!”: a lower-case word after the bracket or
    // quotation goes on with it ("“Why?” she asked", "declared “Enough!” and left"); so does a
    // sentence that would open with a comma ("Rep. Ana Roe (D-Md.), chair of …, said", "the U.S., officials said").
    const prev = sentences[sentences.length - 1];
    // ("Rep. Ana Roe (D-N.Y.) said": wink may also end one inside the brackets, after "N.")
    if (prev && prev.last === first && first < last && (GOES_ON.has(lower[first]) || openBracket(lower, prev.first, first) || ((CLOSING.has(lower[first - 1]) || quoteEnd(lower, first - 1)) && LOWER_START.test(text[starts[first]]))) && !hasNewline(text, ends[first - 1], starts[first])) {
      sentences.pop();
      first = prev.first;
    }
    let from = first;
    for (let t = first + 1; t < last; t++) {
      if (hasNewline(text, ends[t - 1], starts[t])) {
        push(from, t);
        from = t;
      }
    }
    push(from, last);
  }

  return new Doc({
    id, text, article, starts: starts.slice(0, kept), ends: ends.slice(0, kept), lower, pos, ids: ids.slice(0, kept),
    sentences, paragraphs,
  });
}
