import { createAnalyzer } from '../../src/analyzer.ts';
import type { Doc } from '../../src/core/doc.ts';
import type { Actor, Event, Factuality, Quote, Span } from '../../src/core/types.ts';
import { compilePositionsLexicon } from '../../src/stages/positions/lexicon.ts';
import { createPositionsStage } from '../../src/stages/positions/index.ts';
import issues from '../../data/issues/issues.json' with { type: 'json' };
import stances from '../../data/issues/stances.json' with { type: 'json' };

/** Bare analyzer: tokens only; tests add the actor, quote and event layers by hand. */
const bare = createAnalyzer({ stages: [] });
export const lexicon = compilePositionsLexicon(issues, stances);
export const positionsStage = createPositionsStage(lexicon);

/** Span of the `nth` occurrence (0-based) of `needle` in `text`; throws when absent so a typo fails the test. */
export function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found (${i})`);
  }
  return [at, at + needle.length];
}

/** A hand-built document: text, actors by name, mentions by the words that name them. */
export function makeDoc(text: string, published = '2024-03-12'): Doc {
  return bare.process({ text, published });
}

/** Add an actor and mentions of it at each given span. */
export function addActor(doc: Doc, id: string, name: string, code: string, spans: Span[], kind: Actor['kind'] = 'country'): { name: string; code: string; actorId: string } {
  doc.actors.push({ id, name, code, country: code.slice(0, 3), kind, mentions: spans });
  for (const span of spans) {
    doc.mentions.push({ span, actorId: id, kind: 'name', sentence: doc.sentenceAt(span[0]) });
  }
  doc.mentions.sort((a, b) => a.span[0] - b.span[0]);
  return { name, code, actorId: id };
}

/** Push an event. */
export function addEvent(doc: Doc, e: {
  type: string; source: { name: string; code: string; actorId?: string }; target?: { name: string; code: string; actorId?: string } | null;
  evidence: Span; date?: string | null; factuality?: Factuality; mode?: string | null; trigger?: Span;
}): Event {
  const ev: Event = {
    type: e.type, mode: e.mode ?? null, cameo: '', source: e.source, target: e.target ?? null, date: e.date ?? null,
    location: null, factuality: e.factuality ?? 'asserted', evidence: e.evidence,
    ...(e.trigger ? { trigger: e.trigger } : {}),
  };
  doc.events.push(ev);
  return ev;
}

/** Push a quote. */
export function addQuote(doc: Doc, kind: Quote['kind'], span: Span, cue: Span | null, speaker: { name: string; code: string; actorId?: string; span: Span }): void {
  doc.quotes.push({ kind, span, cue, speaker });
}

/** Run the positions stage and return compact rows `CODE issue stance date`. */
export function run(doc: Doc): string[] {
  positionsStage.run(doc);
  return doc.positions.map((p) => `${p.actor.code} ${p.issue} ${p.stance} ${p.date ?? '-'}`);
}
