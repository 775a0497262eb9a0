import type { Doc } from '../../core/doc.ts';
import type { Frame } from './frames.ts';
import type { QuoteOut } from './index.ts';
import { speakerOf, type Speaker } from './phrase.ts';
import type { SpeakerPhrase } from './subject.ts';

/*
 * The speakers of cue frames as the report gives them (assemble.ts): each frame's phrase read as a
 * speaker, pronouns nobody resolved taking the last named speaker, and co-speakers.
 */

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'who']);

/** The speakers of the phrases coordinated with a cue's speaker, in text order ("Russia and Ukraine said"). */
export function coSpeakers(doc: Doc, phrases: SpeakerPhrase[], utterances: Set<string>): NonNullable<QuoteOut['also']> {
  const out: NonNullable<QuoteOut['also']> = [];
  for (const p of [...phrases].reverse()) {
    const sp = speakerOf(doc, p.a, p.b, utterances);
    if (sp) out.push(speakerRef(sp));
  }
  return out;
}

/** A speaker as the report gives it: name, code, span and, when resolved, the actor. */
export function speakerRef(sp: Speaker): NonNullable<QuoteOut['speaker']> {
  return { name: sp.name, code: sp.code, span: sp.span, ...(sp.actorId ? { actorId: sp.actorId } : {}) };
}

/** The speaker of a pronoun nobody resolved ("he said" without an actors mention): the last speaker. */
function rawPronoun(doc: Doc, s: Speaker): boolean {
  return s.code === '' && !s.actorId && PRONOUNS.has(doc.text.slice(s.span[0], s.span[1]).toLowerCase());
}

/**
 * Every frame's speaker, in text order; a pronoun no actor mention resolves ("he said") takes the
 * last named speaker of any cue before it.
 */
export function frameSpeakers(doc: Doc, frames: Frame[], utterances: Set<string>): Map<Frame, Speaker | null> {
  const out = new Map<Frame, Speaker | null>();
  let named: Speaker | null = null;
  for (const f of frames) {
    let sp = f.phrase ? speakerOf(doc, f.phrase.a, f.phrase.b, utterances) : null;
    // "X, who said …": the speaker is X, seen through the relative pronoun the cue attaches to.
    if (sp && f.phrase?.anchor !== undefined) sp = { ...sp, span: [doc.starts[f.phrase.anchor], doc.ends[f.phrase.anchor]] };
    if (sp && rawPronoun(doc, sp)) {
      if (named) sp = { ...named, span: sp.span, named: false };
    } else if (sp?.named) named = sp;
    out.set(f, sp);
  }
  return out;
}
