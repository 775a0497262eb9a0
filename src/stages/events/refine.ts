import type { Doc, Sentence } from '../../core/doc.ts';
import type { ActorRef } from '../../core/types.ts';
import type { Found } from './detect.ts';
import { CUE_BITS, type EventLexicon } from './lexicon.ts';
import type { Draft } from './merge.ts';
import type { Party } from './roles.ts';

// Per-event refinements after roles: directions, anaphora, mode, issue, verbal attacks, speech.

/** Every directed dyad of a found event: a compound actor of a symmetric type gives both directions. */
export function dyads(f: Found, symmetric: boolean): Array<[ActorRef, ActorRef | null, boolean]> {
  const s = f.source.refs;
  if (!f.target && s.length > 1 && symmetric) return [[s[0], s[1], true], [s[1], s[0], true]];
  const out: Array<[ActorRef, ActorRef | null, boolean]> = [];
  for (const a of s.slice(0, 3)) for (const b of f.target?.refs.slice(0, 3) ?? [null]) {
    if (!b || !a.actorId || a.actorId !== b.actorId) out.push([a, b, false]);
  }
  return out;
}

/**
 * "launching a similar attack", "another round of sanctions": an event named as one more of an
 * earlier kind takes the recipient of the latest earlier event of that type from the same country.
 */
export function sameAsBefore(doc: Doc, lex: EventLexicon, f: Found, earlier: Draft[]): Party | null {
  let anaphoric = false;
  for (let i = Math.max(0, f.start - 3); i < f.end; i++) if (lex.cues.anaphoricModifiers.has(doc.lower[i])) anaphoric = true;
  if (!anaphoric) return null;
  const country = f.source.refs[0]?.code.slice(0, 3);
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k];
    if (e.type !== f.type || !e.target || !country || e.source.code.slice(0, 3) !== country) continue;
    return { refs: [e.target], span: e.target.span ?? f.source.span };
  }
  return null;
}

/** Direct and mixed quotes overlapping the sentence (quotes come in text order). */
export function quotesIn(doc: Doc, sent: Sentence): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const q of doc.quotes) if (q.kind !== 'indirect' && q.span[0] < sent.end && q.span[1] > sent.start) out.push(q.span);
  return out;
}

/** First speech verb ("said", "told") of the sentence: triggers after it are reported speech. */
export function firstSpeechVerb(doc: Doc, lex: EventLexicon, sent: Sentence): number {
  for (let i = sent.first; i < sent.last; i++) if ((lex.cueFlags.get(doc.ids[i], doc.lower[i]) & CUE_BITS.speechVerb) && doc.pos[i] === 'VERB') return i;
  return sent.last;
}

/** An issue hint from the words around the trigger (`data/events/cues.json` issueHints), or null. */
export function issueOf(doc: Doc, lex: EventLexicon, sent: Sentence, f: Found): string | null {
  for (let i = Math.max(sent.first, f.start - 3); i < Math.min(sent.last, f.end + 8); i++) {
    const hint = lex.issueHints.get(doc.lower[i]);
    if (hint) return hint;
  }
  return null;
}

/** The trigger's mode, else one read from mode cues near it in its clause. */
export function modeFor(doc: Doc, lex: EventLexicon, sent: Sentence, f: Found): string | null {
  if (f.mode) return f.mode;
  const cues = lex.modeCues.get(f.type);
  if (!cues) return null;
  for (let i = Math.max(sent.first, f.start - 2); i < Math.min(sent.last, f.end + 10); i++) {
    if (i >= f.end && lex.cues.clauseBreak.has(doc.lower[i]) && doc.lower[i + 1] !== 'including') break;
    const m = cues.get(doc.lower[i]);
    if (m) return m;
  }
  return null;
}

/**
 * A person "attacking" or "protesting" another person with no weapon named is a verbal attack
 * ("Christie unleashed attacks against Rubio"): PLOVER codes it ACCUSE (disapprove), keeping
 * ASSAULT and PROTEST for physical, collective action.
 */
export function verbalAttack(f: Found, mode: string | null, kindOf: (actorId: string) => string | undefined): boolean {
  // The type test first: most events are neither, and then actor kinds need not be looked up.
  if (!((f.type === 'ASSAULT' && !mode) || (f.type === 'PROTEST' && mode === 'demo'))) return false;
  const s = f.source.refs[0]?.actorId;
  const t = f.target?.refs[0]?.actorId;
  return Boolean(s && t && kindOf(s) === 'person' && kindOf(t) === 'person');
}
