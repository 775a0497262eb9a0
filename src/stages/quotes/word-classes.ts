import { z } from 'zod';

/**
 * WordNet's lexicographer classes of verbs and nouns ("said" → communication, "criticism" →
 * communication, cognition), from data/quotes/word-classes.json (scripts/build-word-classes.ts).
 * The quote filter reads the classes of a cue's words, so a cue verb it never saw in training
 * ("lambasted") still weighs like the verbs of its class.
 */
export interface WordClasses {
  verb: Map<string, string[]>;
  noun: Map<string, string[]>;
  /** Classes of inflected forms already looked up ("pos:word"). */
  cache: Map<string, string[] | null>;
}

const Group = z.record(z.string(), z.object({ first: z.string(), other: z.string() }));
const FileSchema = z.object({ verb: Group, noun: Group }).passthrough();

/** Lemma → classes, the first class (most frequent sense) first. */
function lemmas(groups: z.infer<typeof Group>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [cls, g] of Object.entries(groups)) {
    for (const w of g.first.split(' ')) if (w) out.set(w, [cls, ...(out.get(w) ?? [])]);
  }
  for (const [cls, g] of Object.entries(groups)) {
    for (const w of g.other.split(' ')) if (w) out.set(w, [...(out.get(w) ?? []), cls]);
  }
  return out;
}

/**
 * Validate and index a word-classes file once, when the analyzer is built.
 * @throws ZodError when the file does not fit the schema.
 */
export function compileWordClasses(data: unknown): WordClasses {
  const parsed = FileSchema.parse(data);
  return { verb: lemmas(parsed.verb), noun: lemmas(parsed.noun), cache: new Map() };
}

const CACHE_LIMIT = 200_000;

/** WordNet's detachment rules ("morphy"): an ending and what replaces it to give the lemma. */
const VERB_ENDINGS: Array<[string, string]> = [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']];
const NOUN_ENDINGS: Array<[string, string]> = [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']];

/**
 * The classes of lower-case `word` as a verb or noun: its own entry, else that of the lemma an
 * inflection rule gives ("lambasted" → "lambaste", "stopped" → "stop"); null when WordNet lacks it.
 * Irregular forms ("said") are not undone: WordNet lists few of them, and listed cues cover them.
 */
export function classesOf(wc: WordClasses, word: string, pos: 'verb' | 'noun'): string[] | null {
  const key = `${pos}:${word}`;
  const seen = wc.cache.get(key);
  if (seen !== undefined) return seen;
  const table = wc[pos];
  let found = table.get(word) ?? null;
  for (const [end, put] of pos === 'verb' ? VERB_ENDINGS : NOUN_ENDINGS) {
    if (found || word.length <= end.length + 1 || !word.endsWith(end)) continue;
    const stem = word.slice(0, -end.length) + put;
    found = table.get(stem) ?? null;
    // A doubled consonant before -ed/-ing ("stopped", "planning").
    if (!found && put === '' && end !== 's' && stem.length > 2 && stem.at(-1) === stem.at(-2)) found = table.get(stem.slice(0, -1)) ?? null;
  }
  // The cache holds the words of the texts read; a long-running server starts it afresh now and then.
  if (wc.cache.size >= CACHE_LIMIT) wc.cache.clear();
  wc.cache.set(key, found);
  return found;
}

/**
 * The word-class feature strings of a cue's words (`learned`: the cue model proposed it): for each
 * word that WordNet knows as a verb or noun, its first class, that class by learned-or-listed, and
 * every class it has. Shared by the filter's training and runtime, in this order.
 */
export function cueClassFeatures(wc: WordClasses, words: string[], learned: boolean): string[] {
  const out = new Set<string>();
  for (const w of words) {
    for (const pos of ['verb', 'noun'] as const) {
      const cs = classesOf(wc, w, pos);
      if (!cs) continue;
      out.add(`wn1=${pos}.${cs[0]}`);
      out.add(`wn1l=${pos}.${cs[0]}|${learned}`);
      for (const c of cs) out.add(`wna=${pos}.${c}`);
    }
  }
  return [...out];
}
