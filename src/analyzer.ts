import { Doc, TokenMemo } from './core/doc.ts';
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
import { ZodError } from 'zod';
import { SitrepError } from './core/errors.ts';
import trailerData from '../data/zones/trailer.json' with { type: 'json' };

/** A user lexicon file: where it came from (for error messages) and its parsed content. */
export interface LexiconFile { source: string; data: unknown }

/**
 * Build one stage from user lexicons, turning a validation failure into E007 naming the files, so
 * a bad user file is an input error with a clear line, not an internal error.
 */
function withUserFiles<T>(kind: string, files: LexiconFile[] | undefined, build: (data: unknown[]) => T): T {
  const list = files ?? [];
  try {
    return build(list.map((f) => f.data));
  } catch (err) {
    if (list.length === 0 || err instanceof SitrepError) throw err;
    const detail = err instanceof ZodError ? err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 3).join('; ') : (err as Error).message;
    throw new SitrepError('E007', `${kind} ${list.map((f) => f.source).join(', ')}: ${detail}`);
  }
}

/** The entries of user files shaped like the bundled one (`{"<key>": [...]}`) or bare arrays. */
function entries(files: LexiconFile[] | undefined, key: string): unknown[] {
  return (files ?? []).flatMap((f) => {
    const d = f.data as Record<string, unknown> | unknown[];
    if (Array.isArray(d)) return d;
    if (d && Array.isArray(d[key])) return d[key] as unknown[];
    throw new SitrepError('E007', `${f.source}: expected an array or an object with "${key}": [...]`);
  });
}

/** Options for building an analyzer. Lexicons passed here extend or override the bundled data. */
export interface AnalyzerOptions {
  /** User actor dictionaries, already parsed (the CLI reads `--actors FILE`). */
  actorDictionaries?: Array<{ source: string; data: unknown }>;
  /** User cue lexicons for the quotes stage (data/quotes format), parsed JSON. */
  cueFiles?: LexiconFile[];
  /** User issue lexicons for the positions stage (data/issues format), parsed JSON. */
  issueFiles?: LexiconFile[];
  /** User event trigger lexicons (data/events format), parsed JSON. */
  triggerFiles?: LexiconFile[];
  /** User gazetteer entries (data/gazetteer format), parsed JSON. */
  placeFiles?: LexiconFile[];
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
    withUserFiles('cues', options.cueFiles, (d) => defaultQuotesStage(...d)),
    withUserFiles('events', [...(options.triggerFiles ?? []), ...(options.placeFiles ?? [])], () =>
      defaultEventsStage({ triggers: entries(options.triggerFiles, 'triggers'), places: entries(options.placeFiles, 'places') })),
    withUserFiles('issues', options.issueFiles, (d) => defaultPositionsStage(...d)),
  ];
}

/**
 * Build an analyzer: compile lexicons and stages once, then analyze any number of articles.
 * Pure: no file or network I/O beyond loading bundled modules.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const stages = options.stages ?? defaultStages(options);
  checkOrder(stages);
  // Lower-cased words by wink id, shared by this analyzer's documents (tokenize.ts).
  const lowers = new TokenMemo((value: string) => value.toLowerCase());
  const process = (input: ArticleInput): Doc => {
    const published = normalizeDate(input.published ?? null);
    const doc = buildDoc(input.id ?? null, input.text, {
      title: input.title ?? null,
      source: input.source ?? null,
      url: input.url ?? null,
      published,
      authors: [...(input.authors ?? [])],
      contributors: [],
    }, lowers);
    if (input.published && !published) {
      doc.message('article/bad-date', `published date "${input.published}" is not a date; relative dates stay unresolved`, null, 'warning');
    }
    if (doc.text.trim() === '') doc.message('article/empty', 'the text is empty', null, 'warning');
    return runStages(doc, stages);
  };
  return { stages, process, analyze: (input) => toReport(process(input)) };
}
