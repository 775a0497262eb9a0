import type { Doc } from './doc.ts';

/**
 * A pipeline component (spaCy-style): a function over the document that adds one layer.
 * `needs` and `sets` name layers (`tokens`, `zones`, `actors`, `mentions`, `quotes`, `events`,
 * `positions`); the pipeline checks at build time that every need is set by an earlier stage.
 */
export interface Stage {
  name: string;
  needs: string[];
  sets: string[];
  run(doc: Doc): void;
}

/** Check stage order once, so a mis-ordered pipeline fails at start-up rather than per document. */
export function checkOrder(stages: Stage[]): void {
  const have = new Set(['tokens']);
  for (const s of stages) {
    for (const need of s.needs) {
      if (!have.has(need)) throw new Error(`stage "${s.name}" needs "${need}", which no earlier stage sets`);
    }
    for (const layer of s.sets) have.add(layer);
  }
}

/** Run every stage over the document, in order. */
export function runStages(doc: Doc, stages: Stage[]): Doc {
  for (const s of stages) s.run(doc);
  return doc;
}
