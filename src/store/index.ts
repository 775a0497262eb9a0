import { z } from 'zod';
import quadData from '../../data/store/quad.json' with { type: 'json' };
import { openSqlite } from './sqlite/index.ts';
import type { QuadClass, Store } from './types.ts';

export type * from './types.ts';
export { contentHash } from './hash.ts';

const QUADS = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const;
const QuadSchema = z.record(z.string(), z.union([z.enum(QUADS), z.string()]));

/** PLOVER type → quad class, read once from data/store/quad.json. */
function loadQuad(): Map<string, QuadClass> {
  const parsed = QuadSchema.parse(quadData);
  const out = new Map<string, QuadClass>();
  for (const [k, v] of Object.entries(parsed)) {
    if (k.startsWith('$')) continue;
    if (!(QUADS as readonly string[]).includes(v)) throw new Error(`data/store/quad.json: "${k}" has unknown quad class "${v}"`);
    out.set(k, v as QuadClass);
  }
  return out;
}

let quadCache: Map<string, QuadClass> | null = null;

export interface OpenOptions {
  /** Open an existing database for reading only (the server's query side may use this). */
  readonly?: boolean;
}

/**
 * Open a store. `location` is a SQLite file path (created with its folder if missing) or
 * `:memory:`; `postgres://` URLs are reserved for the PostgreSQL backend that will follow.
 */
export function openStore(location: string, options: OpenOptions = {}): Store {
  if (/^postgres(ql)?:\/\//.test(location)) throw new Error('the PostgreSQL backend is not available yet; use a SQLite file path');
  quadCache ??= loadQuad();
  return openSqlite(location, { readonly: options.readonly, quad: quadCache });
}
