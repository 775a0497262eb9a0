import { Command, Option } from 'commander';
import type { ArticleFilter, StoredArticle } from '../../store/types.ts';
import { write, type CliIO } from '../io.ts';
import { allPages, openDb, parseCount, parseDay, parsePositive } from '../store-options.ts';
import { writeRows, type Column } from '../tabular.ts';

const ARTICLE_COLUMNS: Column<StoredArticle>[] = [
  ['id', (a) => a.id], ['published', (a) => a.published], ['source', (a) => a.source], ['title', (a) => a.title],
  ['url', (a) => a.url], ['story_id', (a) => a.storyId], ['story_size', (a) => a.storySize], ['actors', (a) => a.counts.actors],
  ['quotes', (a) => a.counts.quotes], ['events', (a) => a.counts.events], ['positions', (a) => a.counts.positions],
  ['length', (a) => a.length], ['ingested_at', (a) => a.ingestedAt],
];

interface ArticlesOptions extends Omit<ArticleFilter, 'q'> { db?: string; search?: string; format: 'tsv' | 'csv' | 'jsonl'; report?: number }

/** `sitrep articles`: stored articles, newest first; `--report ID` prints one article's stored report. */
export function registerArticles(program: Command, io: CliIO, exit: { code: number }): void {
  program
    .command('articles')
    .description('list stored articles (newest first), or print one stored report with --report ID')
    .option('--db <path>', 'SQLite database file (default ./sitrep.db or $SITREP_DB)')
    .option('--source <name>', 'publisher name or host')
    .option('--story <id>', 'articles of one story (near-duplicate group)', parsePositive)
    .option('--since <date>', 'published from this day (YYYY-MM-DD)', parseDay)
    .option('--until <date>', 'published up to this day (YYYY-MM-DD)', parseDay)
    .option('--search <words>', 'full-text search in the sentences')
    .option('--report <id>', 'print the stored JSON report of this article', parsePositive)
    .option('--limit <n>', 'at most this many rows', parsePositive)
    .option('--offset <n>', 'skip this many rows', parseCount, 0)
    .addOption(new Option('--format <format>', 'output format').choices(['tsv', 'csv', 'jsonl']).default('tsv'))
    .action(async (o: ArticlesOptions) => {
      const store = openDb(io, o.db, true);
      try {
        if (o.report !== undefined) {
          const got = await store.article(o.report);
          if (!got) {
            io.stderr.write(`sitrep: no article ${o.report}\n`);
            exit.code = 2;
            return;
          }
          await write(io.stdout, `${JSON.stringify(got.report, null, 2)}\n`);
          return;
        }
        const filter: ArticleFilter = { source: o.source, story: o.story, since: o.since, until: o.until, q: o.search };
        await writeRows(io.stdout, o.format, ARTICLE_COLUMNS, allPages((p) => store.articles({ ...filter, ...p }), o.limit, o.offset));
      } finally {
        await store.close();
      }
    });
}
