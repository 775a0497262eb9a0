import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { SitrepError } from '../core/errors.ts';
import { openStore, type Paged, type Store } from '../store/index.ts';
import type { CliIO } from './io.ts';

/** The database a command uses: `--db`, else `$SITREP_DB`, else ./sitrep.db in the working folder. */
export function dbPath(io: CliIO, db: string | undefined): string {
  return resolve(io.cwd, db ?? io.env.SITREP_DB ?? 'sitrep.db');
}

/** Open the store; query commands refuse a database that does not exist rather than create one. */
export function openDb(io: CliIO, db: string | undefined, mustExist: boolean, readonly = false): Store {
  const path = dbPath(io, db);
  if (mustExist && !existsSync(path)) throw new SitrepError('E004', `${path} (no database yet: run sitrep ingest first, or pass --db)`);
  try {
    return openStore(path, { readonly });
  } catch (err) {
    throw new SitrepError('E009', `${path}: ${(err as Error).message}`);
  }
}

/** commander parser for `YYYY-MM-DD`. */
export const parseDay = (v: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected YYYY-MM-DD');
  return v;
};

/** commander parser for a whole number ≥ 1. */
export const parsePositive = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
};

/** commander parser for a whole number ≥ 0. */
export const parseCount = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
};

/** commander parser for durations: `90s`, `15m`, `2h`, `500ms`; returns milliseconds. */
export const parseDuration = (v: string): number => {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(v.trim());
  if (!m) throw new InvalidArgumentError('expected a duration such as 30s, 15m or 1h');
  const ms = Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
  if (ms <= 0) throw new InvalidArgumentError('expected a duration above zero');
  return ms;
};

/**
 * Every item of a paged query, fetched 1 000 at a time, up to `limit` (all when undefined), so
 * exports of any size keep memory flat.
 */
export async function* allPages<T>(query: (page: { limit: number; offset: number }) => Promise<Paged<T>>, limit?: number, offset = 0): AsyncGenerator<T> {
  let left = limit ?? Infinity;
  let at = offset;
  while (left > 0) {
    const size = Math.min(1000, left);
    const page = await query({ limit: size, offset: at });
    for (const item of page.items) yield item;
    if (page.items.length < size) return;
    at += page.items.length;
    left -= page.items.length;
  }
}
