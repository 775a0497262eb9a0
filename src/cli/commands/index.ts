import type { Command } from 'commander';
import type { CliIO } from '../io.ts';
import { registerAnalyze } from './analyze.ts';

/** Every sub-command registers itself here: one line each. */
export function registerCommands(program: Command, io: CliIO, exit: { code: number }): void {
  registerAnalyze(program, io, exit);
}
