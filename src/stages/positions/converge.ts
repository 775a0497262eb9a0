import type { Span } from '../../core/types.ts';
import { polarity, type ObservationLike, type Timeline } from './timeline.ts';

/** Two actors who stood apart on an issue and come to stand on the same side. */
export interface Convergence<O extends ObservationLike = ObservationLike> {
  issue: string;
  /** The actor that already stood there, then the actor that moved to it. */
  actors: [{ name: string; code: string }, { name: string; code: string }];
  /** +1: both for; -1: both against. */
  side: 1 | -1;
  /** Date of the move that closed the gap. */
  date: string | null;
  evidence: Span;
  /** The observation that closed the gap. */
  observation: O;
}

interface Lane<O extends ObservationLike> {
  timeline: Timeline<O>;
  next: number;
  current: number | null;
}

/** Two codes of one country (RUSGOV, RUS) are one side, not two actors converging. */
function sameCountry(a: { code: string }, b: { code: string }): boolean {
  return a.code.length >= 3 && b.code.length >= 3 && a.code.slice(0, 3) === b.code.slice(0, 3);
}

function day(o: ObservationLike): string {
  return o.date ?? o.article?.published ?? '';
}

/**
 * Find convergences between timelines built by `buildTimelines`: an actor whose stance on an issue
 * moves (from against, or from dropped) to the side another actor already holds. Observations are
 * replayed in date order across all actors of each issue; a first stance is agreement, not a
 * convergence, because the actor had not stood apart before.
 */
export function findConvergences<O extends ObservationLike>(timelines: ReadonlyArray<Timeline<O>>): Array<Convergence<O>> {
  const byIssue = new Map<string, Array<Lane<O>>>();
  for (const t of timelines) {
    const lanes = byIssue.get(t.issue) ?? [];
    lanes.push({ timeline: t, next: 0, current: null });
    byIssue.set(t.issue, lanes);
  }
  const out: Array<Convergence<O>> = [];
  for (const [issue, lanes] of byIssue) {
    for (;;) {
      // Pick the lane whose next observation is earliest (a k-way merge over sorted timelines).
      let pick: Lane<O> | null = null;
      for (const lane of lanes) {
        if (lane.next >= lane.timeline.observations.length) continue;
        if (!pick || day(lane.timeline.observations[lane.next]) < day(pick.timeline.observations[pick.next])) pick = lane;
      }
      if (!pick) break;
      const o = pick.timeline.observations[pick.next++];
      const before = pick.current;
      const now = polarity(o.stance);
      pick.current = now;
      if (before === null || before === now || now === 0) continue;
      for (const other of lanes) {
        if (other === pick || other.current !== now || sameCountry(other.timeline.actor, pick.timeline.actor)) continue;
        out.push({
          issue, actors: [other.timeline.actor, pick.timeline.actor], side: now as 1 | -1,
          date: o.date, evidence: o.evidence, observation: o,
        });
      }
    }
  }
  return out;
}
