import type { Span } from '../src/core/types.ts';

/** Length of the overlap of two spans. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Share of `gold` covered by `pred`. */
export function coverage(pred: Span, gold: Span): number {
  const len = gold[1] - gold[0];
  return len <= 0 ? 0 : overlap(pred, gold) / len;
}

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
const surname = (s: string) => norm(s).replace(/^(mr|mrs|ms|dr)\.? /, '').split(' ').pop() ?? '';

/** Whether a reported name is the gold name, one of its aliases, or shares its surname. */
export function sameName(reported: string | undefined | null, gold: string, aliases: string[] = []): boolean {
  if (!reported) return false;
  const r = norm(reported);
  if (r === norm(gold) || aliases.some((a) => norm(a) === r)) return true;
  const gs = surname(gold);
  return gs.length > 2 && surname(reported) === gs;
}

/** Precision, recall and F1 from counts. */
export function prf(tp: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
