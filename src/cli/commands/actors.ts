import { Command, Option } from 'commander';
import type { ActorSummary } from '../../store/types.ts';
import { write, type CliIO } from '../io.ts';
import { allPages, openDb, parseCount, parsePositive } from '../store-options.ts';
import { header, row, type Column } from '../tabular.ts';

const ACTOR_COLUMNS: Column<ActorSummary>[] = [
  ['code', (a) => a.code], ['name', (a) => a.name], ['articles', (a) => a.articles], ['mentions', (a) => a.mentions],
  ['first_seen', (a) => a.firstSeen], ['last_seen', (a) => a.lastSeen],
];

/** `sitrep actors`: every actor in the store with article and mention counts, most reported first. */
export function registerActors(program: Command, io: CliIO): void {
  program
    .command('actors')
    .description('list the actors in the database with counts and first/last seen, most reported first')
    .option('--db <path>', 'SQLite database file (default ./sitrep.db or $SITREP_DB)')
    .option('--search <who>', 'code prefix or name (part of it)')
    .option('--limit <n>', 'at most this many rows', parsePositive)
    .option('--offset <n>', 'skip this many rows', parseCount, 0)
    .addOption(new Option('--format <format>', 'output format').choices(['tsv', 'csv', 'jsonl']).default('tsv'))
    .action(async (o: { db?: string; search?: string; limit?: number; offset: number; format: 'tsv' | 'csv' | 'jsonl' }) => {
      const store = openDb(io, o.db, true);
      try {
        const sep = o.format === 'csv' ? ',' : '\t';
        if (o.format !== 'jsonl') await write(io.stdout, header(ACTOR_COLUMNS, sep));
        for await (const a of allPages((p) => store.actors({ q: o.search, ...p }), o.limit, o.offset)) {
          await write(io.stdout, o.format === 'jsonl' ? `${JSON.stringify(a)}\n` : row(ACTOR_COLUMNS, a, sep));
        }
      } finally {
        await store.close();
      }
    });
}
