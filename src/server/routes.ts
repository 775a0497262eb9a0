import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { parseParams, type ParamError } from './params.ts';

/**
 * Every API route is declared through `addRoute`, which both mounts the handler and records the
 * route for /openapi.json, so the document cannot drift from what the server answers.
 */

export interface RouteDoc {
  method: 'get' | 'post';
  /** Hono path, e.g. `/api/articles/:id`. */
  path: string;
  summary: string;
  tag: string;
  /** Query and path parameters, one zod field each (names that appear as `:name` in the path are path parameters). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query?: z.ZodObject<any, any>;
  /** JSON request body (POST). */
  body?: z.ZodType;
  /** Response media types besides application/json. */
  produces?: string[];
  /** Description of the successful response. */
  returns: string;
  /** Extra error statuses this route can answer, with a description. */
  errors?: Record<number, string>;
  /** True when the route needs the write token. */
  auth?: boolean;
}

export type Registry = RouteDoc[];

/** JSON error body shared by every failure: `{"error": {"status", "code", "message", "parameter"?}}`. */
export function errorBody(status: number, code: string, message: string, parameter?: string): { error: Record<string, unknown> } {
  return { error: { status, code, message, ...(parameter ? { parameter } : {}) } };
}

export function badParam(c: Context, e: ParamError): Response {
  return c.json(errorBody(400, 'bad_parameter', e.message, e.parameter), 400);
}

type Handler<Q> = (c: Context, params: Q) => Response | Promise<Response>;

/**
 * Mount a GET route whose query (and path) parameters are validated: a bad or unknown parameter
 * answers 400 naming it, before the handler runs.
 */
export function addRoute<S extends z.ZodObject<any, any>>(app: Hono, registry: Registry, doc: RouteDoc & { query?: S }, handler: Handler<z.output<S>>): void {
  registry.push(doc);
  const schema = doc.query;
  app.on(doc.method.toUpperCase(), doc.path, async (c) => {
    if (!schema) return handler(c, {} as z.output<S>);
    const raw = doc.method === 'get' ? { ...c.req.query(), ...c.req.param() } : { ...c.req.param() };
    const parsed = parseParams(schema, raw);
    if (!parsed.ok) return badParam(c, parsed.error);
    return handler(c, parsed.value);
  });
}
