import { z } from 'zod';
import type { Registry, RouteDoc } from './routes.ts';

/**
 * The OpenAPI 3.1 document, built from the route registry. Parameter schemas come from the same zod
 * schemas that validate requests (their input side: every query parameter arrives as a string).
 */

const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['status', 'code', 'message'],
      properties: {
        status: { type: 'integer' },
        code: { type: 'string', examples: ['bad_parameter', 'not_found', 'unauthorized'] },
        message: { type: 'string' },
        parameter: { type: 'string', description: 'the offending parameter, for 400 answers' },
      },
    },
  },
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function jsonSchema(s: z.ZodType): Record<string, unknown> {
  const out = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}

function parameters(route: RouteDoc): unknown[] {
  if (!route.query) return [];
  const inPath = new Set([...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]));
  return Object.entries(route.query.shape).map(([name, field]) => {
    const f = field as z.ZodType;
    const optional = f.safeParse(undefined).success;
    return {
      name,
      in: inPath.has(name) ? 'path' : 'query',
      required: inPath.has(name) || !optional,
      description: f.description ?? '',
      schema: jsonSchema(f),
    };
  });
}

function operation(route: RouteDoc): Record<string, unknown> {
  const content: Record<string, unknown> = { 'application/json': {} };
  for (const type of route.produces ?? []) content[type] = {};
  const responses: Record<string, unknown> = {
    200: { description: route.returns, content },
  };
  if (route.query || route.body) responses[400] = errorResponse('a parameter is malformed or unknown; `error.parameter` names it');
  for (const [status, description] of Object.entries(route.errors ?? {})) responses[status] = errorResponse(description);
  const op: Record<string, unknown> = {
    summary: route.summary,
    tags: [route.tag],
    operationId: `${route.method}${route.path.replace(/[:/]+(\w)/g, (_, ch: string) => ch.toUpperCase())}`,
    parameters: parameters(route),
    responses,
  };
  if (route.body) op.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(route.body) } } };
  if (route.auth) op.security = [{ writeToken: [] }];
  return op;
}

/** The OpenAPI document for every route in the registry (plus /openapi.json itself). */
export function buildOpenApi(registry: Registry, version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of registry) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version,
      description: 'Situation reports from news articles: articles, PLOVER events, quotes, actors and positions, each with [start, end) character offsets into the stored text. See docs/api.md.',
    },
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: {
        writeToken: { type: 'http', scheme: 'bearer', description: 'the token given to `sitrep serve --write-token`' },
      },
    },
  };
}
