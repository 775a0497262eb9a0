import type { Doc } from '../../core/doc.ts';
import type { Frame } from './frames.ts';
import type { Marked } from './marks.ts';
import { speakerOf, type Speaker } from './phrase.ts';
import { mainSubject } from './main-subject.ts';

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

/**
 * The subject of the clause a quote without a cue stands in ("Sexton rattled off “…”", "Mrs. Roe
 * introduced him as “a fighter”"): the sentence's subject, when a verb stands between it and the
 * quote. Null for a quote that opens its sentence.
 */
export function clauseSubject(doc: Doc, m: Marked, utterances: Set<string>): Speaker | null {
  const s = doc.sentences[doc.sentenceAt(doc.starts[m.open])];
  if (m.open <= s.first) return null;
  const p = mainSubject(doc, s.first, m.open);
  if (!p || p.b >= m.open) return null;
  let verb = false;
  for (let i = p.b; i < m.open && !verb; i++) verb = doc.pos[i] === 'VERB';
  return verb ? speakerOf(doc, p.a, p.b, utterances) : null;
}
