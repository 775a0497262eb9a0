import { z } from 'zod';

const TrailerSchema = z.object({
  footer: z.array(z.string()),
  credit: z.array(z.string()),
  bio: z.array(z.string()),
  bioContinuation: z.array(z.string()).default([]),
});

export type TrailerData = z.input<typeof TrailerSchema>;

/** Compiled trailer patterns. */
export interface TrailerPatterns {
  footer: RegExp[];
  credit: RegExp[];
  bio: RegExp[];
  bioContinuation: RegExp[];
}

/** Validate and compile the trailer lexicon (data/zones/trailer.json). Throws on a bad pattern. */
export function compileTrailer(data: unknown): TrailerPatterns {
  const parsed = TrailerSchema.parse(data);
  const compile = (list: string[]) => list.map((p) => new RegExp(p, 'u'));
  return {
    footer: compile(parsed.footer),
    credit: compile(parsed.credit),
    bio: compile(parsed.bio),
    bioContinuation: compile(parsed.bioContinuation),
  };
}
