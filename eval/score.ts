import type { Quote, Span } from '../src/core/types.ts';
import { overlap } from './match.ts';
import type { Attribution, Miss } from './polnear.ts';

/** Running counts of one PolNeAR scoring (`scoreArticle` adds to them). */
export interface Tally {
  gold: number; found: number; pred: number; predRight: number;
  withSource: number; speakerRight: number; marked: number; markedFound: number;
  /** Speakers right when a gold attribution is matched first to a quote with its cue (see `scoreArticle`). */
  speakerRightByCue: number;
  /** Report quotes with a cue, and those whose cue overlaps a gold cue (see `scoreArticle`). */
  cued: number; cuedGold: number;
}

/** A tally at zero. */
export const emptyTally = (): Tally => ({ gold: 0, found: 0, pred: 0, predRight: 0, withSource: 0, speakerRight: 0, marked: 0, markedFound: 0, speakerRightByCue: 0, cued: 0, cuedGold: 0 });

const len = (spans: Span[]) => spans.reduce((n, s) => n + s[1] - s[0], 0);
/** The smallest span holding all of `spans`. */
export const hull = (spans: Span[]): Span => [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];

/**
 * Score one article's quotes against its gold attributions, adding to `t`: a gold content is found
 * when one quote covers ≥ 30 % of it, and its speaker is right when that quote's speaker span
 * overlaps the gold source; a quote is right when ≥ 30 % of it lies in gold contents. A second
 * speaker count matches each found attribution first to a quote whose cue overlaps the gold cue
 * (PARC-style alignment by cue), else as above: an outer quote that holds a nested attribution
 * whole no longer stands in for the nested one's own quote. A third count, cue precision, checks
 * report quotes by their cue: a quote nested in a gold content counts as right by content whether
 * or not the annotators saw an attribution there, so more nested quotes can raise content
 * precision without being attributions at all ("“I think …,” Roe said": PolNeAR marks no "think").
 */
export function scoreArticle(base: string, text: string, attrs: Attribution[], quotes: Quote[], t: Tally, onMiss?: (m: Miss) => void): void {
  t.pred += quotes.length;
  const contents = attrs.flatMap((a) => a.content);
  const cues = attrs.flatMap((a) => a.cue);
  for (const q of quotes) {
    if (q.cue) {
      t.cued++;
      if (cues.some((c) => overlap(q.cue!, c) > 0)) t.cuedGold++;
    }
    const inside = contents.reduce((n, c) => n + overlap(q.span, c), 0);
    if (inside >= 0.3 * (q.span[1] - q.span[0])) t.predRight++;
    else onMiss?.({ kind: 'spurious', file: base, text, gold: null, quote: q });
  }
  for (const a of attrs) {
    t.gold++;
    const g = hull(a.content);
    const total = len(a.content);
    // The matching quote covers most of the gold content; of quotes covering it equally (an outer
    // quote holds a nested one whole), the tightest, whose own text lies most inside it.
    const ranked = quotes
      .map((q) => {
        const inside = a.content.reduce((n, c) => n + overlap(q.span, c), 0);
        return { q, cov: inside / total, tight: inside / Math.max(1, q.span[1] - q.span[0]) };
      })
      .sort((x, y) => y.cov - x.cov || y.tight - x.tight);
    const best = ranked[0];
    const hasMark = /[“”"]/.test(text.slice(g[0], g[1]));
    if (hasMark) t.marked++;
    if (!best || best.cov < 0.3) {
      onMiss?.({ kind: 'content', file: base, text, gold: a, quote: best?.q ?? null });
      continue;
    }
    t.found++;
    if (hasMark) t.markedFound++;
    if (a.source.length) {
      t.withSource++;
      const sp = best.q.speaker?.span;
      const right = (q: Quote) => q.speaker !== null && a.source.some((s) => overlap(q.speaker!.span, s) > 0);
      if (sp && right(best.q)) t.speakerRight++;
      else onMiss?.({ kind: 'speaker', file: base, text, gold: a, quote: best.q });
      const byCue = ranked.find((r) => r.cov >= 0.3 && r.q.cue !== null && a.cue.some((c) => overlap(r.q.cue!, c) > 0)) ?? best;
      if (right(byCue.q)) t.speakerRightByCue++;
    }
  }
}

/** Recall, precision, F1, speaker accuracy and marked recall of a tally. */
export function rates(t: Tally) {
  const recall = t.gold ? t.found / t.gold : 0;
  const precision = t.pred ? t.predRight / t.pred : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const share = (n: number) => (t.withSource ? n / t.withSource : 0);
  return { recall, precision, f1, speakerAccuracy: share(t.speakerRight), speakerAccuracyByCue: share(t.speakerRightByCue), markedRecall: t.marked ? t.markedFound / t.marked : 0, cuePrecision: t.cued ? t.cuedGold / t.cued : 0 };
}
