import type { Mention } from '../../core/types.ts';
import { mentionHere, type RoleContext } from './roles.ts';

/**
 * The first actor mention after token `from` in the clause, skipping places ("in Istanbul") and
 * agents ("by Russia"). With `needPrep`, only one introduced by a target preposition
 * ("talks with Ukraine", "sanctions against Russia"). Stops at clause breaks, except a comma that
 * opens a coordinated verb or "including".
 */
export function objectAfter(ctx: RoleContext, from: number, max: number, needPrep: boolean, not: Set<string>): Mention | null {
  const { doc, sent, cues } = ctx;
  let prep = false;
  for (let j = from; j < sent.last && j < from + max; j++) {
    const w = doc.lower[j];
    if (cues.clauseBreak.has(w) && j > from) {
      const listed = doc.pos[j - 1] === 'VERB' && doc.pos[j + 1] === 'VERB'; // "blaming, shaming and threatening X"
      if (!(w === ',' && (doc.lower[j + 1] === 'including' || listed))) return null;
    }
    if (w === 'that' && (doc.lower[j - 1] === 'and' || doc.lower[j - 1] === ',') && j > from) return null;
    if (cues.targetPrepositions.has(w)) prep = true;
    const m = mentionHere(ctx, j);
    if (!m) continue;
    j = doc.tokenAt(m.span[1] - 1);
    const before = doc.lower[doc.tokenAt(m.span[0]) - 1];
    if (cues.locativePrepositions.has(before) || cues.agentPrepositions.has(before)) continue;
    if (not.has(m.actorId)) continue;
    if (needPrep && !prep) return null;
    return m;
  }
  return null;
}

/** The agent of a passive verb: the mention after "by" within the clause. */
export function agentAfter(ctx: RoleContext, from: number): Mention | null {
  const { doc, sent, cues } = ctx;
  for (let j = from; j < sent.last && j < from + 8; j++) {
    if (cues.clauseBreak.has(doc.lower[j])) return null;
    if (cues.agentPrepositions.has(doc.lower[j])) return mentionHere(ctx, j + 1) ?? mentionHere(ctx, j + 2);
  }
  return null;
}

/** Whether the verb at `head` is passive: a form of "be"/"get" right before a participle. */
export function isPassive(ctx: RoleContext, head: number): boolean {
  const { doc, sent, cues } = ctx;
  const w = doc.lower[head];
  if (!/(ed|en|wn|ne|ck|ht|ld|ut)$/.test(w)) return false;
  for (let j = head - 1; j >= sent.first && j >= head - 3; j--) {
    if (cues.beForms.has(doc.lower[j]) && doc.pos[j] === 'AUX') return true;
    if (doc.pos[j] !== 'ADV' && doc.pos[j] !== 'PART') return false;
  }
  return false;
}
