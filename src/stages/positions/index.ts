import { TokenMemo, type Doc } from '../../core/doc.ts';
import type { Stage } from '../../core/pipeline.ts';
import issuesData from '../../../data/issues/issues.json' with { type: 'json' };
import stancesData from '../../../data/issues/stances.json' with { type: 'json' };
import { compilePositionsLexicon, tokenKey, type PositionsLexicon } from './lexicon.ts';
import type { Context, Observation } from './observe.ts';
import { sentenceDates } from '../events/dates.ts';
import { readSentence, type SentenceReading } from './reading.ts';
import { fromEvents, fromQuotes, fromText } from './sources.ts';

export type { Observation } from './observe.ts';
export { buildTimelines, polarity, shiftKind, type ObservationLike, type Shift, type Timeline } from './timeline.ts';
export { findConvergences, type Convergence } from './converge.ts';

const UPPER = /\p{Lu}/u;

/** Observations are one per actor × issue × stance × sentence; the first source wins (event, quote, text). */
function key(o: Observation, sentence: number): string {
  return `${(o.actor.code || o.actor.name).toUpperCase()}|${o.issue}|${o.stance}|${sentence}|${o.inferred ? 'prior' : ''}`;
}

/**
 * Positions: each actor's stance on each issue, read from events (actor, date, factuality), from
 * quotes (speaker, or a third party the speaker reports) and from plain sentences, with issue
 * terms and stance cues from data/issues/. Sets `doc.positions`, in text order.
 */
export function createPositionsStage(lex: PositionsLexicon): Stage {
  const keyOf = new TokenMemo(tokenKey);
  return {
    name: 'positions',
    needs: ['actors', 'quotes', 'events'],
    sets: ['positions'],
    run(doc: Doc) {
      const keys = doc.lower.map((w, i) => keyOf.get(doc.ids[i], w));
      const capital = (t: number) => UPPER.test(doc.text[doc.starts[t]] ?? '');
      const cache = new Map<number, SentenceReading>();
      const seen = new Set<string>();
      const out: Observation[] = [];
      const ctx: Context = {
        doc, lex, claimed: new Set(),
        read(s) {
          let r = cache.get(s);
          if (!r) {
            const { first, last } = doc.sentences[s];
            cache.set(s, (r = readSentence(lex, keys, doc.pos, first, last, capital, doc.ids)));
          }
          return r;
        },
        dates: (s) => sentenceDates(doc, s),
        add(o, sentence) {
          const k = key(o, sentence);
          if (seen.has(k)) return;
          seen.add(k);
          out.push(o);
        },
      };
      try {
        fromEvents(ctx);
        fromQuotes(ctx);
        fromText(ctx);
      } catch (err) {
        // A malformed event or quote from an earlier stage must not lose the report.
        doc.message('positions/failed', `positions stopped early: ${(err as Error).message}`, null, 'warning');
      }
      out.sort((a, b) => a.evidence[0] - b.evidence[0] || a.evidence[1] - b.evidence[1]);
      doc.positions = out;
    },
  };
}

/**
 * The positions stage over the bundled issues and stance cues (data/issues/), plus users' issue
 * files (already parsed, same format as issues.json): new ids add issues, known ids extend them.
 */
export function defaultPositionsStage(...userIssues: unknown[]): Stage {
  return createPositionsStage(compilePositionsLexicon(issuesData, stancesData, userIssues));
}
