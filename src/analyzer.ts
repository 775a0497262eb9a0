import { Doc } from './core/doc.ts';
import { normalizeDate } from './core/dates.ts';
import { checkOrder, runStages, type Stage } from './core/pipeline.ts';
import { toReport } from './core/report.ts';
import { buildDoc } from './core/tokenize.ts';
import type { ArticleInput, Report } from './core/types.ts';
import { compileTrailer } from './stages/zones/patterns.ts';
import { createZonesStage } from './stages/zones/index.ts';
import { compileActorLexicon, createActorsStage, lexiconFiles } from './stages/actors/index.ts';
import { BUNDLED_ACTOR_DATA, BUNDLED_REFERENCES } from './stages/actors/data.ts';
import { defaultQuotesStage } from './stages/quotes/index.ts';
import { defaultEventsStage } from './stages/events/index.ts';
import { defaultPositionsStage } from './stages/positions/index.ts';
import trailerData from '../data/zones/trailer.json' with { type: 'json' };

/** Options for building an analyzer. Lexicons passed here extend or override the bundled data. */
export interface AnalyzerOptions {
  /** User actor dictionaries, already parsed (the CLI reads `--actors FILE`). */
  actorDictionaries?: Array<{ source: string; data: unknown }>;
  /** Replace the default stage list (tests use this to run a prefix of the pipeline). */
  stages?: Stage[];
}

/** Something that turns articles into documents and reports. Build once, reuse for every article. */
export interface Analyzer {
  stages: Stage[];
  /** Run the pipeline and return the processed document. */
  process(input: ArticleInput): Doc;
  /** Run the pipeline and return the JSON report. */
  analyze(input: ArticleInput): Report;
}

/** The default stage list, compiled once from the bundled lexicons in data/. */
export function defaultStages(options: AnalyzerOptions = {}): Stage[] {
  return [
    createZonesStage(compileTrailer(trailerData)),
    createActorsStage(compileActorLexicon(lexiconFiles(BUNDLED_ACTOR_DATA, options.actorDictionaries), BUNDLED_REFERENCES)),
    defaultQuotesStage(),
    defaultEventsStage(),
    defaultPositionsStage(),
  ];
}

/**
 * Build an analyzer: compile lexicons and stages once, then analyze any number of articles.
 * Pure: no file or network I/O beyond loading bundled modules.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const stages = options.stages ?? defaultStages(options);
  checkOrder(stages);
  const process = (input: ArticleInput): Doc => {
    const published = normalizeDate(input.published ?? null);
    const doc = buildDoc(input.id ?? null, input.text, {
      title: input.title ?? null,
      source: input.source ?? null,
      url: input.url ?? null,
      published,
      authors: [...(input.authors ?? [])],
      contributors: [],
    });
    if (input.published && !published) {
      doc.message('article/bad-date', `published date "${input.published}" is not a date; relative dates stay unresolved`, null, 'warning');
    }
    if (doc.text.trim() === '') doc.message('article/empty', 'the text is empty', null, 'warning');
    return runStages(doc, stages);
  };
  return { stages, process, analyze: (input) => toReport(process(input)) };
}
