import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The UI is served by `sitrep serve` under a strict Content-Security-Policy: no inline script or
// style may end up in the build, and nothing may be fetched from another origin at run time.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    target: 'es2022',
  },
});
