import type { Readable, Writable } from 'node:stream';

/**
 * The CLI's window on the world: streams and cwd are injected so tests run commands in-process
 * (`execute(argv, io)`) without spawning, textlint-style.
 */
export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  env: Record<string, string | undefined>;
  /** True when stdout is a terminal (progress bars, colours). */
  isTTY: boolean;
}

/** The real process streams. */
export function processIO(): CliIO {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/** Write to a stream and wait for it to drain, so large outputs keep memory flat. */
export function write(stream: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}
