import type { Doc, Sentence } from '../../core/doc.ts';
import type { Mention } from '../../core/types.ts';
import { factualityOf, type Modality } from './factuality.ts';
import { CUE_BITS, type EventLexicon } from './lexicon.ts';
import { nominalRoles } from './nominal.ts';
import { agentAfter, isPassive, objectAfter } from './objects.ts';
import { rawSubject, speakerSubject } from './fallbacks.ts';
import { partyOf, subjectOf, type Party, type RoleContext } from './roles.ts';
import type { CompiledTrigger, TrieMatch } from './trie.ts';

/** A trigger matched in a sentence. */
export interface Hit {
  trigger: CompiledTrigger;
  start: number;
  end: number;
  head: number;
}

/** A trigger with its roles and factuality, before dates, places and merging. */
export interface Found extends Hit {
  type: string;
  mode: string | null;
  cameo: string;
  source: Party;
  target: Party | null;
  factuality: 'asserted' | 'negated' | 'hypothetical';
  modality: Modality | null;
  /** The trigger was negated and recoded ("did not budge" -> REJECT). */
  recoded: boolean;
}

const GAP_STOP = new Set([',', ';', ':', '.', '!', '?', '(', ')', '“', '”', '"', '—', '–']);
/** No pattern starts with a function word: skip these tokens without a look-up. */
const FUNCTION_POS = new Set(['DET', 'ADP', 'PUNCT', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'SYM', 'SPACE']);
const OWN = new Set(['its', 'his', 'her', 'their']);
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM']);
const EMBEDDING_TYPES = new Set(['REQUEST', 'AGREE', 'THREATEN', 'REJECT', 'SUPPORT']);

function blocked(doc: Doc, t: CompiledTrigger, end: number, last: number): boolean {
  for (const seq of t.block) {
    let all = true;
    for (let k = 0; k < seq.length && all; k++) all = end + k < last && doc.lower[end + k] === seq[k];
    if (all) return true;
  }
  return false;
}

function valid(doc: Doc, t: CompiledTrigger, end: number, head: number, sent: Sentence, last: number): boolean {
  const pos = doc.pos[head];
  if (t.pos === 'verb') {
    if (pos !== 'VERB' && !(pos === 'NOUN' && doc.lower[head].endsWith('ed'))) return false; // wink tags some past forms NOUN
    const c = doc.text.charCodeAt(doc.starts[head]);
    if (c >= 65 && c <= 90 && head > sent.first) return false; // part of a name: "Morning Consult"
    // Used as an adjective: "negotiating partners", "758 pledged delegates", "Russia's attacking units".
    const prev = head > sent.first ? doc.pos[head - 1] : '';
    if (prev === 'DET' || prev === 'ADJ' || prev === 'NUM' || doc.lower[head - 1] === "'s" || doc.lower[head - 1] === '’s') return false;
  }
  if (t.pos === 'noun' && (pos === 'VERB' || pos === 'AUX')) return false;
  return !blocked(doc, t, end, last);
}

/** Longest trigger match at each token of the sentence (matches do not overlap). */
export function matchSentence(doc: Doc, lex: EventLexicon, sent: Sentence, last: number): Hit[] {
  const hits: Hit[] = [];
  const found: TrieMatch[] = [];
  for (let i = sent.first; i < last;) {
    // The cached per-word test first: it rejects most tokens without hashing the tag.
    if (!lex.trie.startsWith(doc.ids[i], doc.lower[i]) || FUNCTION_POS.has(doc.pos[i])) { i++; continue; }
    found.length = 0;
    lex.trie.matchAt(doc.lower, i, last, GAP_STOP, found, doc.ids[i]);
    let best: Hit | null = null;
    for (const { trigger: t, end, head } of found) {
      if (!valid(doc, t, end, head, sent, last)) continue;
      const better = !best || end > best.end || (end === best.end && (best.trigger.strict && !t.strict || best.trigger.strict === t.strict && t.id < best.trigger.id));
      if (better) best = { trigger: t, start: i, end, head };
    }
    if (best) { hits.push(best); i = best.end; } else i++;
  }
  return hits;
}

/** Tokens that open an irrealis complement (intention words, request-like triggers), indexed from the sentence's first token. */
export function embedders(doc: Doc, lex: EventLexicon, sent: Sentence, hits: Hit[]): Uint8Array {
  const out = new Uint8Array(sent.last - sent.first);
  for (let i = sent.first; i < sent.last; i++) if (lex.cueFlags.get(doc.ids[i], doc.lower[i]) & CUE_BITS.intention) out[i - sent.first] = 1;
  for (const h of hits) if (EMBEDDING_TYPES.has(h.trigger.type)) for (let i = h.start; i < h.end; i++) out[i - sent.first] = 1;
  return out;
}

/** A direct object: an actor within three tokens after the verb, with only determiners or adjectives between. */
function directObject(ctx: RoleContext, end: number, not: Set<string>): Mention | null {
  const m = objectAfter(ctx, end, 4, false, not);
  if (!m) return null;
  for (let j = end; j < ctx.doc.tokenAt(m.span[0]); j++) if (!MODIFIER_POS.has(ctx.doc.pos[j])) return null;
  return m;
}

/**
 * Resolve one hit: roles from the structure around it (subject/object, passive "by", noun
 * possessors and prepositions), factuality, and recoding of negated triggers. Returns null when no
 * actor can be found, or a required target is missing.
 */
export function resolveHit(ctx: RoleContext, lex: EventLexicon, hit: Hit, embedder: Uint8Array, lastGroup: Party | null): Found | null {
  const { doc } = ctx;
  const t = hit.trigger;
  const nominal = t.pos === 'noun' || (t.pos === 'word' && doc.pos[hit.head] !== 'VERB');
  let source: Party | null = null;
  let target: Party | null = null;
  if (nominal) {
    const r = nominalRoles(ctx, hit.start, hit.end);
    source = r.source ? partyOf(ctx, r.source) : null;
    target = r.target ? partyOf(ctx, r.target) : null;
  } else if (isPassive(ctx, hit.head)) {
    const agent = agentAfter(ctx, hit.end);
    const patient = subjectOf(ctx, hit.head);
    source = agent ? partyOf(ctx, agent) : null;
    target = patient ? partyOf(ctx, patient) : null;
  } else {
    const subj = subjectOf(ctx, hit.head);
    if (t.strict && (!subj || doc.tokenAt(subj.span[1] - 1) < hit.head - 4)) return null;
    const not = new Set(subj ? [subj.actorId, ...(subj.actorIds ?? [])] : []);
    // From right after the head: a gap in the pattern may hold the recipient ("spoke with X by phone").
    let obj = t.strict || t.direct ? directObject(ctx, hit.end, not) : objectAfter(ctx, hit.head + 1, 12, false, not);
    if (obj && t.complement && !t.complement.has(doc.lower[doc.tokenAt(obj.span[1])])) obj = null;
    // "withdraw its forces from its territory": what is withdrawn or released is the actor's own.
    for (let k = 0; k < 3 && obj && t.type === 'RETREAT' && OWN.has(doc.lower[doc.tokenAt(obj.span[0])]); k++) {
      obj = objectAfter(ctx, doc.tokenAt(obj.span[1] - 1) + 1, 8, false, not);
    }
    source = subj ? partyOf(ctx, subj) : t.strict ? null : speakerSubject(ctx, hit.head) ?? rawSubject(ctx, hit.head);
    if (!source && lastGroup && /^(they|them)$/.test(doc.lower[hit.head - 1] ?? '')) source = lastGroup;
    target = obj ? partyOf(ctx, obj) : null;
  }
  if (t.reverse) [source, target] = [target, source];
  if (!source) return null;
  const info = lex.types.get(t.type)!;
  const f = factualityOf(ctx, hit.start, hit.head, nominal, embedder);
  let { type, mode, cameo } = t;
  let recoded = false;
  if (f.factuality === 'negated' && f.direct && t.ifNegated) {
    ({ type, mode, cameo } = t.ifNegated);
    recoded = true;
  } else if ((f.modality === 'future' || f.modality === 'committed') && info.quad <= 2) {
    // PLOVER: future cooperation is AGREE; an announced retreat or concession is CONCEDE; what an
    // actor agrees or promises to do is part of its AGREE.
    const concede = f.modality === 'future' && (type === 'RETREAT' || type === 'CONCEDE');
    [type, mode, cameo] = concede ? ['CONCEDE', null, '080'] : ['AGREE', null, '030'];
    recoded = true;
  }
  const needsTarget = t.needsTarget || info.requiresRecipient || type === 'CONSULT';
  const compound = source.refs.length > 1 && lex.types.get(type)!.symmetric;
  if (!target && needsTarget && !compound) return null;
  // Fields spelt out rather than spread from `hit`: a spread into a literal takes V8's slow path.
  return {
    trigger: hit.trigger, start: hit.start, end: hit.end, head: hit.head, type, mode, cameo, source, target, recoded,
    factuality: recoded ? 'asserted' : f.factuality, modality: f.modality,
  };
}
