import { Command, InvalidArgumentError, Option } from 'commander';
import type { EventFilter, QuadClass, StoredEvent } from '../../store/types.ts';
import { write, type CliIO } from '../io.ts';
import { phoenixLine, ploverRecord } from '../plover.ts';
import { TSV_COLUMNS } from '../../stages/events/export.ts';
import { allPages, openDb, parseCount, parseDay, parsePositive } from '../store-options.ts';
import { writeRows, type Column } from '../tabular.ts';

/** GDELT-like columns: one row per stored event. */
export const EVENT_COLUMNS: Column<StoredEvent>[] = [
  ['date', (e) => e.date ?? e.article.published],
  ['source_code', (e) => e.source?.code], ['source_name', (e) => e.source?.name], ['source_country', (e) => country(e.source?.code)],
  ['target_code', (e) => e.target?.code], ['target_name', (e) => e.target?.name], ['target_country', (e) => country(e.target?.code)],
  ['type', (e) => e.type], ['mode', (e) => e.mode], ['cameo', (e) => e.cameo], ['quad_class', (e) => e.quad], ['score', (e) => e.score],
  ['factuality', (e) => e.factuality], ['location', (e) => e.location?.name], ['location_country', (e) => e.location?.country],
  ['article_count', (e) => e.articleCount], ['source_count', (e) => e.sourceCount],
  ['article_id', (e) => e.article.id], ['article_source', (e) => e.article.source], ['url', (e) => e.article.url],
  ['evidence_start', (e) => e.evidence?.[0]], ['evidence_end', (e) => e.evidence?.[1]], ['evidence_text', (e) => e.evidenceText],
];

function country(code: string | undefined): string | null {
  return code && code.length >= 3 ? code.slice(0, 3) : null;
}

const QUADS = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'];
const parseQuad = (v: string): QuadClass => {
  const q = v.toLowerCase();
  const byNumber = /^[1-4]$/.test(q) ? QUADS[Number(q) - 1] : q;
  if (!QUADS.includes(byNumber)) throw new InvalidArgumentError(`expected 1-4 or one of ${QUADS.join(', ')}`);
  return byNumber as QuadClass;
};

interface EventsOptions extends Omit<EventFilter, 'q'> { db?: string; search?: string; format: 'jsonl' | 'csv' | 'tsv' | 'plover' | 'phoenix' }

/** `sitrep events`: stored events, filtered, as JSONL, CSV, TSV or PLOVER JSON lines. */
export function registerEvents(program: Command, io: CliIO): void {
  program
    .command('events')
    .description('list stored events (who did what to whom), filtered, as jsonl, csv, tsv (GDELT-like), plover (PLOVER JSON) or phoenix (Phoenix/CAMEO TSV)')
    .option('--db <path>', 'SQLite database file (default ./sitrep.db or $SITREP_DB)')
    .option('--actor <who>', 'source or target: code prefix (RUS, UKRMIL) or name')
    .option('--country <iso3>', 'source or target country code (first three letters of the actor code)')
    .option('--type <plover>', 'PLOVER event type, e.g. ASSAULT')
    .option('--quad <class>', 'quad class: 1-4 or verbal-cooperation, material-cooperation, verbal-conflict, material-conflict', parseQuad)
    .option('--since <date>', 'from this day (YYYY-MM-DD)', parseDay)
    .option('--until <date>', 'up to this day (YYYY-MM-DD)', parseDay)
    .option('--search <words>', 'full-text search in the evidence sentence')
    .option('--article <id>', 'events of one article', parsePositive)
    .option('--unique', 'one row per distinct event rather than one per reporting article')
    .option('--limit <n>', 'at most this many rows', parsePositive)
    .option('--offset <n>', 'skip this many rows', parseCount, 0)
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv', 'tsv', 'plover', 'phoenix']).default('jsonl'))
    .action(async (o: EventsOptions) => {
      const store = openDb(io, o.db, true);
      try {
        const filter: EventFilter = { actor: o.actor, country: o.country, type: o.type, quad: o.quad, since: o.since, until: o.until, q: o.search, article: o.article, unique: o.unique };
        const events = allPages((p) => store.events({ ...filter, ...p }), o.limit, o.offset);
        if (o.format !== 'plover' && o.format !== 'phoenix') return await writeRows(io.stdout, o.format, EVENT_COLUMNS, events);
        if (o.format === 'phoenix') await write(io.stdout, `${TSV_COLUMNS.join('\t')}\n`);
        for await (const e of events) await write(io.stdout, o.format === 'plover' ? `${JSON.stringify(ploverRecord(e))}\n` : `${phoenixLine(e)}\n`);
      } finally {
        await store.close();
      }
    });
}
