import { Command, InvalidArgumentError } from 'commander';
import { SitrepError } from '../../core/errors.ts';
import { startServer } from '../../server/server.ts';
import { createIngesters } from '../../server/ingesters.ts';
import type { CliIO } from '../io.ts';
import { openDb } from '../store-options.ts';

interface ServeOptions {
  db?: string;
  port: number;
  host: string;
  writeToken?: string;
  allowPrivate?: boolean;
}

const parsePort = (v: string): number => {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65_535) throw new InvalidArgumentError('expected a port number 0–65535 (0 picks a free one)');
  return n;
};

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const done = (sig: NodeJS.Signals) => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve(sig);
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

/** `sitrep serve`: the HTTP API and the web UI over a database, until Ctrl-C. */
export function registerServe(program: Command, io: CliIO, _exit: { code: number }): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, /openapi.json) and the web UI (/) over a database')
    .option('--db <path>', 'SQLite database file (default ./sitrep.db or $SITREP_DB)')
    .option('--port <n>', 'TCP port (0 picks a free one)', parsePort, 8080)
    .option('--host <address>', 'address to listen on; keep 127.0.0.1 unless others must reach it', '127.0.0.1')
    .option('--write-token <token>', 'allow POST /api/ingest for requests carrying "Authorization: Bearer TOKEN" (default $SITREP_WRITE_TOKEN; read-only without)')
    .option('--allow-private', 'let POST /api/ingest fetch URLs on loopback, private or link-local addresses')
    .action(async (opts: ServeOptions) => {
      const writeToken = opts.writeToken ?? io.env.SITREP_WRITE_TOKEN ?? null;
      if (writeToken !== null && writeToken.length < 8) throw new SitrepError('E008', '--write-token must be at least 8 characters');
      const store = openDb(io, opts.db, false);
      const server = await startServer({
        store, port: opts.port, host: opts.host, writeToken,
        ingesters: writeToken ? createIngesters(store, { allowPrivate: opts.allowPrivate }) : undefined,
      });
      io.stdout.write(`sitrep: serving ${store.location} at ${server.url} (${writeToken ? 'ingest allowed with the write token' : 'read-only'}); Ctrl-C stops\n`);
      if (!server.ui) io.stderr.write('sitrep: the web UI is not built (web/dist is missing): run `npm run build:web`; the API works meanwhile\n');
      const sig = await untilSignal();
      io.stderr.write(`sitrep: ${sig}: stopping\n`);
      await server.close();
      await store.close();
    });
}
