import type { Doc } from '../../core/doc.ts';
import type { QuoteOut } from './index.ts';

/*
 * The last touches on the assembled quotes: one quote per span, and no final stop in a reported content.
 */

/**
 * One quote per span: when two cues reach the same words ("Ryan said it is naive to think that …,
 * “…”"), the report keeps the first rather than repeat the words under a second speaker. (The
 * nearer cue is not the better guess: on PolNeAR train its speaker is right less often.)
 */
export function onePerSpan(quotes: QuoteOut[]): QuoteOut[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.span[0]}:${q.span[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const STOPS = new Set(['.', '?', '!']);

/** Leave the sentence's final stop out of a reported content ("that prices would rise"), as PolNeAR marks contents (8,435 of 8,525 train contents before a full stop leave it out). */
export function finalStop(doc: Doc, q: QuoteOut): void {
  if (q.kind === 'direct') return;
  const t = doc.tokenAt(q.span[1] - 1);
  if (t <= 0 || doc.ends[t] !== q.span[1] || !STOPS.has(doc.lower[t]) || doc.starts[t] <= q.span[0]) return;
  q.span = [q.span[0], doc.ends[t - 1]];
}
