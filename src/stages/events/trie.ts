import { TokenMemo } from '../../core/doc.ts';

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
  /** Head slots (`TriggerTrie.slotOf`) of `accept`, in the same order. */
  acceptSlots: number[] = [];
  /** Head slots of the triggers whose head word starts at this node. */
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
  /** The root's child for a token (lower case), or null, cached per word: no Map probe per token. Dropped by `add`. */
  private firstNode: TokenMemo<Node | null> | null = null;
  /**
   * Dense slot per trigger id (ids are sparse: generated verbs start at 100000), so the head
   * tokens of a walk live in a typed array rather than a Map keyed by id.
   */
  private readonly slotOf = new Map<number, number>();
  /** Slot -> token of the trigger's head word on the current path, -1 when unset. Reused by `matchAt`, which is not re-entered. */
  private heads = new Int32Array(0);
  private state: Walk | null = null;

  private slot(id: number): number {
    let s = this.slotOf.get(id);
    if (s === undefined) this.slotOf.set(id, (s = this.slotOf.size));
    return s;
  }

  /** Add a pattern: one entry per step, each a list of token-sequence alternatives, or null for a gap. */
  add(steps: Array<string[][] | null>, trigger: CompiledTrigger, headStep = 0): void {
    this.size++;
    this.firstNode = null;
    const slot = this.slot(trigger.id);
    if (this.heads.length < this.slotOf.size) this.heads = new Int32Array(this.slotOf.size * 2).fill(-1);
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
            if (k === 0 && i === headStep && !child.headFor?.includes(slot)) (child.headFor ??= []).push(slot);
            cur = child;
          });
          next.push(cur);
        }
      }
      frontier = [...new Set(next)];
    });
    for (const n of frontier) {
      n.accept.push(trigger);
      n.acceptSlots.push(slot);
    }
  }

  /**
   * Every match starting at token `i` and ending before `limit`, appended to `out` as
   * `{trigger, end, head}` with `end` one past the last token and `head` the token of the trigger's
   * head word. Gaps do not cross tokens in `stop` (punctuation, clause breaks). `id` is token i's
   * wink id (`Doc.ids`), or -1. Written without closures: it runs for every candidate token.
   */
  matchAt(lower: string[], i: number, limit: number, stop: Set<string>, out: TrieMatch[], id = -1): void {
    const first = this.first(id, lower[i]);
    if (!first) return;
    // One walk state, refilled per call; walks leave every head slot unset (-1) again.
    const w = (this.state ??= { lower, start: i, limit, stop, out, heads: this.heads });
    w.lower = lower;
    w.start = i;
    w.limit = limit;
    w.stop = stop;
    w.out = out;
    w.heads = this.heads;
    walk(first, i + 1, w);
  }

  /** Whether any pattern starts with token `lower` (wink id `id`, or -1). */
  startsWith(id: number, lower: string): boolean {
    return this.first(id, lower) !== null;
  }

  private first(id: number, lower: string): Node | null {
    this.firstNode ??= new TokenMemo((key) => this.root.children.get(key) ?? null);
    return this.firstNode.get(id, lower);
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
  /** Trigger slot -> token of its head word on the current path, -1 when unset. */
  heads: Int32Array;
}

function walk(node: Node, j: number, w: Walk): void {
  const heads = w.heads;
  const headFor = node.headFor; // an array, not a Set: walked without an iterator object
  if (headFor) for (let h = 0; h < headFor.length; h++) if (heads[headFor[h]] < 0) heads[headFor[h]] = j - 1;
  const accept = node.accept;
  for (let a = 0; a < accept.length; a++) {
    const head = heads[node.acceptSlots[a]];
    w.out.push({ trigger: accept[a], end: j, head: head < 0 ? w.start : head });
  }
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
  if (headFor) for (let h = 0; h < headFor.length; h++) if (heads[headFor[h]] === j - 1) heads[headFor[h]] = -1;
}
