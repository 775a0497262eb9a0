import { z } from 'zod';
import { TokenFlags } from '../../core/doc.ts';
import { readWithWink } from '../../core/nlp.ts';
import type { Stance } from '../../core/types.ts';

const STANCES = ['demand', 'propose', 'support', 'accept', 'reject', 'drop', 'condition'] as const;
const StanceSchema = z.enum(STANCES);
const Phrase = z.string().min(1);

const IssueSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'issue ids are lower-case words joined by hyphens'),
  label: z.string().default(''),
  terms: z.array(Phrase).min(1),
  events: z.array(z.object({ type: z.string().min(1), mode: z.string().optional() })).default([]),
  roles: z.record(z.string(), z.array(Phrase)).default({}),
});

/** data/issues/issues.json, or a user's file in the same format. */
export const IssuesSchema = z.object({ $comment: z.string().optional(), issues: z.array(IssueSchema) });

/** data/issues/stances.json. */
export const StancesSchema = z.object({
  $comment: z.string().optional(),
  cues: z.array(z.object({
    stance: StanceSchema, needsPrior: z.boolean().default(false), speakerHeld: z.boolean().default(false), phrases: z.array(Phrase),
  })),
  priors: z.array(z.object({ stance: StanceSchema, phrases: z.array(Phrase) })).default([]),
  negators: z.array(z.string()).default([]),
  negated: z.partialRecord(StanceSchema, StanceSchema.nullable()).default({}),
  hedges: z.array(z.string()).default([]),
  possessives: z.array(z.string()).default([]),
  clauseBreaks: z.array(z.string()).default([]),
  events: z.record(z.string(), StanceSchema).default({}),
});

/** A node of a token trie: children by lower-cased token, `*` for any one token. */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value: T | null;
  /** Whether some child key is `word/TAG`, or `*`: skips those look-ups on most nodes. */
  tagged: boolean;
  wild: boolean;
  /** The `word/TAG` children again, by word then tag, so matching builds no "word/TAG" strings. */
  byTag: Map<string, Map<string, TrieNode<T>>>;
}

/** What a stance cue means. */
export interface Cue {
  stance: Stance;
  needsPrior: boolean;
  /** A modal demand ("must"): held by the speaker, not the clause's subject. */
  speakerHeld: boolean;
}

/** Issues and stance cues compiled for matching over token arrays. */
export interface PositionsLexicon {
  issues: TrieNode<string>;
  cues: TrieNode<Cue>;
  priors: TrieNode<Stance>;
  /** Role words per issue: `role` is e.g. `mediator`, `participant`. */
  roles: TrieNode<Array<{ issue: string; role: string }>>;
  /** Issue id → its label and the event types (`TYPE` or `TYPE:mode`) that signal it. */
  issueInfo: Map<string, { label: string; events: Set<string> }>;
  negators: Set<string>;
  negated: Partial<Record<Stance, Stance | null>>;
  hedges: Set<string>;
  possessives: Set<string>;
  clauseBreaks: TrieNode<true>;
  eventStance: Map<string, Stance>;
  /** Which scanned tries may start at a token key, plain or tagged (`START` bits), cached per word: not two look-ups per trie. */
  starts: TokenFlags;
}

/** Bits of `PositionsLexicon.starts`: the tries readSentence scans over every token. */
export const START = { issue: 1, clauseBreak: 2, cue: 4 } as const;

/** Token key as matched: lower case, curly apostrophes straightened. */
export function tokenKey(lower: string): string {
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

/** Regular inflections of a verb or noun (over-generation is harmless: non-words never match). */
function inflect(base: string): string[] {
  const out = new Set([base, `${base}s`, `${base}es`, `${base}ed`, `${base}d`, `${base}ing`]);
  if (base.endsWith('e')) out.add(`${base.slice(0, -1)}ing`);
  if (base.endsWith('y')) { out.add(`${base.slice(0, -1)}ies`); out.add(`${base.slice(0, -1)}ied`); }
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base)) { out.add(`${base}${base.at(-1)}ed`); out.add(`${base}${base.at(-1)}ing`); }
  return [...out];
}

/** Every token sequence a phrase stands for: `*` stays a wildcard, `word~` fans out, words are tokenized as wink does. */
function expand(phrase: string): string[][] {
  let seqs: string[][] = [[]];
  for (const raw of phrase.trim().split(/\s+/)) {
    // "host~/VERB": the word only with that part of speech (keys "host/VERB", "hosted/VERB", …).
    const tagged = /^(.+)\/([A-Z]+)$/.exec(raw);
    const word = (tagged ? tagged[1] : raw).toLowerCase();
    const tag = tagged ? `/${tagged[2]}` : '';
    const forms = word === '*' ? ['*'] : word.endsWith('~') ? inflect(word.slice(0, -1)) : [word];
    const next: string[][] = [];
    for (const form of forms) {
      const toks = form === '*' || /^[\p{L}\p{N}]+$/u.test(form) ? [form + tag] : readWithWink(form).values.filter((v) => v.trim() !== '');
      for (const s of seqs) next.push([...s, ...toks.map(tokenKey)]);
    }
    seqs = next;
  }
  return seqs.filter((s) => s.length > 0);
}

function newNode<T>(): TrieNode<T> {
  return { next: new Map(), value: null, tagged: false, wild: false, byTag: new Map() };
}

function insert<T>(root: TrieNode<T>, phrase: string, value: T, merge?: (old: T, add: T) => T): void {
  for (const seq of expand(phrase)) {
    let node = root;
    for (const tok of seq) {
      let child = node.next.get(tok);
      if (!child) node.next.set(tok, (child = newNode<T>()));
      if (tok === '*') node.wild = true;
      else if (tok.includes('/') && tok.length > 1) {
        node.tagged = true;
        // Every cut at a '/' is recorded: a word may hold '/' itself, and "word/TAG" is matched as written.
        for (let at = tok.indexOf('/'); at >= 0; at = tok.indexOf('/', at + 1)) {
          const word = tok.slice(0, at);
          if (!node.byTag.has(word)) node.byTag.set(word, new Map());
          node.byTag.get(word)!.set(tok.slice(at + 1), child);
        }
      }
      node = child;
    }
    node.value = node.value !== null && merge ? merge(node.value, value) : value;
  }
}

/**
 * Validate and compile the issue and stance lexicons (data/issues/*.json) into token tries.
 * `extraIssues` (users' files, same format as issues.json) add issues or extend one with the same id.
 * Throws a zod error naming the bad field.
 */
export function compilePositionsLexicon(issuesData: unknown, stancesData: unknown, extraIssues: unknown[] = []): PositionsLexicon {
  const stances = StancesSchema.parse(stancesData);
  const startBits = new Map<string, number>();
  const lex: PositionsLexicon = {
    issues: newNode(), cues: newNode(), priors: newNode(), roles: newNode(), issueInfo: new Map(),
    negators: new Set(stances.negators.map((w) => tokenKey(w.toLowerCase()))),
    negated: stances.negated,
    hedges: new Set(stances.hedges.map((w) => tokenKey(w.toLowerCase()))),
    possessives: new Set(stances.possessives.map((w) => tokenKey(w.toLowerCase()))),
    clauseBreaks: newNode(),
    eventStance: new Map(Object.entries(stances.events).map(([k, v]) => [k.toUpperCase(), v])),
    starts: new TokenFlags((key) => startBits.get(key) ?? 0),
  };
  for (const data of [issuesData, ...extraIssues]) {
    for (const issue of IssuesSchema.parse(data).issues) {
      const info = lex.issueInfo.get(issue.id) ?? { label: issue.label, events: new Set<string>() };
      if (issue.label) info.label = issue.label;
      for (const e of issue.events) info.events.add(e.mode ? `${e.type.toUpperCase()}:${e.mode.toLowerCase()}` : e.type.toUpperCase());
      lex.issueInfo.set(issue.id, info);
      for (const t of issue.terms) insert(lex.issues, t, issue.id);
      for (const [role, words] of Object.entries(issue.roles)) {
        for (const w of words) insert(lex.roles, w, [{ issue: issue.id, role }], (a, b) => [...a, ...b]);
      }
    }
  }
  for (const c of stances.cues) for (const p of c.phrases) insert(lex.cues, p, { stance: c.stance, needsPrior: c.needsPrior, speakerHeld: c.speakerHeld });
  for (const b of stances.clauseBreaks) insert(lex.clauseBreaks, b, true as const);
  for (const p of stances.priors) for (const ph of p.phrases) insert(lex.priors, ph, p.stance);
  for (const [root, bit] of [[lex.issues, START.issue], [lex.clauseBreaks, START.clauseBreak], [lex.cues, START.cue]] as const) {
    for (const k of [...root.next.keys(), ...root.byTag.keys()]) startBits.set(k, (startBits.get(k) ?? 0) | bit);
  }
  return lex;
}

/** Best match so far while walking the trie (reused to avoid allocation per token). */
interface Found<T> { value: T | null; end: number }

function visit<T>(child: TrieNode<T> | undefined, keys: readonly string[], tags: readonly string[] | undefined, j: number, end: number, out: Found<T>): void {
  if (!child) return;
  if (child.value !== null && j + 1 > out.end) { out.value = child.value; out.end = j + 1; }
  if (j + 1 < end) walk(child, keys, tags, j + 1, end, false, out);
}

function walk<T>(node: TrieNode<T>, keys: readonly string[], tags: readonly string[] | undefined, j: number, end: number, first: boolean, out: Found<T>): void {
  visit(node.next.get(keys[j]), keys, tags, j, end, out);
  if (tags && node.tagged) visit(node.byTag.get(keys[j])?.get(tags[j]), keys, tags, j, end, out);
  if (!first && node.wild) visit(node.next.get('*'), keys, tags, j, end, out);
}

/**
 * Longest match of `root` starting at token `i` (not past `end`): its value and end token, or null.
 * With `tags` (POS per token), words written `word/TAG` in the lexicon match only with that tag.
 */
export function matchAt<T>(root: TrieNode<T>, keys: readonly string[], i: number, end: number, tags?: readonly string[]): { value: T; end: number } | null {
  // Nothing can start here unless the word, or the word with its tag, is a child of the root.
  if (!root.next.has(keys[i]) && !(tags && root.tagged && root.byTag.get(keys[i])?.has(tags[i]))) return null;
  const out: Found<T> = { value: null, end: -1 };
  walk(root, keys, tags, i, end, true, out);
  return out.value === null ? null : { value: out.value, end: out.end };
}
