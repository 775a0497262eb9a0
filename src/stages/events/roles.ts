import type { Doc, Sentence, TokenFlags } from '../../core/doc.ts';
import type { ActorRef, Mention, Span } from '../../core/types.ts';
import { actorById, actorRef } from '../actors/query.ts';
import { CUE_BITS, type Cues } from './lexicon.ts';

/** One side of an event: one or more actors (compound "Russian and Ukrainian officials"), or raw text. */
export interface Party {
  refs: ActorRef[];
  span: Span;
}

/** What role finding needs to know about the sentence. */
export interface RoleContext {
  doc: Doc;
  sent: Sentence;
  cues: Cues;
  /** Index into `doc.mentions` of the mention covering each token, or -1 (built once per document). */
  mentionOf: Int32Array;
  /** First "if"/"unless"/"whether" of the sentence (`sent.last` if none). */
  firstConditional: number;
  /** The sentence's main subject once computed (undefined: not yet). */
  main?: Mention | null;
}

/** The role context of a sentence. */
export function roleContext(doc: Doc, sent: Sentence, cues: Cues, mentionOf: Int32Array, cueFlags: TokenFlags): RoleContext {
  let firstConditional = sent.first;
  while (firstConditional < sent.last && !(cueFlags.get(doc.ids[firstConditional], doc.lower[firstConditional]) & CUE_BITS.conditional)) firstConditional++;
  return { doc, sent, cues, mentionOf, firstConditional };
}

/** Token -> covering mention index, so role look-ups cost O(1) per token instead of a search. */
export function indexMentions(doc: Doc): Int32Array {
  const out = new Int32Array(doc.tokenCount).fill(-1);
  doc.mentions.forEach((m, k) => {
    for (let t = doc.tokenAt(m.span[0]); t < doc.tokenCount && doc.starts[t] < m.span[1]; t++) out[t] = k;
  });
  return out;
}

const MODIFIERS = new Set(['DET', 'ADJ', 'NUM']);
const NOMINALS = new Set(['NOUN', 'PROPN', 'PRON']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const COUNTRY_NOUNS: Record<string, string> = { country: '', nation: '', government: 'GOV', forces: 'MIL', troops: 'MIL', army: 'MIL', military: 'MIL', side: '' };

function refsOf(doc: Doc, m: Mention): ActorRef[] {
  if (m.actorIds && m.actorIds.length > 1) {
    return m.actorIds.map((id) => {
      const a = actorById(doc, id);
      return { name: a?.name ?? doc.slice(m.span), code: a?.code ?? '', actorId: id, span: m.span };
    });
  }
  const ref = actorRef(doc, m);
  // "his country", "its forces": the country of the pronoun's actor, not the person.
  const next = doc.tokenAt(m.span[1]);
  const noun = next < doc.tokenCount ? doc.lower[next] : '';
  if (POSSESSIVE_PRONOUNS.has(doc.lower[doc.tokenAt(m.span[0])]) && noun in COUNTRY_NOUNS && ref.code.length >= 3) {
    const span: Span = [m.span[0], doc.ends[next]];
    return [{ name: doc.slice(span), code: ref.code.slice(0, 3) + COUNTRY_NOUNS[noun], actorId: ref.actorId, span }];
  }
  return [ref];
}

/** The party for mention `m`, joined with an actor coordinated right before it ("Russia and Ukraine"). */
export function partyOf(ctx: RoleContext, m: Mention): Party {
  const { doc, sent } = ctx;
  const refs = refsOf(doc, m);
  let start = m.span[0];
  const t = doc.tokenAt(m.span[0]);
  if (t - 2 >= sent.first && doc.lower[t - 1] === 'and') {
    const before = mentionHere(ctx, t - 2);
    if (before && before.actorId !== m.actorId) {
      refs.unshift(...refsOf(doc, before));
      start = before.span[0];
    }
  }
  return { refs, span: [start, m.span[1]] };
}

/** Mention starting at or covering token i, if it is an actor mention usable as a role. */
export function mentionHere(ctx: RoleContext, i: number): Mention | null {
  const k = i >= 0 && i < ctx.mentionOf.length ? ctx.mentionOf[i] : -1;
  const m = k >= 0 ? ctx.doc.mentions[k] : null;
  return m && m.span[0] >= ctx.sent.start ? m : null;
}

/**
 * Whether the mention is the object of a preposition (so not a clause subject). A mention followed
 * by a verb opens a clause instead ("after Russia targeted Ukraine").
 */
function inPrepPhrase(ctx: RoleContext, m: Mention): boolean {
  const next = ctx.doc.tokenAt(m.span[1]);
  if (next < ctx.sent.last && (ctx.doc.pos[next] === 'VERB' || ctx.doc.pos[next] === 'AUX')) return false;
  let j = ctx.doc.tokenAt(m.span[0]) - 1;
  while (j >= ctx.sent.first && MODIFIERS.has(ctx.doc.pos[j])) j--;
  return j >= ctx.sent.first && ctx.doc.pos[j] === 'ADP';
}

/**
 * Whether the mention stands right after a verb as its object ("withdraw its forces from"), not as
 * the subject of a complement clause ("said his country would").
 */
function afterVerb(ctx: RoleContext, m: Mention): boolean {
  const { doc, sent } = ctx;
  const j = doc.tokenAt(m.span[0]) - 1;
  if (j < sent.first || doc.pos[j] !== 'VERB') return false;
  let k = doc.tokenAt(m.span[1]);
  while (k < sent.last && (doc.pos[k] === 'NOUN' || doc.pos[k] === 'ADJ')) k++;
  return !(k < sent.last && (doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX'));
}

/**
 * "rebuked Mr. Putin for launching", "accused Iran of launching": the subject of a gerund after
 * "for"/"of"/"with" is the actor right before the preposition.
 */
function gerundController(ctx: RoleContext, head: number): Mention | null {
  const { doc, sent } = ctx;
  const prep = doc.lower[head - 1];
  if (!doc.lower[head].endsWith('ing') || (prep !== 'for' && prep !== 'of' && prep !== 'with')) return null;
  for (let k = head - 2; k >= sent.first && k >= head - 4; k--) {
    const m = mentionHere(ctx, k);
    if (m) return m;
  }
  return null;
}

/** "asked Croatia to release": the subject of an infinitive after a verb's object is that object. */
function infinitiveController(ctx: RoleContext, head: number): Mention | null {
  const { doc, sent } = ctx;
  let j = head - 1;
  while (j > sent.first && doc.pos[j] === 'ADV') j--;
  if (doc.lower[j] !== 'to' || j - 1 < sent.first) return null;
  const m = mentionHere(ctx, j - 1);
  return m && m.span[1] === doc.ends[j - 1] && afterVerb(ctx, m) ? m : null;
}

/**
 * The sentence's main subject: the first actor mention that is not inside a prepositional phrase,
 * after a fronted adverbial ("After the call, Mr. Trump said…", "On Monday, …").
 */
export function mainSubject(ctx: RoleContext): Mention | null {
  if (ctx.main === undefined) ctx.main = findMainSubject(ctx);
  return ctx.main;
}

function findMainSubject(ctx: RoleContext): Mention | null {
  const { doc, sent } = ctx;
  let i = sent.first;
  const p = doc.pos[i];
  if (p === 'ADP' || p === 'SCONJ' || p === 'ADV') {
    let j = i;
    while (j < sent.last && doc.lower[j] !== ',') j++;
    if (j < sent.last) i = j + 1;
  }
  for (; i < sent.last; i++) {
    if (doc.pos[i] === 'VERB' || doc.pos[i] === 'AUX') return null;
    const m = mentionHere(ctx, i);
    if (m && !inPrepPhrase(ctx, m)) return m;
  }
  return null;
}

/**
 * The grammatical subject of a verb at token `head`: the nearest actor mention before it in its
 * clause, not inside a prepositional phrase; through a relative pronoun ("Mr. Zelensky, who said")
 * to its antecedent; for a participle or a clause opened by a conjunction with no subject of its
 * own (", instead endorsing", "after speaking to"), the main subject.
 */
export function subjectOf(ctx: RoleContext, head: number): Mention | null {
  const { doc, sent, cues } = ctx;
  const controller = gerundController(ctx, head) ?? infinitiveController(ctx, head);
  if (controller) return controller;
  let ownSubject = false; // a clause with a subject of its own ("when black voters were backing")
  for (let j = head - 1; j >= sent.first; j--) {
    const w = doc.lower[j];
    if (cues.relative.has(w) && (doc.pos[j] === 'PRON' || w === 'who' || w === 'which')) {
      for (let k = j - 1; k >= sent.first && k >= j - 3; k--) {
        const m = mentionHere(ctx, k);
        if (m) return m;
      }
      return null;
    }
    if (w === ',' && doc.pos[j - 1] === 'VERB' && doc.pos[j + 1] === 'VERB') continue; // "blaming, shaming and threatening"
    if (cues.clauseBreak.has(w)) break;
    if (NOMINALS.has(doc.pos[j])) ownSubject = true;
    const m = mentionHere(ctx, j);
    if (m && !inPrepPhrase(ctx, m) && !afterVerb(ctx, m)) return m;
    if (m) j = doc.tokenAt(m.span[0]);
  }
  if (ownSubject) return null;
  const main = mainSubject(ctx);
  return main && main.span[1] <= doc.starts[head] ? main : null;
}
