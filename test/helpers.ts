import { PassThrough, Readable } from 'node:stream';
import { execute } from '../src/cli/main.ts';
import type { CliIO } from '../src/cli/io.ts';

/** In-memory CLI streams: `io` to pass to `execute`, `out()`/`err()` to read what was written. */
export function captureIO(cwd = process.cwd(), stdin = ''): { io: CliIO; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const io: CliIO = { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, cwd, env: {}, isTTY: false };
  return { io, out: () => out, err: () => err };
}

/** Run the CLI in-process with string stdin; collect stdout, stderr and the exit code. */
export async function runCli(argv: string[], stdin = '', cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = captureIO(cwd, stdin);
  const code = await execute(argv, c.io);
  return { code, stdout: c.out(), stderr: c.err() };
}
