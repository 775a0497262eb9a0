import { createAnalyzer, type Analyzer } from '../../src/analyzer.ts';
import { createZonesStage } from '../../src/stages/zones/index.ts';
import { compileTrailer } from '../../src/stages/zones/patterns.ts';
import { compileActorLexicon, createActorsStage, lexiconFiles } from '../../src/stages/actors/index.ts';
import { BUNDLED_ACTOR_DATA, BUNDLED_REFERENCES } from '../../src/stages/actors/data.ts';
import trailerData from '../../data/zones/trailer.json' with { type: 'json' };
import type { Doc } from '../../src/core/doc.ts';

/** An analyzer running zones and actors only, optionally with user dictionaries. */
export function actorsAnalyzer(user: Array<{ source: string; data: unknown }> = []): Analyzer {
  const lex = compileActorLexicon(lexiconFiles(BUNDLED_ACTOR_DATA, user), BUNDLED_REFERENCES);
  return createAnalyzer({ stages: [createZonesStage(compileTrailer(trailerData)), createActorsStage(lex)] });
}

/** The actor a given piece of text was resolved to (its first mention covering that text). */
export function who(doc: Doc, text: string, from = 0): { name: string; code: string; kind: string; mentionCode?: string; ids: string[] } | null {
  const at = doc.text.indexOf(text, from);
  if (at < 0) throw new Error(`"${text}" not in text`);
  const m = doc.mentions.find((x) => x.span[0] <= at && at < x.span[1]);
  if (!m) return null;
  const a = doc.actors.find((x) => x.id === m.actorId)!;
  return { name: a.name, code: a.code, kind: m.kind, mentionCode: m.code, ids: m.actorIds ?? [m.actorId] };
}
