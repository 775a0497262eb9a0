import { PassThrough, Readable } from 'node:stream';
import { execute } from '../src/cli/main.ts';
import type { CliIO } from '../src/cli/io.ts';

/** Run the CLI in-process with string stdin; collect stdout, stderr and the exit code. */
export async function runCli(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c) => (stdout += c));
  err.on('data', (c) => (stderr += c));
  const io: CliIO = { stdin: Readable.from([Buffer.from(stdin)]), stdout: out, stderr: err, cwd: process.cwd(), env: {}, isTTY: false };
  const code = await execute(argv, io);
  return { code, stdout, stderr };
}
