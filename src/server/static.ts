import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Context, Hono } from 'hono';

/**
 * The built web UI (web/dist), read into memory once: it is a few hundred kilobytes, and serving
 * from a fixed map means no request path ever reaches the file system.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface WebFile {
  body: Uint8Array;
  type: string;
}

/** Every file under `dir`, keyed by URL path (`/index.html`, `/assets/…`). Empty when `dir` is absent. */
export function loadWebFiles(dir: string): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  if (!existsSync(dir)) return files;
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(`/${relative(dir, full).split(sep).join('/')}`, { body: readFileSync(full), type: TYPES[extname(name)] ?? 'application/octet-stream' });
    }
  };
  walk(dir);
  return files;
}

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>sitrep</title>
<p>The web UI is not built. Run <code>npm run build:web</code> (or <code>npm start</code>), then reload.
The API is available under <a href="/openapi.json">/openapi.json</a>.</p>`;

/** Serve `/` and the built assets; hashed asset names can be cached for good. */
export function mountWeb(app: Hono, files: Map<string, WebFile>): void {
  const index = files.get('/index.html');
  const page = (c: Context) =>
    index ? c.body(index.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': index.type, 'Cache-Control': 'no-cache' }) : c.html(NOT_BUILT, 503);
  app.get('/', page);
  app.get('/index.html', page);
  for (const [path, file] of files) {
    if (path === '/index.html') continue;
    const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    app.get(path, (c) => c.body(file.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': file.type, 'Cache-Control': cache }));
  }
}
