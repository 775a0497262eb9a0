import type { Doc } from '../../core/doc.ts';
import type { ActorRef, Mention, Span } from '../../core/types.ts';

/**
 * Read-only helpers over the actors layer (`doc.mentions`, `doc.actors`) for the quote, event and
 * position stages. They assume the actors stage has run; on a document without mentions they
 * return empty results, never throw. `doc.mentions` is sorted by `span[0]`.
 */

/** Index of the first mention whose start is `>= offset` (binary search over sorted mentions). */
function firstAtOrAfter(mentions: Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].span[0] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Mentions lying entirely inside the character span `[start, end)`, in text order.
 * @example mentionsInSpan(doc, sentence.start, sentence.end)
 */
export function mentionsInSpan(doc: Doc, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstAtOrAfter(doc.mentions, start); i < doc.mentions.length; i++) {
    const m = doc.mentions[i];
    if (m.span[0] >= end) break;
    if (m.span[1] <= end) out.push(m);
  }
  return out;
}

/** The mention covering token `tokenIndex` (by character offsets), or null. */
export function mentionAt(doc: Doc, tokenIndex: number): Mention | null {
  if (tokenIndex < 0 || tokenIndex >= doc.tokenCount) return null;
  return mentionAtOffset(doc, doc.starts[tokenIndex]);
}

/** The mention whose span contains character `offset`, or null. */
export function mentionAtOffset(doc: Doc, offset: number): Mention | null {
  const i = firstAtOrAfter(doc.mentions, offset + 1) - 1;
  for (let k = i; k >= 0 && k > i - 4; k--) {
    const m = doc.mentions[k];
    if (m.span[0] <= offset && offset < m.span[1]) return m;
  }
  return null;
}

/**
 * The report-ready reference for a mention: the actor's canonical name, the mention's own code
 * when it is narrower (e.g. `RUSMIL` for "Russian forces") else the actor's code, the actor id and
 * the mention's span. For a group mention ("both sides") the first member is named and the code
 * is the group actor's; use `mention.actorIds` for every member.
 */
export function actorRef(doc: Doc, mention: Mention): ActorRef & { span: Span } {
  const actor = doc.actors.find((a) => a.id === mention.actorId);
  return {
    name: actor?.name ?? doc.slice(mention.span),
    code: mention.code ?? actor?.code ?? '',
    actorId: mention.actorId,
    span: [mention.span[0], mention.span[1]],
  };
}

/**
 * The nearest mention ending at or before `offset` within the same sentence (the likely grammatical
 * subject of a clause starting there), or null. Pronoun mentions are already resolved to actors,
 * so the result can be passed to `actorRef`.
 */
export function subjectBefore(doc: Doc, offset: number): Mention | null {
  const sentence = doc.sentenceAt(offset);
  if (sentence < 0) return null;
  const sStart = doc.sentences[sentence].start;
  for (let i = firstAtOrAfter(doc.mentions, offset) - 1; i >= 0; i--) {
    const m = doc.mentions[i];
    if (m.span[0] < sStart) break;
    if (m.span[1] <= offset) return m;
  }
  return null;
}

/** The actor with id `actorId`, or undefined. */
export function actorById(doc: Doc, actorId: string): Doc['actors'][number] | undefined {
  return doc.actors.find((a) => a.id === actorId);
}
