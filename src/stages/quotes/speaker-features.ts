import type { Doc } from '../../core/doc.ts';
import { mentionAt } from '../actors/query.ts';
import { BUCKETS, CLITIC_S, UPPER, type Parts, type Side } from './candidates.ts';
import type { Frame } from './frames.ts';
import { npToken } from './phrase.ts';
import type { SpeakerPhrase } from './subject.ts';

/*
 * The feature strings of the learned speaker chooser (speaker-model.ts): what each candidate of
 * candidates.ts is scored on. Shared by training (scripts/train-speakers.ts) and runtime, whose
 * compiled tables (speaker-compiled.ts) give the same sums.
 */

/** The words right before and after a cue ("," "who" / "that" ":"): where its speaker is likely to stand. */
export interface CueContext { before: string; after: string }

/** The cue context of frame `f` (sentence edges as "<s>" and "</s>"). */
export function cueContext(doc: Doc, f: Frame): CueContext {
  const s = doc.sentences[f.sentence];
  return { before: f.c0 > s.first ? doc.lower[f.c0 - 1] : '<s>', after: f.c1 < s.last ? doc.lower[f.c1] : '</s>' };
}

/** The word feature of a frame's cue (its first word; learned cues share one). */
export function cueWord(f: Frame): string {
  return f.entry.learned ? LEARNED_CUE_WORD : `cw=${f.entry.tokens[0]}`;
}

/** The cue word feature every learned cue shares. */
export const LEARNED_CUE_WORD = 'cw=~';

/**
 * The cue-dependent feature strings of a candidate (training sums their weights; the runtime reads
 * the same weights from tables, speaker-model.ts). `hasRule`: the rules chose some phrase.
 */
export function frameFeatures(kind: string, cw: string, side: Side, p: Parts, hasRule: boolean, ctx: CueContext): string[] {
  const sd = `${side}${BUCKETS[p.bucket]}`;
  const feats = [
    `sd=${sd}`, `ksd=${kind}|${sd}`, `r=${side}${p.rank}`, `kr=${kind}|${side}${p.rank}`,
    `c=${p.commas}|${side}`, `v=${p.verbs}|${side}`, `${cw}|${side}`,
    `rule=${p.inRule}`, `krule=${kind}|${p.inRule}|${hasRule ? 'y' : 'n'}`,
  ];
  if (p.quote) feats.push(`q|${side}`);
  if (p.subj) feats.push(`subj|${side}`);
  if (p.ruleHead) feats.push('rulehead');
  if (p.inContent) feats.push(`inc|${side}`);
  feats.push(`wc0=${ctx.before}|${side}${p.rank}`, `wc1=${ctx.after}|${side}${p.rank}`);
  return feats;
}

/**
 * Features of candidate token `t` that do not depend on the cue (only on the side it stands on),
 * so the runtime scores them once per token and side.
 */
export function tokenFeatures(doc: Doc, t: number, side: Side): string[] {
  const s = doc.sentences[doc.sentenceAt(doc.starts[t])];
  const p = doc.pos[t];
  const m = mentionAt(doc, t);
  const head = t + 1 >= s.last || !npToken(doc, t + 1) || CLITIC_S.has(doc.lower[t + 1]);
  const feats = [
    'b', `p=${p}|${side}`, `w=${doc.lower[t]}`, `wm=${t > s.first ? doc.lower[t - 1] : '<s>'}`,
    `wn=${t + 1 < s.last ? doc.lower[t + 1] : '</s>'}`, `pm=${t > s.first ? doc.pos[t - 1] : '<s>'}|${p}`,
    `pn=${p}|${t + 1 < s.last ? doc.pos[t + 1] : '</s>'}`, `hd=${head}|${p}`, `m=${m ? m.kind : '-'}|${side}`,
  ];
  if (UPPER.test(doc.text[doc.starts[t]])) feats.push(`up|${p}|${side}`);
  if (m?.code) feats.push('mcode');
  if (t + 1 < s.last && CLITIC_S.has(doc.lower[t + 1])) feats.push('poss');
  return feats;
}

/** Features of choosing no speaker at all (a passive cue, a sentence without a subject). */
export function nullFeatures(f: Frame, rule: SpeakerPhrase | null): string[] {
  return ['null', `null|${f.entry.kind}`, `null|rule=${rule !== null}`];
}
