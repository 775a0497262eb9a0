import { createInterface } from 'node:readline';
import { Command, Option } from 'commander';
import { createAnalyzer, type Analyzer } from '../../analyzer.ts';
import { SitrepError } from '../../core/errors.ts';
import type { ArticleInput, Report } from '../../core/types.ts';
import { DEFAULT_MAX_BYTES, decodeBytes, readStream, readTextFile, type DecodedText } from '../input.ts';
import { write, type CliIO } from '../io.ts';
import { parseDay, parsePositive } from '../store-options.ts';
import { articleFromRecord } from '../../ingest/records.ts';
import { decodeDocument } from '../../ingest/encoding.ts';
import { createHtmlExtractor } from '../../ingest/html.ts';
import { readBytes } from '../../ingest/sources.ts';

interface AnalyzeOptions {
  published?: string;
  title?: string;
  source?: string;
  url?: string;
  format: 'json' | 'jsonl';
  jsonl?: boolean;
  maxBytes: number;
  actors: string[];
  cues: string[];
  issues: string[];
  triggers: string[];
  places: string[];
  html?: boolean;
}


const collect = (v: string, acc: string[]) => [...acc, v];

/** Read a user lexicon file as JSON (E006 with the file name when it is not JSON). */
function parseJsonFile(path: string, maxBytes: number): unknown {
  const { text } = readTextFile(path, maxBytes);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new SitrepError('E006', `${path}: ${(err as Error).message}`);
  }
}

function serialise(report: Report, format: 'json' | 'jsonl'): string {
  return format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${JSON.stringify(report)}\n`;
}

/** Batch mode: one JSON object per stdin line in, one report (or error record) per line out. */
async function runBatch(io: CliIO, analyzer: Analyzer, maxBytes: number): Promise<number> {
  const extractHtml = createHtmlExtractor();
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let n = 0;
  let failed = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let id: string | null = null;
    try {
      if (line.length > maxBytes) throw new SitrepError('E003', `line ${n} is longer than ${maxBytes} characters`);
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch (err) {
        throw new SitrepError('E006', `line ${n}: ${(err as Error).message}`);
      }
      const rid = (rec as { id?: unknown })?.id;
      if (rid !== undefined && rid !== null) id = String(rid);
      const input = articleFromRecord(rec, extractHtml);
      await write(io.stdout, JSON.stringify(analyzer.analyze(input)) + '\n');
    } catch (err) {
      failed++;
      const reason = err instanceof Error ? err.message : String(err);
      const code = err instanceof SitrepError ? err.code : 'E999';
      await write(io.stdout, JSON.stringify({ id, error: { code, reason, line: n } }) + '\n');
    }
  }
  if (failed > 0) io.stderr.write(`sitrep: ${failed} of ${n} input line(s) failed; see their error records\n`);
  return failed > 0 ? 2 : 0;
}

/** `sitrep analyze [FILE|-]`: one article to one JSON report, or `--jsonl` batches. */
export function registerAnalyze(program: Command, io: CliIO, exit: { code: number }): void {
  program
    .command('analyze')
    .description('analyze one article (a text file, or - for stdin) and print its JSON report')
    .argument('[file]', 'text file to analyze; - or nothing reads standard input')
    .option('--published <date>', 'publication date (YYYY-MM-DD), the anchor for relative dates', parseDay)
    .option('--title <title>', 'article title (else taken from a feed footer in the text)')
    .option('--source <name>', 'publisher name (else taken from a feed footer in the text)')
    .option('--url <url>', 'article URL')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl']).default('json'))
    .option('--jsonl', 'batch mode: read JSON lines {"id","text"|"html","published"?,…} from stdin, print one report per line')
    .option('--max-bytes <n>', 'refuse inputs larger than this', parsePositive, DEFAULT_MAX_BYTES)
    .option('--actors <file>', 'user actor dictionary (JSON, docs/lexicons.md); repeatable, later files win', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--cues <file>', 'user quote-cue lexicon (JSON, data/quotes format); repeatable', collect, [] as string[])
    .option('--issues <file>', 'user issue lexicon for positions (JSON, data/issues format); repeatable', collect, [] as string[])
    .option('--triggers <file>', 'user event triggers (JSON, data/events triggers format); repeatable', collect, [] as string[])
    .option('--places <file>', 'user gazetteer entries (JSON, data/gazetteer format); repeatable', collect, [] as string[])
    .option('--html', 'the input is an HTML page: analyze its extracted article text (default for .html/.htm files)')
    .action(async (file: string | undefined, opts: AnalyzeOptions) => {
      const actorDictionaries = opts.actors.map((f) => ({ source: f, data: readTextFile(f, opts.maxBytes).text }));
      const json = (files: string[]) => files.map((f) => ({ source: f, data: parseJsonFile(f, opts.maxBytes) }));
      const analyzer = createAnalyzer({
        actorDictionaries, cueFiles: json(opts.cues), issueFiles: json(opts.issues),
        triggerFiles: json(opts.triggers), placeFiles: json(opts.places),
      });
      if (opts.jsonl) {
        if (file && file !== '-') throw new SitrepError('E008', '--jsonl reads standard input; do not pass a file');
        exit.code = await runBatch(io, analyzer, opts.maxBytes);
        return;
      }
      if (opts.html || /\.html?$/i.test(file ?? '')) {
        // HTML keeps its raw bytes until its own charset (meta, XML declaration) is known.
        const bytes = !file || file === '-' ? await readStream(io.stdin, opts.maxBytes) : readBytes(file, opts.maxBytes);
        const d = decodeDocument(bytes, file && file !== '-' ? file : 'standard input');
        const x = createHtmlExtractor()(d.text, opts.url);
        const report = analyzer.analyze({
          text: x.text, published: opts.published ?? x.published, title: opts.title ?? x.title, source: opts.source ?? x.source,
          url: opts.url, authors: x.authors,
        });
        report.messages.unshift(...d.messages, ...x.messages);
        await write(io.stdout, serialise(report, opts.format));
        return;
      }
      let decoded: DecodedText;
      if (!file || file === '-') decoded = decodeBytes(await readStream(io.stdin, opts.maxBytes), 'standard input');
      else decoded = readTextFile(file, opts.maxBytes);
      const input: ArticleInput = {
        text: decoded.text, published: opts.published, title: opts.title, source: opts.source, url: opts.url,
      };
      const report = analyzer.analyze(input);
      report.messages.unshift(...decoded.messages);
      await write(io.stdout, serialise(report, opts.format));
    });
}
