/**
 * zod schemas of the positions lexicons (data/issues/issues.json, data/issues/stances.json and
 * users' issue files in the same format): validated once when the lexicon is compiled.
 */
import { z } from 'zod';

const STANCES = ['demand', 'propose', 'support', 'accept', 'reject', 'drop', 'condition'] as const;
const StanceSchema = z.enum(STANCES);
const Phrase = z.string().min(1);

const IssueSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'issue ids are lower-case words joined by hyphens'),
  label: z.string().default(''),
  terms: z.array(Phrase).min(1),
  events: z.array(z.object({ type: z.string().min(1), mode: z.string().optional() })).default([]),
  roles: z.record(z.string(), z.array(Phrase)).default({}),
});

/** data/issues/issues.json, or a user's file in the same format. */
export const IssuesSchema = z.object({ $comment: z.string().optional(), issues: z.array(IssueSchema) });

/** data/issues/stances.json. */
export const StancesSchema = z.object({
  $comment: z.string().optional(),
  cues: z.array(z.object({
    stance: StanceSchema, needsPrior: z.boolean().default(false), speakerHeld: z.boolean().default(false), phrases: z.array(Phrase),
  })),
  priors: z.array(z.object({ stance: StanceSchema, phrases: z.array(Phrase) })).default([]),
  negators: z.array(z.string()).default([]),
  negated: z.partialRecord(StanceSchema, StanceSchema.nullable()).default({}),
  hedges: z.array(z.string()).default([]),
  possessives: z.array(z.string()).default([]),
  clauseBreaks: z.array(z.string()).default([]),
  events: z.record(z.string(), StanceSchema).default({}),
});
