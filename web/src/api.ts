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

export interface Summary {
  total: number;
  truncated: boolean;
  days: Array<{ day: string; total: number; quads: Record<string, number> }>;
  undated: number;
  types: Array<{ type: string; quad: string | null; count: number }>;
  quads: Record<string, number>;
}

export interface Network {
  total: number;
  truncated: boolean;
  nodes: Array<{ id: string; name: string; code: string; events: number }>;
  edges: Array<{ source: string; target: string; type: string; quad: string | null; count: number }>;
}

export interface Speaker { name: string; code: string; quotes: number }

export interface Timeline {
  actor: { name: string; code: string };
  issue: string;
  current: string | null;
  observations: StoredPosition[];
  shifts: Array<{ kind: string; from: string; to: string; date: string | null; evidence: [number, number]; before: number; after: number }>;
}

export type { Paged };
