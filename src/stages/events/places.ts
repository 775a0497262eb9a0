import { z } from 'zod';
import type { Doc } from '../../core/doc.ts';
import type { Span } from '../../core/types.ts';

const PlacesSchema = z.object({
  places: z.array(z.union([
    z.tuple([z.string(), z.string().regex(/^[A-Z]{3}$/), z.string()]),
    z.tuple([z.string(), z.string().regex(/^[A-Z]{3}$/), z.string(), z.array(z.string())]),
  ])),
});

/** A gazetteer entry matched in text. */
export interface Place {
  name: string;
  country: string;
  kind: string;
}

/** Place names keyed by their first lower-cased token, longest names first. */
export type Gazetteer = Map<string, Array<{ tokens: string[]; place: Place }>>;

/** Split a name the way the tokenizer does: words, with hyphens, apostrophes and periods apart. */
function tokensOf(name: string): string[] {
  return name.toLowerCase().split(/\s+/).flatMap((w) => w.split(/(-|,)/)).filter(Boolean);
}

/** Validate and index data/gazetteer/places.json (and any user places in the same format). */
export function compileGazetteer(data: unknown): Gazetteer {
  const out: Gazetteer = new Map();
  for (const [name, country, kind, aliases = []] of PlacesSchema.parse(data).places) {
    for (const form of [name, ...aliases]) {
      const tokens = tokensOf(form);
      const list = out.get(tokens[0]) ?? [];
      list.push({ tokens, place: { name, country, kind } });
      out.set(tokens[0], list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return out;
}

/** The place whose name starts at token `i` (capitalised in the text), with its token end, or null. */
export function placeAt(doc: Doc, gaz: Gazetteer, i: number): { place: Place; end: number } | null {
  const list = gaz.get(doc.lower[i]);
  if (!list) return null;
  const c = doc.text.charCodeAt(doc.starts[i]);
  if (!(c >= 65 && c <= 90)) return null; // "nice", "male", "mobile": places are proper nouns
  for (const { tokens, place } of list) {
    if (i + tokens.length > doc.tokenCount) continue;
    let ok = true;
    for (let k = 1; k < tokens.length && ok; k++) ok = doc.lower[i + k] === tokens[k];
    if (ok) return { place, end: i + tokens.length };
  }
  return null;
}

/**
 * The event's place: the first gazetteer name introduced by a locative preposition ("in Istanbul",
 * "near Kharkiv") in the token range, or null.
 */
export function findPlace(doc: Doc, gaz: Gazetteer, from: number, to: number, locative: Set<string>): (Place & { span: Span }) | null {
  for (let i = Math.max(from, 1); i < to; i++) {
    if (!locative.has(doc.lower[i - 1])) continue;
    const j = doc.lower[i] === 'the' ? i + 1 : i;
    const hit = j < to ? placeAt(doc, gaz, j) : null;
    if (hit) return { ...hit.place, span: [doc.starts[j], doc.ends[hit.end - 1]] };
  }
  return null;
}
