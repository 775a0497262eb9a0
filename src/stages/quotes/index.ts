import type { Doc } from '../../core/doc.ts';
import type { Stage } from '../../core/pipeline.ts';
import type { Quote, Span } from '../../core/types.ts';
import type { MarkIndex } from './spans.ts';
import { sentenceFrames, type Frame } from './frames.ts';
import { compileCues, type CueKind, type CueLexicon } from './lexicon.ts';
import cueData from '../../../data/quotes/cues.json' with { type: 'json' };
import modelData from '../../../data/quotes/cue-model.json' with { type: 'json' };
import { compileCueModel, type CueModel } from './learned.ts';
import { cueScorer, type LearnedCues } from './scorer.ts';
import { findMarked, paragraphTokens, type Marked } from './marks.ts';
import { assemble } from './assemble.ts';
import speakerData from '../../../data/quotes/speaker-model.json' with { type: 'json' };
import { chooseSpeakers, compileSpeakerModel, type SpeakerHook } from './speaker-model.ts';
import { compileQuoteFilter, filterHook, type QuoteHook } from './filter.ts';
import filterData from '../../../data/quotes/quote-filter.json' with { type: 'json' };
import wordClassData from '../../../data/quotes/word-classes.json' with { type: 'json' };
import { compileWordClasses } from './word-classes.ts';

/**
 * A report quote, plus `fragments` (the words inside its quotation marks: a direct quote's without
 * the marks its span holds, a mixed quote's quoted parts) and `cueKind` (speech,
 * address, thought, intent, stance or according: how the cue attributes; absent for a floating quote).
 */
export type QuoteOut = Quote & { fragments?: Span[]; cueKind?: CueKind };

/**
 * The quotes stage: pair quotation marks, find attribution cues (data/quotes/cues.json) with their
 * speakers and contents, then attach every direct quote to a cue, to the quote it continues, or to
 * the last speaker. Reads only the article body (`doc.bodyEnd`). Sets `doc.quotes`.
 */
export function createQuotesStage(lex: CueLexicon, model: CueModel | null = null, speakers: SpeakerHook | null = null, keep: QuoteHook | null = null): Stage {
  return {
    name: 'quotes',
    needs: ['zones'],
    sets: ['quotes'],
    run(doc: Doc) {
      const limit = doc.tokenAt(doc.bodyEnd);
      const marked = findMarked(doc, paragraphTokens(doc), limit);
      const inside = new Uint8Array(doc.tokenCount);
      const marks: MarkIndex = { openAt: new Map(), closeAt: new Map() };
      for (const m of marked) {
        marks.openAt.set(m.open, m);
        if (m.close >= 0) marks.closeAt.set(m.close, m);
        inside.fill(1, m.first, m.last);
      }
      const frames: Frame[] = [];
      const learned: LearnedCues | null = model && { threshold: model.threshold, score: cueScorer(model.compiled, doc) };
      for (let si = 0; si < doc.sentences.length; si++) {
        if (doc.sentences[si].first >= limit) break;
        frames.push(...sentenceFrames(doc, si, lex, inside, marks, learned));
      }
      speakers?.(doc, frames, inside);
      doc.quotes = assemble(doc, frames, marked, lex.utterances, keep);
    },
  };
}

/** Which of the bundled learned models a quotes stage uses (all by default; eval switches them off one by one). */
export interface LearnedParts {
  /** The cue model (data/quotes/cue-model.json), for cues the lexicons lack. */
  cues?: boolean;
  /** The speaker chooser (data/quotes/speaker-model.json). */
  speakers?: boolean;
  /** The quote filter (data/quotes/quote-filter.json), with the cue threshold it was tuned with. */
  filter?: boolean;
}

/**
 * The quotes stage over the bundled cues (data/quotes/cues.json) plus any user cue lexicons, with
 * the bundled learned models that `parts` leaves on.
 */
export function quotesStageWith(parts: LearnedParts, ...userCues: unknown[]): Stage {
  const { cues = true, speakers = true, filter = true } = parts;
  const model = cues ? compileCueModel(modelData) : null;
  const spk = speakers ? compileSpeakerModel(speakerData) : null;
  const qf = filter ? compileQuoteFilter(filterData, compileWordClasses(wordClassData)) : null;
  // The filter sorts out the extra cues a lower cue threshold lets through; the pair is tuned together.
  if (model && qf?.cueThreshold != null) model.threshold = qf.cueThreshold;
  return createQuotesStage(compileCues(cueData, ...userCues), model, spk && ((d, f, i) => chooseSpeakers(d, f, i, spk)), qf && filterHook(qf));
}

/** The quotes stage with every bundled learned model, plus any user cue lexicons. */
export function defaultQuotesStage(...userCues: unknown[]): Stage {
  return quotesStageWith({}, ...userCues);
}
