import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (the folder holding package.json). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `../shared` beside the repository, or $SITREP_SHARED. Null when absent (eval then reports nothing). */
export function sharedDir(): string | null {
  const dir = process.env.SITREP_SHARED ? resolve(process.env.SITREP_SHARED) : resolve(ROOT, '../shared');
  return existsSync(dir) ? dir : null;
}
