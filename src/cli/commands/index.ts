import type { Command } from 'commander';
import type { CliIO } from '../io.ts';
import { registerActors } from './actors.ts';
import { registerAnalyze } from './analyze.ts';
import { registerArticles } from './articles.ts';
import { registerEvents } from './events.ts';
import { registerIngest } from './ingest.ts';
import { registerPositions } from './positions.ts';
import { registerQuotes } from './quotes.ts';
import { registerServe } from './serve.ts';
import { registerWatch } from './watch.ts';

/** Every sub-command registers itself here: one line each. */
export function registerCommands(program: Command, io: CliIO, exit: { code: number }): void {
  registerAnalyze(program, io, exit);
  registerPositions(program, io, exit);
  registerServe(program, io, exit);
  registerIngest(program, io, exit);
  registerWatch(program, io, exit);
  registerEvents(program, io);
  registerQuotes(program, io);
  registerActors(program, io);
  registerArticles(program, io, exit);
}
