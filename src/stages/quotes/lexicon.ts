import { z } from 'zod';
import { TokenFlags } from '../../core/doc.ts';

/** How a cue relates speaker and content (docs/lexicons.md, section Quotes). */
export type CueKind = 'speech' | 'address' | 'thought' | 'intent' | 'stance' | 'according';

/** Cues of reported speech: verbs of saying and of addressing someone. */
export const REPORTING: ReadonlySet<CueKind> = new Set<CueKind>(['speech', 'address']);

const CueSchema = z.object({
  kind: z.enum(['speech', 'address', 'thought', 'intent', 'stance', 'according']),
  forms: z.array(z.string().trim().min(1)).min(1),
  after: z.array(z.string().min(1)).optional(),
  objects: z.boolean().optional(),
  inverts: z.boolean().optional(),
});

const CuesSchema = z.object({
  cues: z.array(CueSchema).default([]),
  utterances: z.array(z.string().min(1)).default([]),
  evidence: z.array(z.string().min(1)).default([]),
  kickers: z.array(z.string().min(1)).default([]),
}).passthrough();

export type CueData = z.input<typeof CuesSchema>;

/** One surface form of a cue, as matched. */
export interface CueEntry {
  /** The form's tokens, lower case. */
  tokens: string[];
  kind: CueKind;
  /** Tokens one of which must follow the cue, or null when any may. */
  after: Set<string> | null;
  /** A noun phrase after the cue is what it reports ("announced the arrest", "noted the risk"). */
  objects?: boolean;
  /** False when the cue never stands before its speaker ("…,” told X" is not English: X is the hearer). */
  inverts?: boolean;
  /** Found by the learned cue model (src/stages/quotes/learned.ts), not listed in a lexicon. */
  learned?: boolean;
  /** The learned model's best score over the cue's tokens (learned cues only). */
  score?: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry: CueEntry | null;
}

/** A compiled cue lexicon: a token trie, looked up once per token. */
export interface CueLexicon {
  root: Map<string, TrieNode>;
  size: number;
  /** Nouns for what someone said ("statement"): in "X's statement said", X is the speaker. */
  utterances: Set<string>;
  /** Nouns for polls and surveys: "in a CBS News poll, …" attributes the clause to the poll. */
  evidence: Set<string>;
  /** Words that open a headline or notice before a colon ("Breaking:", "BYLINE:"), never its source. */
  kickers: Set<string>;
  /** 1 when some cue starts with the word, per wink word id (`Doc.ids`): most tokens start none. */
  starts: TokenFlags;
}

/**
 * Validate cue lexicons (data/quotes/cues.json and any user additions) and compile them into one
 * token trie. Later lexicons override earlier entries with the same form.
 * @throws ZodError when an entry does not fit the schema.
 */
export function compileCues(...sources: unknown[]): CueLexicon {
  const root = new Map<string, TrieNode>();
  let size = 0;
  const utterances = new Set<string>();
  const evidence = new Set<string>();
  const kickers = new Set<string>();
  for (const data of sources) {
    const parsed = CuesSchema.parse(data);
    for (const u of parsed.utterances) utterances.add(u.toLowerCase());
    for (const e of parsed.evidence) evidence.add(e.toLowerCase());
    for (const k of parsed.kickers) kickers.add(k.toLowerCase());
    for (const cue of parsed.cues) {
      for (const form of cue.forms) {
        const tokens = form.toLowerCase().split(/\s+/);
        let level = root;
        let node: TrieNode | undefined;
        for (const t of tokens) {
          node = level.get(t);
          if (!node) {
            node = { next: new Map(), entry: null };
            level.set(t, node);
          }
          level = node.next;
        }
        if (!node) continue;
        if (!node.entry) size++;
        node.entry = { tokens, kind: cue.kind, after: cue.after ? new Set(cue.after.map((a) => a.toLowerCase())) : null };
        if (cue.objects) node.entry.objects = true;
        if (cue.inverts === false) node.entry.inverts = false;
      }
    }
  }
  return { root, size, utterances, evidence, kickers, starts: new TokenFlags((w) => (root.has(w) ? 1 : 0)) };
}

/**
 * The longest cue starting at token `i` of `lower` (not past `limit`), or null. The `after`
 * condition is checked against the token following the match.
 */
export function matchCue(lex: CueLexicon, lower: string[], i: number, limit: number): { entry: CueEntry; end: number } | null {
  let level = lex.root;
  let best: { entry: CueEntry; end: number } | null = null;
  for (let j = i; j < limit; j++) {
    const node = level.get(lower[j]);
    if (!node) break;
    if (node.entry) {
      const follow = j + 1 < limit ? lower[j + 1] : '.';
      if (!node.entry.after || node.entry.after.has(follow)) best = { entry: node.entry, end: j + 1 };
    }
    level = node.next;
  }
  return best;
}
