import { Command, Option } from 'commander';
import { buildTimelines, findConvergences, type Timeline } from '../../stages/positions/index.ts';
import type { StoredPosition } from '../../store/types.ts';
import { csvCell } from '../../core/csv.ts';
import { write, type CliIO } from '../io.ts';
import { allPages, openDb, parseDay } from '../store-options.ts';

interface PositionsOptions {
  db?: string;
  actor?: string;
  issue?: string;
  since?: string;
  until?: string;
  format: 'jsonl' | 'csv';
  by: 'code' | 'country';
  shifts?: boolean;
  convergences?: boolean;
}

const article = (p: StoredPosition) => ({ id: p.article.id, title: p.article.title, source: p.article.source, url: p.article.url, published: p.article.published });

/** One JSON line per timeline: its observations with provenance, its shifts, and where it stands now. */
function timelineJson(t: Timeline<StoredPosition>) {
  return {
    actor: t.actor, issue: t.issue, current: t.current,
    observations: t.observations.map((o) => ({
      stance: o.stance, date: o.date, ...(o.inferred ? { inferred: true } : {}), evidence: o.evidence, evidenceText: o.evidenceText,
      article: article(o),
    })),
    shifts: t.shifts.map((s) => ({ kind: s.kind, from: s.from, to: s.to, date: s.date, evidence: s.evidence, evidenceText: s.after.evidenceText, article: article(s.after) })),
  };
}

const CSV_HEAD = ['actor_code', 'actor_name', 'issue', 'date', 'stance', 'shift', 'inferred', 'article_id', 'source', 'published', 'url', 'evidence_start', 'evidence_end', 'evidence_text'];

/** CSV rows: one per observation, with the shift it starts (if any). */
function timelineCsv(t: Timeline<StoredPosition>, shiftsOnly: boolean): string[] {
  const shiftAt = new Map(t.shifts.map((s) => [s.after, s.kind]));
  return t.observations
    .filter((o) => !shiftsOnly || shiftAt.has(o))
    .map((o) => [t.actor.code, t.actor.name, t.issue, o.date, o.stance, shiftAt.get(o) ?? '', o.inferred ? 'yes' : '', o.article.id,
      o.article.source, o.article.published, o.article.url, o.evidence[0], o.evidence[1], o.evidenceText].map(csvCell).join(','));
}

async function printConvergences(io: CliIO, timelines: Array<Timeline<StoredPosition>>, format: 'jsonl' | 'csv'): Promise<void> {
  const found = findConvergences(timelines);
  if (format === 'csv') await write(io.stdout, 'issue,side,date,first_code,first_name,joined_code,joined_name,article_id,evidence_text\n');
  for (const c of found) {
    const o = c.observation;
    const line = format === 'csv'
      ? [c.issue, c.side > 0 ? 'for' : 'against', c.date, c.actors[0].code, c.actors[0].name, c.actors[1].code, c.actors[1].name, o.article.id, o.evidenceText].map(csvCell).join(',')
      : JSON.stringify({ issue: c.issue, side: c.side > 0 ? 'for' : 'against', date: c.date, actors: c.actors, evidence: c.evidence, evidenceText: o.evidenceText, article: article(o) });
    await write(io.stdout, `${line}\n`);
  }
}

/** `sitrep positions`: stance timelines per actor × issue from the store, with their shifts. */
export function registerPositions(program: Command, io: CliIO, _exit: { code: number }): void {
  program
    .command('positions')
    .description('print stance timelines (actor × issue) from the store, with the shifts between stances')
    .option('--db <path>', 'SQLite database file (default ./sitrep.db or $SITREP_DB)')
    .option('--actor <code|name>', 'actor code prefix (USA matches USAGOV) or name substring')
    .option('--issue <id>', 'issue id, e.g. ceasefire, negotiations, territory')
    .option('--since <date>', 'from this day on (YYYY-MM-DD)', parseDay)
    .option('--until <date>', 'up to this day (YYYY-MM-DD)', parseDay)
    .addOption(new Option('--format <format>', 'output: one JSON timeline per line, or one CSV row per observation').choices(['jsonl', 'csv']).default('jsonl'))
    .addOption(new Option('--by <key>', 'one timeline per full actor code, or per country (first three letters)').choices(['code', 'country']).default('code'))
    .option('--shifts', 'only timelines with shifts (csv: only the observations that start one)')
    .option('--convergences', 'print convergences instead: two actors coming to stand on the same side of an issue')
    .action(async (opts: PositionsOptions) => {
      const store = openDb(io, opts.db, true, true);
      try {
        const all: StoredPosition[] = [];
        const filter = { actor: opts.actor, issue: opts.issue, since: opts.since, until: opts.until };
        for await (const p of allPages((page) => store.positions({ ...filter, ...page }))) all.push(p);
        let timelines = buildTimelines(all, { by: opts.by });
        if (opts.convergences) {
          await printConvergences(io, timelines, opts.format);
          return;
        }
        if (opts.shifts) timelines = timelines.filter((t) => t.shifts.length > 0);
        if (opts.format === 'csv') {
          await write(io.stdout, `${CSV_HEAD.join(',')}\n`);
          for (const t of timelines) for (const row of timelineCsv(t, Boolean(opts.shifts))) await write(io.stdout, `${row}\n`);
          return;
        }
        for (const t of timelines) await write(io.stdout, `${JSON.stringify(timelineJson(t))}\n`);
      } finally {
        await store.close();
      }
    });
}
