import { z } from 'zod';
import { SitrepError } from '../../core/errors.ts';

const CODE = /^[A-Z]{3}(?:[A-Z]{3})*$|^$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A date-bounded role: `[from, to)`; no `to` means it still holds. */
export const RoleSchema = z.object({
  code: z.string().regex(CODE, 'a CAMEO code: groups of three capital letters'),
  from: z.string().regex(DAY, 'YYYY-MM-DD').optional(),
  to: z.string().regex(DAY, 'YYYY-MM-DD').optional(),
  office: z.string().min(1).optional(),
}).strict();

/** One actor of a lexicon file (docs/lexicons.md, "Actors"). */
export const ActorEntrySchema = z.object({
  id: z.string().min(1).optional(),
  name: z.string().min(1),
  kind: z.enum(['person', 'country', 'organization', 'group']),
  code: z.string().regex(CODE, 'a CAMEO code: groups of three capital letters').optional(),
  aliases: z.array(z.string().min(1)).default([]),
  demonyms: z.array(z.string().min(1)).default([]),
  metonyms: z.array(z.string().min(1)).default([]),
  gender: z.enum(['m', 'f']).optional(),
  roles: z.array(RoleSchema).optional(),
}).strict();

/** A role noun or phrase ("officials", "foreign minister") and the CAMEO agent it adds. */
export const AgentEntrySchema = z.object({
  phrase: z.string().min(1),
  agent: z.string().regex(/^[A-Z]{3}(?:[A-Z]{3})?$/, 'an agent code such as GOV, MIL or GOVMED'),
  office: z.string().min(1).optional(),
  person: z.boolean().optional(),
  plural: z.string().min(1).optional(),
}).strict();

export const ReferencesSchema = z.object({
  honorifics: z.array(z.object({ phrase: z.string().min(1), gender: z.enum(['m', 'f']).nullable().optional() })),
  pronouns: z.array(z.object({ word: z.string().min(1), gender: z.enum(['m', 'f', 'plural', 'neuter']) })),
  groups: z.array(z.object({
    phrase: z.string().min(1), members: z.enum(['leaders', 'people', 'countries']), count: z.number().int().min(2),
    agent: z.string().optional(),
  })),
  leaderOffices: z.array(z.string()),
}).passthrough();

export type ActorEntry = z.infer<typeof ActorEntrySchema>;
export type AgentEntry = z.infer<typeof AgentEntrySchema>;
export type References = z.infer<typeof ReferencesSchema>;

/** A parsed lexicon file: actors and/or agents, each with the source line where known. */
export interface LexiconFile {
  source: string;
  actors: Array<{ entry: ActorEntry; line: number | null }>;
  agents: Array<{ entry: AgentEntry; line: number | null }>;
}

/**
 * Line numbers of the elements of the top-level `actors` and `agents` arrays in JSON text, found by
 * a string-aware scan (JSON.parse keeps no positions).
 */
function elementLines(text: string): Record<string, number[]> {
  const out: Record<string, number[]> = { actors: [], agents: [] };
  let line = 1;
  let depth = 0;
  let inString = false;
  let lastKey = '';
  let keyStart = -1;
  let current: string | null = null;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') {
        inString = false;
        if (depth === 1) lastKey = text.slice(keyStart + 1, i);
      }
      continue;
    }
    if (ch === '"') {
      inString = true;
      keyStart = i;
      if (depth === 2 && current && expectValue) { out[current].push(line); expectValue = false; }
    } else if (ch === '[' || ch === '{') {
      if (depth === 2 && current && expectValue) { out[current].push(line); expectValue = false; }
      depth++;
      if (depth === 2 && ch === '[') { current = lastKey in out ? lastKey : null; expectValue = true; }
    } else if (ch === ']' || ch === '}') {
      depth--;
      if (depth < 2) current = null;
    } else if (ch === ',' && depth === 2) expectValue = true;
    else if (depth === 2 && current && expectValue && !/\s/.test(ch)) { out[current].push(line); expectValue = false; }
  }
  return out;
}

/**
 * Validate a lexicon file: `{ "actors": [...], "agents": [...] }` (either may be absent), given as
 * JSON text (preferred: errors then name the line) or as an already parsed value.
 * @throws SitrepError E006 for invalid JSON, E007 for a malformed entry, naming file and line.
 */
export function parseLexiconFile(source: string, data: unknown): LexiconFile {
  let value = data;
  let lines: Record<string, number[]> = { actors: [], agents: [] };
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch (err) {
      throw new SitrepError('E006', `${source}: ${(err as Error).message}`);
    }
    lines = elementLines(data);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new SitrepError('E007', `${source}: expected an object with "actors" and/or "agents" arrays`);
  }
  const obj = value as Record<string, unknown>;
  const file: LexiconFile = { source, actors: [], agents: [] };
  const check = <T>(key: 'actors' | 'agents', schema: z.ZodType<T>, push: (e: T, line: number | null) => void) => {
    if (obj[key] === undefined) return;
    if (!Array.isArray(obj[key])) throw new SitrepError('E007', `${source}: "${key}" must be an array`);
    (obj[key] as unknown[]).forEach((raw, i) => {
      const line = lines[key][i] ?? null;
      const r = schema.safeParse(raw);
      if (!r.success) {
        const issue = r.error.issues[0];
        const where = line ? `${source}:${line}` : `${source} ${key}[${i}]`;
        throw new SitrepError('E007', `${where}: ${issue.path.join('.') || 'entry'}: ${issue.message}`);
      }
      push(r.data, line);
    });
  };
  check('actors', ActorEntrySchema, (entry, line) => file.actors.push({ entry: entry as ActorEntry, line }));
  check('agents', AgentEntrySchema, (entry, line) => file.agents.push({ entry: entry as AgentEntry, line }));
  return file;
}
