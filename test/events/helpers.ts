import { createAnalyzer } from '../../src/analyzer.ts';
import type { Event } from '../../src/core/types.ts';

/** One analyzer for every events test: lexicons are compiled once. */
export const analyzer = createAnalyzer();

/** A compact view of an event for assertions. */
export interface Brief {
  type: string;
  mode: string | null;
  source: string;
  target: string | null;
  date: string | null;
  factuality: string;
  place: string | null;
}

/** Source and target as codes, or quoted raw text when the actor has no code. */
export function brief(e: Event): Brief {
  const who = (r: Event['source'] | null) => (r ? r.code || `"${r.name}"` : null);
  return {
    type: e.type, mode: e.mode, source: who(e.source)!, target: who(e.target), date: e.date,
    factuality: e.factuality, place: e.location?.name ?? null,
  };
}

/** Analyze invented text (published on Wednesday 13 March 2024 unless told) and brief its events. */
export function eventsOf(text: string, published: string | null = '2024-03-13'): Brief[] {
  return analyzer.analyze({ text, published }).events.map(brief);
}

/** Only the asserted events: the ones a researcher would count. */
export function factsOf(text: string, published: string | null = '2024-03-13'): Brief[] {
  return eventsOf(text, published).filter((e) => e.factuality === 'asserted');
}
