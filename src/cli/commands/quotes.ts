import { Command, Option } from 'commander';
import type { QuoteFilter, StoredQuote } from '../../store/types.ts';
import type { CliIO } from '../io.ts';
import { allPages, openDb, parseCount, parseDay, parsePositive } from '../store-options.ts';
import { writeRows, type Column } from '../tabular.ts';

const QUOTE_COLUMNS: Column<StoredQuote>[] = [
  ['date', (q) => q.article.published], ['speaker_name', (q) => q.speaker?.name], ['speaker_code', (q) => q.speaker?.code],
  ['kind', (q) => q.kind], ['quote', (q) => q.quoteText], ['article_id', (q) => q.article.id],
  ['article_source', (q) => q.article.source], ['url', (q) => q.article.url], ['start', (q) => q.span[0]], ['end', (q) => q.span[1]],
  // Co-speakers ("Poland and Ukraine said"): "Poland (POL)", several joined by "; ". Last, so older columns keep their place.
  ['co_speakers', (q) => q.also?.map((a) => (a.code ? `${a.name} (${a.code})` : a.name)).join('; ')],
];

interface QuotesOptions extends Omit<QuoteFilter, 'q'> { db?: string; search?: string; format: 'jsonl' | 'csv' | 'tsv' }

/** `sitrep quotes`: stored quotes by speaker and words, as JSONL, CSV or TSV. */
export function registerQuotes(program: Command, io: CliIO): void {
  program
    .command('quotes')
    .description('list stored quotes, by speaker and words, as jsonl, csv or tsv')
    .option('--db <path>', 'SQLite database file (default ./sitrep.db or $SITREP_DB)')
    .option('--speaker <who>', 'speaker name (part of it) or code prefix')
    .option('--search <words>', 'full-text search in the quote (cease-fire matches "cease-fire" and "cease fire")')
    .option('--since <date>', 'from this day (YYYY-MM-DD)', parseDay)
    .option('--until <date>', 'up to this day (YYYY-MM-DD)', parseDay)
    .option('--article <id>', 'quotes of one article', parsePositive)
    .option('--limit <n>', 'at most this many rows', parsePositive)
    .option('--offset <n>', 'skip this many rows', parseCount, 0)
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv', 'tsv']).default('jsonl'))
    .action(async (o: QuotesOptions) => {
      const store = openDb(io, o.db, true);
      try {
        const filter: QuoteFilter = { speaker: o.speaker, q: o.search, since: o.since, until: o.until, article: o.article };
        await writeRows(io.stdout, o.format, QUOTE_COLUMNS, allPages((p) => store.quotes({ ...filter, ...p }), o.limit, o.offset));
      } finally {
        await store.close();
      }
    });
}
