import type { Doc } from '../../core/doc.ts';
import type { Frame } from './frames.ts';
import type { Marked } from './marks.ts';
import type { Speaker } from './phrase.ts';

/** Tokens allowed between a quote's closing mark and the speaker or cue that follows it ("…,” Ms. Roe said"). */
const GAP = new Set([',', '—', '–', '”', '"', '’']);
/** Punctuation that ends a quoted utterance before its attribution tag. */
const TAG_END = new Set([',', '?', '!', '—', '–']);
/** How many paragraphs back the cue before a floating quote may stand. */
const BEFORE_PARAGRAPHS = 1;

/**
 * The speaker of a cue standing right after quote `m` ("“…,” Ms. Roe said in May of her rival"),
 * when that cue did not take the quote as its content: its speaker phrase or cue must follow the
 * closing mark with at most punctuation between.
 */
export function speakerAfter(doc: Doc, frames: Frame[], spoken: Map<Frame, Speaker | null>, m: Marked): Speaker | null {
  // Only a quote that ends as a tag expects one ("…,” she said); "…” She said more." starts anew.
  if (m.close < 0 || m.last <= m.first || !TAG_END.has(doc.lower[m.last - 1])) return null;
  const sentence = doc.sentenceAt(doc.starts[m.close]);
  let k = m.close + 1;
  while (k < doc.tokenCount && GAP.has(doc.lower[k])) k++;
  for (const f of frames) {
    if (f.c1 <= k) continue;
    const start = f.phrase ? Math.min(f.phrase.a, f.c0) : f.c0;
    if (start !== k || f.sentence !== sentence) return null;
    return spoken.get(f) ?? null;
  }
  return null;
}

/**
 * The speaker of the nearest cue before quote `m` in its paragraph or the one before ("Mr. Roe
 * said so. “…”"), whose own mention PolNeAR names as the source; null when none. Cues in `skip`
 * (nested in another's content) do not count.
 */
export function speakerBefore(doc: Doc, frames: Frame[], spoken: Map<Frame, Speaker | null>, m: Marked, skip: ReadonlySet<Frame> = new Set()): Speaker | null {
  let best: Speaker | null = null;
  for (const f of frames) {
    if (f.c1 > m.open) break;
    if (skip.has(f) || doc.sentences[f.sentence].paragraph < m.paragraph - BEFORE_PARAGRAPHS) continue;
    const sp = spoken.get(f);
    if (sp) best = sp;
  }
  return best;
}
