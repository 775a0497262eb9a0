import { createAnalyzer, defaultStages } from '../../src/analyzer.ts';
import type { Report } from '../../src/core/types.ts';
import { quotesStageWith } from '../../src/stages/quotes/index.ts';

const analyzer = createAnalyzer();
/** The pipeline without the learned cue model, speaker chooser and quote filter: the rules alone. */
const rulesAnalyzer = createAnalyzer({ stages: defaultStages().map((s) => (s.name === 'quotes' ? quotesStageWith({ cues: false, speakers: false, filter: false }) : s)) });

/** A report quote with its text, cue text and speaker text resolved, for readable assertions. */
export interface Seen {
  kind: string;
  text: string;
  cue: string | null;
  speaker: string | null;
  speakerText: string | null;
  code: string | null;
  actorId: string | undefined;
  fragments: string[];
}

/**
 * Analyze `text` with the full default pipeline (or, with `rules`, without the learned parts, to
 * test a rule apart from what the trained filter keeps) and return its quotes in readable form.
 */
export function quotesOf(text: string, published = '2024-03-05', rules = false): { quotes: Seen[]; report: Report } {
  const report = (rules ? rulesAnalyzer : analyzer).analyze({ text, published });
  const quotes = report.quotes.map((q) => {
    const extra = q as typeof q & { fragments?: Array<[number, number]> };
    return {
      kind: q.kind,
      text: text.slice(q.span[0], q.span[1]),
      cue: q.cue ? text.slice(q.cue[0], q.cue[1]) : null,
      speaker: q.speaker?.name ?? null,
      speakerText: q.speaker ? text.slice(q.speaker.span[0], q.speaker.span[1]) : null,
      code: q.speaker?.code ?? null,
      actorId: q.speaker?.actorId,
      fragments: (extra.fragments ?? []).map((f) => text.slice(f[0], f[1])),
    };
  });
  return { quotes, report };
}

/** The one quote whose text contains `needle`; throws when there is none. */
export function find(quotes: Seen[], needle: string): Seen {
  const q = quotes.find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote contains "${needle}"; got ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
}
