import type { Factuality } from '../../core/types.ts';
import type { RoleContext } from './roles.ts';

/** Why an event is not plainly asserted. */
export type Modality = 'negated' | 'conditional' | 'modal' | 'future' | 'committed' | 'intended' | 'embedded' | 'potential';

const SKIP = new Set(['ADV', 'PUNCT', 'PART']);
const NOMINAL_SKIP = new Set(['DET', 'ADJ', 'ADP', 'NUM', 'PUNCT']);

function modal(future: boolean): { factuality: Factuality; modality: Modality } {
  return { factuality: 'hypothetical', modality: future ? 'future' : 'modal' };
}

/**
 * Factuality of a trigger whose first token is `start` and head `head`:
 * - negated: a negator ("not", "n't", "never", "failed") earlier in the same clause, within six tokens
 *   (`direct` when only auxiliaries and adverbs stand between: "will not yield", not "was not on the verge of");
 * - conditional: "if", "unless", "whether" earlier in the sentence;
 * - future: "will", "shall" right before the verb;
 * - committed: an infinitive after a commitment ("agreed to exchange", "plans to send");
 * - modal: "would", "could", "may"… right before the verb (possibility);
 * - intended: any other infinitive ("asked X to meet") or a "that" clause after a demand-like
 *   word ("demand that Russia declare");
 * - embedded: a noun trigger that is the object of another request or promise ("call for negotiations");
 * - potential: a noun trigger under "potential", "possible", "proposed".
 * `embedder[i - sent.first]` marks tokens that open an irrealis complement (intention words, request heads).
 */
export function factualityOf(ctx: RoleContext, start: number, head: number, nominal: boolean, embedder: Uint8Array): { factuality: Factuality; modality: Modality | null; direct?: boolean } {
  const { doc, sent, cues } = ctx;
  for (let j = start - 1, direct = true; j >= sent.first && j >= start - 6; j--) {
    const w = doc.lower[j];
    if (cues.clauseBreak.has(w) || cues.relative.has(w) && j < start - 1) break;
    if (cues.negation.has(w) && !cues.negationBlockers.has(doc.lower[j + 1])) return { factuality: 'negated', modality: 'negated', direct };
    if (!SKIP.has(doc.pos[j]) && doc.pos[j] !== 'AUX') direct = false;
  }
  if (ctx.firstConditional < start) return { factuality: 'hypothetical', modality: 'conditional' };
  // Walk back over adverbs and quote marks to the word governing the trigger.
  let j = start - 1;
  while (j >= sent.first && SKIP.has(doc.pos[j]) && doc.lower[j] !== 'to') j--;
  if (j >= sent.first && cues.modal.has(doc.lower[j])) return modal(cues.future.has(doc.lower[j]));
  if (j >= sent.first && doc.pos[j] === 'AUX') {
    let k = j - 1;
    while (k >= sent.first && SKIP.has(doc.pos[k])) k--;
    if (k >= sent.first && cues.modal.has(doc.lower[k])) return modal(cues.future.has(doc.lower[k]));
  }
  if (!nominal && j >= sent.first && doc.lower[j] === 'to') {
    let k = j - 1; // "agreed to", "agreed to keep talking and to exchange"
    while (k >= sent.first && k >= j - 5 && !cues.commitment.has(doc.lower[k]) && !cues.clauseBreak.has(doc.lower[k])) k--;
    return { factuality: 'hypothetical', modality: k >= sent.first && cues.commitment.has(doc.lower[k]) ? 'committed' : 'intended' };
  }
  if (!nominal) {
    // "demand that Russia declare": subject then a bare verb after "that" + a demand word.
    for (let k = start - 1; k >= sent.first && k >= start - 6; k--) {
      if (cues.clauseBreak.has(doc.lower[k])) break;
      if (doc.lower[k] !== 'that') continue;
      let e = k - 1; // "demands, including that Ukraine withdraw"
      while (e > sent.first && (doc.lower[e] === ',' || doc.lower[e] === 'including')) e--;
      if (e >= sent.first && embedder[e - sent.first]) return { factuality: 'hypothetical', modality: 'intended' };
    }
    return { factuality: 'asserted', modality: null };
  }
  for (let k = start - 1; k >= sent.first && k >= start - 7; k--) {
    const w = doc.lower[k];
    if (cues.hypotheticalModifiers.has(w)) return { factuality: 'hypothetical', modality: 'potential' };
    if (embedder[k - sent.first]) return { factuality: 'hypothetical', modality: 'embedded' };
    if (!NOMINAL_SKIP.has(doc.pos[k]) && w !== 'to') break;
  }
  return { factuality: 'asserted', modality: null };
}
