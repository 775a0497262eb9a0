import type { Event, Span } from '../../core/types.ts';

/** An event while the stage is still building it. */
export interface Draft extends Event {
  trigger: Span;
  evidenceSpans: Span[];
}

function partyKey(r: Event['source'] | null): string {
  return r ? r.actorId ?? `${r.code}:${r.name.toLowerCase()}` : '-';
}

const DATED_BY_TEXT = new Set(['text', 'relative']);

function absorb(into: Draft, from: Draft): void {
  if (!into.target && from.target) into.target = from.target;
  if (!DATED_BY_TEXT.has(String(into.dateSource)) && DATED_BY_TEXT.has(String(from.dateSource))) {
    into.date = from.date; // the more specific report dates the event
    into.dateSource = from.dateSource;
  }
  if (!into.mode && from.mode) into.mode = from.mode;
  if (!into.location && from.location) into.location = from.location;
  for (const s of from.evidenceSpans) if (!into.evidenceSpans.some((x) => x[0] === s[0] && x[1] === s[1])) into.evidenceSpans.push(s);
}

/**
 * Collapse repeated reports of one event: within a sentence, two triggers of the same type and
 * source where one lacks a target ("Russia targeted Ukraine with drone bombardments"); across the
 * article, the same type, factuality, date and directed dyad (both directions of a reciprocal
 * event stay two events, CAMEO-style). The first report keeps `evidence`; all spans go to
 * `evidenceSpans`. `sentenceOf` gives each draft's sentence index (kept off the draft, which goes into the report as is).
 */
export function mergeEvents(drafts: Draft[], sentenceOf: Map<Draft, number>): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    let same: Draft | null = null;
    const sentence = sentenceOf.get(d);
    for (let k = out.length - 1; k >= 0 && !same && sentenceOf.get(out[k]) === sentence; k--) {
      const o = out[k];
      if (o.type === d.type && o.factuality === d.factuality && partyKey(o.source) === partyKey(d.source) &&
        (!o.target || !d.target || partyKey(o.target) === partyKey(d.target))) same = o;
    }
    if (same) {
      absorb(same, d);
      continue;
    }
    out.push(d);
  }
  const byKey = new Map<string, Draft>();
  const result: Draft[] = [];
  for (const d of out) {
    const key = `${d.type}|${d.factuality}|${d.date ?? '?'}|${partyKey(d.source)}|${partyKey(d.target)}`; // no array per draft
    const first = byKey.get(key);
    if (first) absorb(first, d);
    else {
      byKey.set(key, d);
      result.push(d);
    }
  }
  return result;
}
