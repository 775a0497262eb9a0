import { z } from 'zod';

/**
 * Query parameters as zod schemas. Each schema is parsed from the raw query string, so every one
 * accepts a string and converts it; `describe()` texts end up in /openapi.json.
 */

const isDay = (v: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  // Date.parse accepts 2025-02-30 and rolls it over; a round trip catches that.
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

export const day = z.string().refine(isDay, 'expected a calendar date YYYY-MM-DD');

const whole = (min: number, max: number) =>
  z.string().regex(/^\d+$/, 'expected a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `expected a number from ${min} to ${max}`);

export const QUADS = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const;
export type Quad = (typeof QUADS)[number];

/** Quad class by name or by PLOVER's numeric code 1–4. */
export const quad = z.string().transform((v, ctx): Quad => {
  const byNumber = /^[1-4]$/.test(v) ? QUADS[Number(v) - 1] : undefined;
  const found = byNumber ?? QUADS.find((q) => q === v.toLowerCase());
  if (!found) {
    ctx.addIssue({ code: 'custom', message: `expected one of ${QUADS.join(', ')} (or 1–4)` });
    return z.NEVER;
  }
  return found;
});

const text = (max = 500) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

export const paging = {
  limit: whole(1, 10_000).optional().describe('page size, 1–10000 (default 100)'),
  offset: whole(0, 100_000_000).optional().describe('number of items to skip (default 0)'),
};

export const dates = {
  since: day.optional().describe('from this day on (YYYY-MM-DD, inclusive)'),
  until: day.optional().describe('up to this day (YYYY-MM-DD, inclusive)'),
};

export const eventFilter = {
  actor: text(200).optional().describe('actor code prefix (RUS matches RUSGOV) or name substring, as source or target'),
  country: z.string().regex(/^[A-Za-z]{3}$/, 'expected a three-letter country code').transform((v) => v.toUpperCase()).optional()
    .describe('three-letter country code of the source or target actor'),
  type: z.string().regex(/^[A-Za-z_]{2,30}$/, 'expected a PLOVER event type such as ASSAULT').transform((v) => v.toUpperCase()).optional()
    .describe('PLOVER event type, e.g. ASSAULT'),
  quad: quad.optional().describe('quad class: verbal-cooperation, material-cooperation, verbal-conflict, material-conflict (or 1–4)'),
  ...dates,
  q: text().optional().describe('full-text search over the evidence sentence'),
};

export const schemas = {
  articles: z.strictObject({
    q: text().optional().describe('full-text search over the article text'),
    source: text(200).optional().describe('publisher name (exact, case-insensitive)'),
    ...dates,
    ...paging,
  }),
  articleId: z.strictObject({
    id: whole(1, Number.MAX_SAFE_INTEGER).describe('article id'),
  }),
  events: z.strictObject({
    ...eventFilter,
    ...paging,
    format: z.enum(['json', 'csv', 'jsonl']).optional().describe('json (default), csv or jsonl; csv and jsonl default to limit=10000'),
  }),
  summary: z.strictObject({ ...eventFilter }),
  quotes: z.strictObject({
    speaker: text(200).optional().describe('speaker name substring or code prefix'),
    q: text().optional().describe('full-text search over the quote'),
    ...dates,
    ...paging,
  }),
  speakers: z.strictObject({
    q: text().optional().describe('full-text search over the quotes'),
    ...dates,
  }),
  actors: z.strictObject({
    q: text(200).optional().describe('code prefix or name substring'),
    ...paging,
  }),
  positions: z.strictObject({
    actor: text(200).optional().describe('actor code prefix or name substring'),
    issue: text(200).optional().describe('issue key, exact'),
    ...dates,
    ...paging,
  }),
  timelines: z.strictObject({
    actor: text(200).optional().describe('actor code prefix or name substring'),
    issue: text(200).optional().describe('issue key, exact'),
    ...dates,
    by: z.enum(['code', 'country']).optional().describe('group actors by full code (default) or by country'),
  }),
};

/** A parameter problem: the first failing parameter and why. */
export interface ParamError {
  parameter: string;
  message: string;
}

/**
 * Parse a raw parameter record against a strict schema. Unknown parameters are errors too, so a
 * typo such as `contry=RUS` is refused instead of silently returning everything.
 */
export function parseParams<S extends z.ZodType>(schema: S, raw: Record<string, string>):
  { ok: true; value: z.output<S> } | { ok: false; error: ParamError } {
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const name = issue.keys[0] ?? '?';
    return { ok: false, error: { parameter: name, message: `unknown parameter "${name}"` } };
  }
  const name = String(issue.path[0] ?? '?');
  return { ok: false, error: { parameter: name, message: `${name}: ${issue.message}` } };
}
