import type { Span } from '../../core/types.ts';
import type { Party, RoleContext } from './roles.ts';

// Subjects when no actor mention is the subject: a quote's speaker for "we", or raw text.

/**
 * "“We will not yield,” the minister said": a first-person subject inside a direct quote is the
 * quote's speaker (for "we", the speaker stands for the government or group they speak for).
 */
export function speakerSubject(ctx: RoleContext, head: number): Party | null {
  const { doc, sent } = ctx;
  let j = head - 1;
  while (j >= sent.first && (doc.pos[j] === 'AUX' || doc.pos[j] === 'ADV' || doc.pos[j] === 'PART')) j--;
  if (j < sent.first || (doc.lower[j] !== 'we' && doc.lower[j] !== 'i')) return null;
  const at = doc.starts[j];
  for (const q of doc.quotes) {
    if (q.kind === 'indirect' || !q.speaker || q.span[0] > at || at >= q.span[1]) continue;
    return { refs: [{ name: q.speaker.name, code: q.speaker.code, actorId: q.speaker.actorId, span: q.speaker.span }], span: q.speaker.span };
  }
  return null;
}

/** A raw noun phrase right before the verb ("Protesters march"), for actors the lexicon lacks. */
export function rawSubject(ctx: RoleContext, head: number): Party | null {
  const { doc, sent } = ctx;
  let j = head - 1;
  while (j >= sent.first && (doc.pos[j] === 'AUX' || doc.pos[j] === 'ADV' || doc.pos[j] === 'PART')) j--;
  const end = j;
  while (j >= sent.first && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(doc.pos[j])) j--;
  if (end <= j || !['NOUN', 'PROPN'].includes(doc.pos[end])) return null;
  // With a name in it only: a bare common noun ("questions", "profits") is rarely an actor.
  let named = false;
  for (let k = j + 1; k <= end; k++) if (doc.pos[k] === 'PROPN') named = true;
  if (!named) return null;
  if (j >= sent.first && doc.pos[j] === 'ADP') return null;
  const span: Span = [doc.starts[j + 1], doc.ends[end]];
  return { refs: [{ name: doc.slice(span), code: '' }], span };
}
