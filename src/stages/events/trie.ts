import { TokenFlags } from '../../core/doc.ts';

/** A trigger as compiled from data/events/triggers.json or the CAMEO verb list. */
export interface CompiledTrigger {
  id: number;
  /** The pattern as written, for messages and debugging. */
  pattern: string;
  /** Generated from CAMEO verbs: only coded in a tight actor-verb-actor frame. */
  strict: boolean;
  type: string;
  mode: string | null;
  cameo: string;
  ifNegated: { type: string; mode: string | null; cameo: string } | null;
  needsTarget: boolean;
  reverse: boolean;
  pos: 'verb' | 'noun' | 'word';
  /** The target must be the verb's direct object ("attacked Ukraine"), not any later actor. */
  direct: boolean;
  /** Words one of which must follow the target ("asked Mr. Putin to meet"), or null. */
  complement: Set<string> | null;
  /** Token sequences that cancel the match when they follow it. */
  block: string[][];
}

class Node {
  children = new Map<string, Node>();
  gap: Node | null = null;
  accept: CompiledTrigger[] = [];
  /** Trigger ids whose head word starts at this node. */
  headFor: number[] | null = null;
}

/** Longest gap a `*` in a pattern may span. */
const MAX_GAP = 3;

/**
 * Token trie over lower-cased surface forms, with `*` gap edges: built once from the lexicon,
 * walked from each token of a sentence, so matching costs one Map look-up per token when nothing
 * starts there (no per-pattern scan of the text).
 */
export class TriggerTrie {
  private root = new Node();
  size = 0;
  /** 1 when some pattern starts with a token (lower case), else 0, cached per word; dropped by `add`. */
  private startFlags: TokenFlags | null = null;
  /** Reused by `matchAt`, which is not re-entered: no allocation per candidate token. */
  private readonly heads = new Map<number, number>();

  /** Add a pattern: one entry per step, each a list of token-sequence alternatives, or null for a gap. */
  add(steps: Array<string[][] | null>, trigger: CompiledTrigger, headStep = 0): void {
    this.size++;
    this.startFlags = null;
    let frontier: Node[] = [this.root];
    steps.forEach((step, i) => {
      if (step === null) {
        frontier = frontier.map((n) => (n.gap ??= new Node()));
        return;
      }
      const next: Node[] = [];
      for (const n of frontier) {
        for (const alt of step) {
          let cur = n;
          alt.forEach((tok, k) => {
            let child = cur.children.get(tok);
            if (!child) cur.children.set(tok, (child = new Node()));
            if (k === 0 && i === headStep && !child.headFor?.includes(trigger.id)) (child.headFor ??= []).push(trigger.id);
            cur = child;
          });
          next.push(cur);
        }
      }
      frontier = [...new Set(next)];
    });
    for (const n of frontier) n.accept.push(trigger);
  }

  /**
   * Every match starting at token `i` and ending before `limit`, appended to `out` as
   * `{trigger, end, head}` with `end` one past the last token and `head` the token of the trigger's
   * head word. Gaps do not cross tokens in `stop` (punctuation, clause breaks). `id` is token i's
   * wink id (`Doc.ids`), or -1. Written without closures: it runs for every candidate token.
   */
  matchAt(lower: string[], i: number, limit: number, stop: Set<string>, out: TrieMatch[], id = -1): void {
    const first = this.startsWith(id, lower[i]) ? this.root.children.get(lower[i]) : undefined;
    if (first) {
      if (this.heads.size > 0) this.heads.clear(); // walks leave it empty; clear() would allocate a new table
      walk(first, i + 1, { lower, start: i, limit, stop, out, heads: this.heads });
    }
  }

  /** Whether any pattern starts with token `lower` (wink id `id`, or -1). */
  startsWith(id: number, lower: string): boolean {
    this.startFlags ??= new TokenFlags((key) => (this.root.children.has(key) ? 1 : 0));
    return this.startFlags.get(id, lower) === 1;
  }
}

/** A raw trie match. */
export interface TrieMatch {
  trigger: CompiledTrigger;
  end: number;
  head: number;
}

interface Walk {
  lower: string[];
  start: number;
  limit: number;
  stop: Set<string>;
  out: TrieMatch[];
  /** Trigger id -> token of its head word on the current path. */
  heads: Map<number, number>;
}

function walk(node: Node, j: number, w: Walk): void {
  const headFor = node.headFor; // an array, not a Set: walked without an iterator object
  if (headFor) for (let h = 0; h < headFor.length; h++) if (!w.heads.has(headFor[h])) w.heads.set(headFor[h], j - 1);
  for (const t of node.accept) w.out.push({ trigger: t, end: j, head: w.heads.get(t.id) ?? w.start });
  if (j < w.limit) {
    const child = node.children.get(w.lower[j]);
    if (child) walk(child, j + 1, w);
  }
  if (node.gap) {
    // Hyphen tokens ("hard-line") do not count towards the gap.
    for (let k = 0, words = 0; words <= MAX_GAP && j + k < w.limit; k++) {
      if (k > 0 && w.stop.has(w.lower[j + k - 1])) break;
      if (k > 0 && w.lower[j + k - 1] !== '-') words++;
      if (words <= MAX_GAP) walk(node.gap, j + k, w);
    }
  }
  if (headFor) for (let h = 0; h < headFor.length; h++) if (w.heads.get(headFor[h]) === j - 1) w.heads.delete(headFor[h]);
}
