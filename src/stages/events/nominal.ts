import type { Mention } from '../../core/types.ts';
import { objectAfter } from './objects.ts';
import { mainSubject, mentionHere, type RoleContext } from './roles.ts';

/** Roles of a noun trigger ("Russia's drone strikes on Kyiv", "a call between A and B"). */
export interface NominalRoles {
  source: Mention | null;
  target: Mention | null;
  /** "between A and B": both are participants, with no order. */
  between: boolean;
}

const NP_INNER = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN', 'DET', 'PUNCT']);

/** The possessor or national modifier before the noun phrase: "Mr. Trump's recent threats", "its drone bombardments", "Russian strikes". */
function possessor(ctx: RoleContext, start: number): Mention | null {
  const { doc, sent, cues } = ctx;
  for (let j = start - 1; j >= sent.first && j >= start - 5; j--) {
    const m = mentionHere(ctx, j);
    if (m) {
      const after = doc.tokenAt(m.span[1]);
      const possessed = cues.possessives.has(doc.lower[after]) || doc.pos[doc.tokenAt(m.span[0])] === 'PRON' || m.kind === 'demonym';
      return possessed || after === start ? m : null;
    }
    if (cues.possessives.has(doc.lower[j])) continue;
    if (!NP_INNER.has(doc.pos[j]) || doc.lower[j] === ',' || doc.lower[j] === 'the' && j < start - 3) return null;
  }
  return null;
}

/** "between A and B": the two mentions; "between the two leaders": the group mention alone. */
function between(ctx: RoleContext, end: number): [Mention, Mention | null] | null {
  const { doc, sent } = ctx;
  if (doc.lower[end] !== 'between') return null;
  const a = objectAfter(ctx, end + 1, 4, false, new Set());
  if (!a) return null;
  if (a.actorIds && a.actorIds.length > 1) return [a, null];
  const and = doc.tokenAt(a.span[1]);
  if (doc.lower[and] !== 'and' || and + 1 >= sent.last) return null;
  const b = objectAfter(ctx, and + 1, 4, false, new Set([a.actorId]));
  return b ? [a, b] : null;
}

/** A reduced relative right after the noun: "the sanctions the Biden administration placed on Russia". */
function reducedRelative(ctx: RoleContext, end: number): [Mention, number] | null {
  const { doc, sent } = ctx;
  let j = end;
  if (doc.lower[j] === 'that') j++;
  const m = j < sent.last ? mentionHere(ctx, j) ?? (doc.pos[j] === 'DET' ? mentionHere(ctx, j + 1) : null) : null;
  if (!m || m.span[0] < doc.starts[j]) return null;
  const v = doc.tokenAt(m.span[1]);
  return v < sent.last && doc.pos[v] === 'VERB' ? [m, v + 1] : null;
}

/**
 * Source and target of a noun trigger spanning tokens `[start, end)`: the source is its possessor
 * or national modifier, "by X" after it, the subject of a reduced relative, or — when the noun
 * sits in a fronted adverbial ("After a phone call with X, Y said") — the main subject; the target
 * is an actor introduced by a target preposition right after it.
 */
export function nominalRoles(ctx: RoleContext, start: number, end: number): NominalRoles {
  const { doc, sent } = ctx;
  const pair = between(ctx, end);
  if (pair) {
    const owner = possessor(ctx, start);
    if (owner && !pair[1]) return { source: owner, target: pair[0], between: true };
    return { source: pair[0], target: pair[1], between: true };
  }
  let source = possessor(ctx, start);
  let targetFrom = end;
  if (!source && doc.lower[end] === 'by') source = objectAfter(ctx, end + 1, 3, false, new Set());
  if (!source) {
    const rel = reducedRelative(ctx, end);
    if (rel) [source, targetFrom] = rel;
  }
  if (!source) {
    const first = doc.pos[sent.first];
    let comma = start;
    while (comma < sent.last && doc.lower[comma] !== ',') comma++;
    if ((first === 'ADP' || first === 'SCONJ') && comma < sent.last) {
      const main = mainSubject(ctx);
      if (main && main.span[0] > doc.starts[comma]) source = main;
    }
  }
  const not = new Set(source ? [source.actorId] : []);
  const target = objectAfter(ctx, targetFrom, 6, true, not);
  return { source, target, between: false };
}
