import { describe, expect, it } from 'vitest';
import { TriggerTrie, type CompiledTrigger, type TrieMatch } from '../../src/stages/events/trie.ts';

const trigger = (id: number, pattern: string): CompiledTrigger => ({
  id, pattern, strict: false, type: 'ASSAULT', mode: null, cameo: '190', ifNegated: null, needsTarget: false,
  reverse: false, pos: 'noun', direct: false, complement: null, block: [],
});

const STOP = new Set(['.', ',']);

function build(): TriggerTrie {
  const trie = new TriggerTrie();
  // "launched * strike": the head word is the noun after the gap (step 2)
  trie.add([[['launched']], null, [['strike'], ['strikes']]], trigger(3, 'launched * strike|strikes'), 2);
  // an id from the generated range, far from the others: head is the first word
  trie.add([[['launched'], ['fired']]], trigger(100007, 'launched|fired'));
  return trie;
}

function matches(trie: TriggerTrie, text: string, at: number): TrieMatch[] {
  const words = text.split(' ');
  const out: TrieMatch[] = [];
  trie.matchAt(words, at, words.length, STOP, out);
  return out;
}

describe('TriggerTrie heads', () => {
  it('reports the head word token of each match, across a gap', () => {
    const found = matches(build(), 'the army launched two drone strikes today', 2);
    const gap = found.find((m) => m.trigger.id === 3)!;
    expect(gap.end).toBe(6);
    expect(gap.head).toBe(5);
    const verb = found.find((m) => m.trigger.id === 100007)!;
    expect(verb).toMatchObject({ end: 3, head: 2 });
  });

  it('forgets heads between calls (a later match does not see an earlier path)', () => {
    const trie = build();
    matches(trie, 'they launched heavy strikes', 1);
    const again = matches(trie, 'rebels in the north launched new strike', 4);
    expect(again.find((m) => m.trigger.id === 3)).toMatchObject({ end: 7, head: 6 });
  });

  it('finds nothing at a word no pattern starts with, and says so up front', () => {
    const trie = build();
    expect(trie.startsWith(-1, 'strikes')).toBe(false);
    expect(trie.startsWith(-1, 'fired')).toBe(true);
    expect(matches(trie, 'drone strikes launched', 1)).toEqual([]);
  });

  it('does not let a gap cross a stop token', () => {
    const found = matches(build(), 'they launched , then strikes', 1);
    expect(found.map((m) => m.trigger.id)).toEqual([100007]);
  });
});
