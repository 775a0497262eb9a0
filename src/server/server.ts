import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Store } from '../store/types.ts';
import type { Ingesters } from './api/ingest.ts';
import { createApp } from './app.ts';
import { createIngesters } from './ingesters.ts';
import { loadWebFiles } from './static.ts';

/** Where `npm run build:web` puts the UI. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface ServeOptions {
  store: Store;
  port: number;
  host: string;
  writeToken?: string | null;
  ingesters?: Ingesters;
  webDir?: string;
}

export interface RunningServer {
  url: string;
  /** False when web/dist was missing: `/` then says how to build the UI. */
  ui: boolean;
  close(): Promise<void>;
}

/** Listen on host:port (0 picks a free port) and resolve once the socket is open. */
export function startServer(options: ServeOptions): Promise<RunningServer> {
  const web = loadWebFiles(options.webDir ?? WEB_DIST);
  const app = createApp({
    store: options.store,
    writeToken: options.writeToken ?? null,
    ingesters: options.ingesters ?? createIngesters(options.store),
    web,
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        ui: web.has('/index.html'),
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          // Browsers keep idle connections open; do not wait for them to time out.
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once('error', reject);
  });
}
