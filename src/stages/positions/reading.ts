import type { Stance } from '../../core/types.ts';
import { matchAt, START, type Cue, type PositionsLexicon, type TrieNode } from './lexicon.ts';

/** Token range `[first, end)`. */
export type TokenRange = [number, number];

/** A stance cue paired with the issue it bears on, inside one sentence (token indices). */
export interface Reading {
  /** Stance after negation. */
  stance: Stance;
  cue: TokenRange;
  cueInfo: Cue;
  issue: string;
  term: TokenRange;
  negated: boolean;
  /** After a drop cue: the stance named by the noun it drops ("his demand"), and where. */
  prior: { stance: Stance; range: TokenRange } | null;
  role: string | null;
  /** First token of the cue's clause. */
  clauseStart: number;
}

/** Issue terms found in a sentence. */
export interface Term {
  issue: string;
  range: TokenRange;
}

/** What a sentence says about issues: stance readings and every issue term. */
export interface SentenceReading {
  readings: Reading[];
  terms: Term[];
}

/**
 * How far (in tokens) a cue looks ahead for its issue, behind it (an issue as subject: "the talks
 * must…", never across "and"), for its prior noun, and for a negator.
 */
const AHEAD = 15;
const BEHIND = 3;
const PRIOR = 3;
const NEGATION = 5;
const CONDITION = 4;

/** A cue inside a name ("the Free Trade Agreement"): proper nouns, or capitalised words mid-sentence. */
function isName(r: TokenRange, pos: readonly string[], capital: (t: number) => boolean, first: number): boolean {
  for (let t = r[0]; t < r[1]; t++) if (pos[t] !== 'PROPN' && (t === first || !capital(t))) return false;
  return true;
}

/** First token of the clause holding token `t`: just after the last break before it. */
function clauseStart(breaks: number[], first: number, t: number): number {
  return breaks.reduce((s, b) => (b < t && b + 1 > s ? b + 1 : s), first);
}

/** The first break at or after token `t`, else the sentence end. */
function clauseEnd(breaks: number[], last: number, t: number): number {
  return breaks.find((b) => b >= t) ?? last;
}

/** Per token of `[first, last)`, the tries that may start there (`PositionsLexicon.starts` bits); `ids` as `Doc.ids`. */
function startMask(lex: PositionsLexicon, keys: readonly string[], ids: Int32Array | undefined, first: number, last: number): Uint8Array {
  const mask = new Uint8Array(last - first);
  for (let i = first; i < last; i++) mask[i - first] = lex.starts.get(ids ? ids[i] : -1, keys[i]);
  return mask;
}

function scan<T>(root: TrieNode<T>, bit: number, mask: Uint8Array, keys: readonly string[], tags: readonly string[], first: number, last: number): Array<{ value: T; range: TokenRange }> {
  const out: Array<{ value: T; range: TokenRange }> = [];
  for (let i = first; i < last; i++) {
    if ((mask[i - first] & bit) === 0) continue;
    const m = matchAt(root, keys, i, last, tags);
    if (m) {
      out.push({ value: m.value, range: [i, m.end] });
      i = m.end - 1;
    }
  }
  return out;
}

/**
 * Read one sentence (tokens `[first, last)`, `keys` = normalised lower-case tokens): find issue
 * terms and stance cues, and pair each cue with its issue — the term the cue overlaps, else the
 * first term after it in its clause, else the nearest one just before it. Cues lying between a cue
 * and its issue are its content ("demand that Russia declare a cease-fire"), not stances of their
 * own. Negators before a cue turn it per `negated`; hedged cues ("unclear whether") yield nothing.
 * `ids` (the document's `Doc.ids`) only make the first look-up per token cheaper.
 */
export function readSentence(
  lex: PositionsLexicon, keys: readonly string[], pos: readonly string[], first: number, last: number,
  capital: (token: number) => boolean = () => false, ids?: Int32Array,
): SentenceReading {
  const mask = startMask(lex, keys, ids, first, last);
  const terms: Term[] = scan(lex.issues, START.issue, mask, keys, pos, first, last).map((m) => ({ issue: m.value, range: m.range }));
  const breaks = scan(lex.clauseBreaks, START.clauseBreak, mask, keys, pos, first, last).map((m) => m.range[0]);
  // A cue inside a name ("the Free Trade Agreement") is no stance.
  const cues = scan(lex.cues, START.cue, mask, keys, pos, first, last).filter((c) => !isName(c.range, pos, capital, first));
  const readings: Reading[] = [];
  let consumedUntil = -1;
  for (const { value: cue, range } of cues) {
    if (range[0] < consumedUntil) continue;
    const start = clauseStart(breaks, first, range[0]);
    const end = Math.min(clauseEnd(breaks, last, range[1]), range[1] + AHEAD);
    let prior: Reading['prior'] = null;
    if (cue.stance === 'drop') {
      for (let t = range[1]; t < Math.min(end, range[1] + PRIOR); t++) {
        const m = matchAt(lex.priors, keys, t, end, pos);
        if (m) { prior = { stance: m.value, range: [t, m.end] }; break; }
      }
    }
    if (cue.needsPrior && !prior) continue;
    const previous = readings.at(-1);
    if (cue.stance === 'condition' && previous && previous.term[1] <= range[0] && range[0] - previous.term[1] <= CONDITION
      && previous.clauseStart === start && previous.stance !== 'reject' && previous.stance !== 'drop') {
      // "accepts a cease-fire only if …": the stance before is conditional; what follows is its condition.
      previous.stance = 'condition';
      consumedUntil = end;
      continue;
    }
    const term = terms.find((x) => x.range[0] < range[1] && x.range[1] > range[0])
      ?? terms.find((x) => x.range[0] >= range[1] && x.range[1] <= end)
      ?? [...terms].reverse().find((x) => x.range[1] <= range[0] && x.range[1] >= Math.max(start, range[0] - BEHIND)
        && !pos.slice(x.range[1], range[0]).includes('CCONJ'));
    if (!term) continue;
    // Cues up to the end of the issue (and of a dropped stance noun) are this cue's content.
    // A noun right after the issue closes its phrase ("signed a trade *agreement*").
    const phraseEnd = term.range[1] + (pos[term.range[1]] === 'NOUN' && term.range[1] < last ? 1 : 0);
    if (term.range[0] >= range[1]) consumedUntil = Math.max(phraseEnd, prior?.range[1] ?? 0);
    let hedged = false;
    for (let t = start; t < range[0]; t++) if (lex.hedges.has(keys[t]) && pos[t] !== 'PROPN') hedged = true;
    if (hedged) continue;
    let negated = false;
    for (let t = Math.max(start, range[0] - NEGATION); t < range[0]; t++) if (lex.negators.has(keys[t])) negated = true;
    const stance = negated ? (lex.negated[cue.stance] ?? null) : cue.stance;
    if (!stance) continue;
    // Role words lie between cue and issue, or just after a cue that follows its issue ("talks must include").
    const lo = Math.min(range[0], term.range[0]);
    const hi = term.range[0] < range[0] ? Math.min(end, range[1] + 2) : Math.max(range[1], term.range[1]);
    let role: string | null = null;
    for (let t = lo; t < hi && !role; t++) {
      const m = matchAt(lex.roles, keys, t, hi, pos);
      const hit = m?.value.find((r) => r.issue === term.issue);
      if (hit) role = hit.role;
    }
    readings.push({ stance, cue: range, cueInfo: cue, issue: term.issue, term: term.range, negated, prior, role, clauseStart: start });
  }
  return { readings, terms };
}
