import { Command, CommanderError } from 'commander';
import { SitrepError } from '../core/errors.ts';
import { registerCommands } from './commands/index.ts';
import { processIO, type CliIO } from './io.ts';

/** Exit codes: 0 ok, 1 usage error, 2 input error, 3 internal error. */
export const EXIT = { OK: 0, USAGE: 1, INPUT: 2, INTERNAL: 3 } as const;

/** Thrown by commands to stop with an exit code after having printed what they had to say. */
export class ExitError extends Error {
  constructor(readonly exitCode: number, message = '') {
    super(message);
  }
}

function buildProgram(io: CliIO, exitHolder: { code: number }): Command {
  const program = new Command();
  program
    .name('sitrep')
    .description('Turn news articles into structured, auditable situation reports.')
    .version('0.1.0')
    .option('--debug', 'print stack traces on errors')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(run with --help for usage)');
  registerCommands(program, io, exitHolder);
  for (const c of program.commands) c.exitOverride().showHelpAfterError('(run with --help for usage)');
  return program;
}

/**
 * Run the CLI with `argv` (without node and script) and return the exit code instead of exiting:
 * 0 ok, 1 usage error, 2 input error, 3 internal error. Errors are one line on stderr; the stack
 * only with `--debug`.
 */
export async function execute(argv: string[], io: CliIO = processIO()): Promise<number> {
  const exitHolder = { code: EXIT.OK as number };
  const program = buildProgram(io, exitHolder);
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitHolder.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; everything commander rejects is a usage error.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.OK;
      return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (err instanceof ExitError) {
      if (err.message) io.stderr.write(`sitrep: ${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof SitrepError) {
      io.stderr.write(`sitrep: ${err.message} [${err.code}]\n`);
      if (debug && err.stack) io.stderr.write(`${err.stack}\n`);
      return err.exitCode;
    }
    const e = err as Error;
    io.stderr.write(`sitrep: internal error: ${e?.message ?? String(err)}\n`);
    if (debug && e?.stack) io.stderr.write(`${e.stack}\n`);
    return EXIT.INTERNAL;
  }
}
