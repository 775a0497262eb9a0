/**
 * A token trie keyed by normalised lower-case tokens: the lexicon is compiled into it once and
 * documents are matched by walking it from each token (longest match, chunks.ts), never by regex over text.
 */

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | null;
}

export const newNode = <T>(): TrieNode<T> => ({ next: new Map(), values: null });

/** Normalise one token as the document's `lower` array gives it: curly quotes, trailing period. */
export function normToken(lower: string): string {
  // Called for every token of every document: one scan of char codes rather than two searches.
  let curly = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018) { curly = true; break; }
  }
  let t = curly ? lower.replace(/[’‘]/g, "'") : lower;
  if (t.length > 1 && t.charCodeAt(t.length - 1) === 46) t = t.slice(0, -1);
  return t;
}

/**
 * Split a lexicon phrase into keys the way wink splits text: whitespace, hyphens, slashes,
 * brackets and commas apart, possessive 's apart, a trailing period dropped.
 */
export function phraseKeys(phrase: string): string[] {
  const out: string[] = [];
  const spaced = phrase.toLowerCase().replace(/[’‘]/g, "'").replace(/'s\b/g, " 's");
  for (const piece of spaced.split(/\s+/)) {
    for (const part of piece.split(/([-/(),])/)) {
      if (part === '') continue;
      const t = normToken(part);
      if (t !== '.') out.push(t);
    }
  }
  return out;
}

export function insert<T>(root: TrieNode<T>, keys: string[], value: T): void {
  let node = root;
  for (const k of keys) {
    let n = node.next.get(k);
    if (!n) {
      n = newNode<T>();
      node.next.set(k, n);
    }
    node = n;
  }
  (node.values ??= []).push(value);
}
