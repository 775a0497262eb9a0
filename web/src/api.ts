import type {
  ActorSummary, Paged, StoredArticle, StoredEvent, StoredPosition, StoredQuote, StoredReport,
} from '../../src/store/types.ts';
import { query } from './state.ts';

export type { ActorSummary, StoredArticle, StoredEvent, StoredPosition, StoredQuote, StoredReport };

/** An answer the API refused, with the parameter it named. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly parameter?: string) {
    super(message);
  }
}

/** GET a JSON resource of this origin's API. */
export async function get<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  const res = await fetch(`${path}${query(params)}`, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  const body = (await res.json().catch(() => null)) as { error?: { message?: string; parameter?: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `HTTP ${res.status}`, body?.error?.parameter);
  return body as T;
}

// The aggregate shapes are the server's own (type-only import: no server code reaches the bundle).
export type { Network, Speaker, Summary } from '../../src/server/aggregate.ts';

export interface Timeline {
  actor: { name: string; code: string };
  issue: string;
  current: string | null;
  observations: StoredPosition[];
  shifts: Array<{ kind: string; from: string; to: string; date: string | null; evidence: [number, number]; before: number; after: number }>;
}

export type { Paged };
