/** Public API of sitrep's core: build an analyzer once, analyze articles into reports. */
export { createAnalyzer, defaultStages, type Analyzer, type AnalyzerOptions } from './analyzer.ts';
export { Doc, type Sentence, type Token } from './core/doc.ts';
export { type Stage, checkOrder, runStages } from './core/pipeline.ts';
export { toReport } from './core/report.ts';
export { SitrepError, ERRORS } from './core/errors.ts';
export type * from './core/types.ts';
