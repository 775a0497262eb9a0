import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Build the web UI (web/ → web/dist/) with Vite when the build is missing or older than its
 * sources. Used by `npm start`, `npm run build:web` and the E2E tests, so a fresh checkout needs
 * no separate build step.
 */

const WEB = fileURLToPath(new URL('../web/', import.meta.url));
const DIST_INDEX = join(WEB, 'dist', 'index.html');

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

/** True when web/dist is missing or a source file changed after it was built. */
export function webBuildStale(): boolean {
  if (!existsSync(DIST_INDEX)) return true;
  const built = statSync(DIST_INDEX).mtimeMs;
  const sources = Math.max(newest(join(WEB, 'src')), newest(join(WEB, 'index.html')), newest(join(WEB, 'vite.config.ts')));
  return sources > built;
}

/**
 * Hold a lock folder while building: test files run in parallel processes and each makes sure the
 * UI is built; without it one would serve a web/dist the other is emptying.
 */
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const lock = join(WEB, '.build-lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than two minutes belongs to a build that died.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Run the Vite build (always when `force`, else only when stale). Returns true when it built. */
export async function buildWeb(force = false): Promise<boolean> {
  if (!force && !webBuildStale()) return false;
  return withLock(async () => {
    if (!force && !webBuildStale()) return false;
    // Vite is a dev dependency: imported only when a build is really needed.
    const { build } = await import('vite');
    await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
    return true;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t = Date.now();
  await buildWeb(true);
  process.stdout.write(`built web/dist in ${Date.now() - t} ms\n`);
}
