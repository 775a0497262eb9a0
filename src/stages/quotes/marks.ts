import type { Doc } from '../../core/doc.ts';

/** A run of text between quotation marks. */
export interface Marked {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or -1 when the quote never closes. */
  close: number;
  /** Inner character span (without the marks). */
  start: number;
  end: number;
  /** First and one-past-last token inside the marks. */
  first: number;
  last: number;
  paragraph: number;
  /** The quote reopens one left open at the end of the previous paragraph. */
  continues: boolean;
  /** Single marks (‘…’) rather than double. */
  single: boolean;
}

/** A quotation of at most this many tokens may be a title, a name or a scare quote ("on “Morning Line”"), not speech. */
const SHORT_QUOTE = 4;

/** Whether quotation `m` is short enough to be a title or a scare quote rather than speech. */
export function shortQuote(m: Marked): boolean {
  return m.last - m.first <= SHORT_QUOTE;
}

/** The token after quotation `m`: past its closing mark, or past its words when it never closes. */
export function quoteEnd(m: Marked): number {
  return m.close >= 0 ? m.close + 1 : m.last;
}

/**
 * Whether quotation `m`'s last word inside the marks is a comma ("“burn bag,” the Times said"); the
 * last token inside, since a closing '' pair is two tokens.
 */
export function commaInside(doc: Doc, m: Marked): boolean {
  return doc.lower[m.last - 1] === ',';
}

const DOUBLE = new Set(['“', '”', '"', '„', '‟', '«', '»', '＂']);
const DOUBLE_OPEN = new Set(['“', '„', '‟', '«']);
const SINGLE = new Set(['‘', '’', "'", '‚', '‹', '›']);
const LEFT_EDGE = /[\s([{—–-]/;
const RIGHT_EDGE = /[\s.,;:!?)\]}—–-]/;
/** An unclosed quote runs to the paragraph end, but never over more sentences than this. */
const MAX_UNCLOSED_SENTENCES = 4;
/** Single-quoted runs longer than this are apostrophes, not quotes. */
const MAX_SINGLE_TOKENS = 40;

/**
 * How many tokens the double mark at token `i` takes: 1 for a double mark, 2 for two glued
 * apostrophes (the '' some newspapers print for a double mark), 0 for no double mark.
 */
function markWidth(doc: Doc, i: number, last: number): number {
  if (doc.ends[i] - doc.starts[i] !== 1) return 0;
  const ch = doc.text[doc.starts[i]];
  if (DOUBLE.has(ch)) return 1;
  if (ch !== "'" || !gluedApostrophe(doc, i + 1, last)) return 0;
  // "…a special case,''' he said": a nested single quote closes first, then the double one.
  if (gluedApostrophe(doc, i + 2, last) && (doc.ends[i + 2] >= doc.text.length || RIGHT_EDGE.test(doc.text[doc.ends[i + 2]]))) return 0;
  return 2;
}

/** Whether token `k` (before `last`) is an apostrophe glued to the token before it. */
function gluedApostrophe(doc: Doc, k: number, last: number): boolean {
  return k < last && doc.lower[k] === "'" && doc.starts[k] === doc.ends[k - 1];
}

/** Whether the mark over tokens `[i, j]` opens (true) or closes (false), from the characters around it. */
function opens(doc: Doc, i: number, j: number, pStart: number, pEnd: number, isOpen: boolean): boolean {
  const s = doc.starts[i];
  const e = doc.ends[j];
  const left = s <= pStart || LEFT_EDGE.test(doc.text[s - 1]);
  const right = e >= pEnd || RIGHT_EDGE.test(doc.text[e]);
  if (left && !right) return true;
  if (right && !left) return false;
  const ch = doc.text[s];
  if (DOUBLE_OPEN.has(ch) || ch === '‘' || ch === '‹') return true;
  if (ch === '"' || ch === "'" || ch === '＂') return !isOpen;
  return false;
}

/** Token ranges `[first, last)` of each paragraph, from the sentences. */
export function paragraphTokens(doc: Doc): Array<[number, number]> {
  const out: Array<[number, number]> = doc.paragraphs.map(() => [0, 0]);
  let prev = -1;
  for (const s of doc.sentences) {
    if (s.paragraph !== prev) out[s.paragraph] = [s.first, s.last];
    else out[s.paragraph][1] = s.last;
    prev = s.paragraph;
  }
  return out;
}

/**
 * Pair quotation marks paragraph by paragraph (only tokens before `limit`). Curly and straight
 * marks are told apart by the characters around them; apostrophes inside words are part of word
 * tokens and never seen here. A quote left open at a paragraph end is closed there: silently when
 * the next paragraph reopens it (the news convention for long quotes), else with a
 * `quotes/unbalanced-mark` message and at most a few sentences long.
 */
export function findMarked(doc: Doc, paras: Array<[number, number]>, limit: number): Marked[] {
  const out: Marked[] = [];
  let carried = false;
  for (let p = 0; p < paras.length; p++) {
    const [first, lastAll] = paras[p];
    const last = Math.min(lastAll, limit);
    if (last <= first) continue;
    const [pStart, pEnd] = doc.paragraphs[p];
    const reopened = carried && markWidth(doc, first, last) > 0;
    carried = false;
    let open = -1;
    let openWidth = 1;
    const inPara: Marked[] = [];
    const push = (o: number, c: number, endTok: number) => {
      const q: Marked = {
        open: o, close: c, first: o + openWidth, last: endTok, start: doc.ends[o + openWidth - 1],
        end: c >= 0 ? doc.starts[endTok] : doc.ends[Math.max(o, endTok - 1)], paragraph: p,
        continues: reopened && o === first, single: false,
      };
      inPara.push(q);
    };
    for (let i = first; i < last; i++) {
      const width = markWidth(doc, i, last);
      if (!width) continue;
      // A closing '' is `close` at its second apostrophe, so the quote's text ends before the first.
      const j = i + width - 1;
      if (opens(doc, i, j, pStart, pEnd, open >= 0)) {
        if (open >= 0) {
          doc.message('quotes/unbalanced-mark', 'a quotation mark opens while another is still open; the first quote is closed before it', [doc.starts[open], doc.ends[j]]);
          push(open, -1, i);
        }
        open = i;
        openWidth = width;
      } else if (open >= 0) {
        push(open, j, i);
        open = -1;
      } else {
        doc.message('quotes/unbalanced-mark', 'a closing quotation mark has no opening mark; ignored', [doc.starts[i], doc.ends[j]]);
      }
      i = j;
    }
    if (open >= 0) {
      const next = paras[p + 1];
      carried = Boolean(next && next[1] > next[0] && next[0] < limit && markWidth(doc, next[0], next[1]) > 0);
      let end = last;
      if (!carried) {
        const s0 = doc.sentenceAt(doc.starts[open]);
        const cap = doc.sentences[Math.min(doc.sentences.length - 1, s0 + MAX_UNCLOSED_SENTENCES - 1)].last;
        end = Math.min(last, cap);
        doc.message('quotes/unbalanced-mark', 'a quotation mark never closes; the quote is cut at the paragraph end', [doc.starts[open], doc.ends[end - 1]]);
      }
      push(open, -1, end);
    }
    pairSingles(doc, first, last, pStart, pEnd, inPara, p);
    inPara.sort((a, b) => a.open - b.open);
    for (const q of inPara) if (q.last > q.first || q.close >= 0) out.push(q);
  }
  return out;
}

/** Single-quoted runs outside double quotes (headlines, scare quotes), paired conservatively. */
function pairSingles(doc: Doc, first: number, last: number, pStart: number, pEnd: number, doubles: Marked[], paragraph: number): void {
  const inside = (i: number) => doubles.some((q) => i >= q.open && i <= (q.close >= 0 ? q.close : q.last));
  let open = -1;
  for (let i = first; i < last; i++) {
    const ch = doc.text[doc.starts[i]];
    if (!SINGLE.has(ch) || inside(i)) continue;
    const s = doc.starts[i];
    const e = doc.ends[i];
    const left = s <= pStart || LEFT_EDGE.test(doc.text[s - 1]);
    if (e - s > 1) {
      // The tagger glues a straight mark to the next word ("'a matter"): an opening mark inside a token.
      if (left) open = -(i + 2);
      continue;
    }
    const right = e >= pEnd || RIGHT_EDGE.test(doc.text[e]);
    if (left && !right) open = i;
    else if (right && !left && open !== -1 && i - Math.abs(open) <= MAX_SINGLE_TOKENS) {
      // A negative `open` (-(i + 2)) marks a mark glued to the word at token i.
      const glued = open < -1;
      const o = glued ? -open - 2 : open;
      const first = glued ? o : o + 1;
      if (i > first) doubles.push({ open: o, close: i, first, last: i, start: glued ? doc.starts[o] + 1 : doc.ends[o], end: s, paragraph, continues: false, single: true });
      open = -1;
    }
  }
}
