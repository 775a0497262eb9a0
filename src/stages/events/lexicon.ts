import { z } from 'zod';
import { TokenFlags } from '../../core/doc.ts';
import { nounForms, verbForms } from './inflect.ts';
import { compileGazetteer, type Gazetteer } from './places.ts';
import { TriggerTrie, type CompiledTrigger } from './trie.ts';

const Mode = z.object({ mode: z.string(), score: z.number(), cameo: z.string(), description: z.string() });
const OntologySchema = z.object({
  quads: z.record(z.string(), z.string()),
  contexts: z.array(z.string()),
  types: z.array(z.object({
    type: z.string(), quad: z.number().int().min(1).max(4), score: z.number(), cameo: z.string(),
    requiresRecipient: z.boolean(), symmetric: z.boolean(), description: z.string(), modes: z.array(Mode),
  })),
});
const TriggerSchema = z.object({
  p: z.string().min(1),
  pos: z.enum(['verb', 'noun', 'word']),
  head: z.number().int().min(0).default(0),
  type: z.string(),
  mode: z.string().nullable().default(null),
  cameo: z.string().optional(),
  ifNegated: z.string().optional(),
  needsTarget: z.boolean().default(false),
  reverse: z.boolean().default(false),
  direct: z.boolean().default(false),
  complement: z.array(z.string()).optional(),
  block: z.array(z.string()).default([]),
});
const TriggersSchema = z.object({
  triggers: z.array(TriggerSchema),
  generatedVerbs: z.object({ exclude: z.array(z.string()) }).partial().default({}),
  modeCues: z.record(z.string(), z.union([z.string(), z.record(z.string(), z.string())])).default({}),
});
const CuesSchema = z.object({
  negation: z.array(z.string()), negationBlockers: z.array(z.string()), conditional: z.array(z.string()),
  modal: z.array(z.string()), intention: z.array(z.string()), hypotheticalModifiers: z.array(z.string()),
  clauseBreak: z.array(z.string()), relative: z.array(z.string()), targetPrepositions: z.array(z.string()),
  locativePrepositions: z.array(z.string()), agentPrepositions: z.array(z.string()), beForms: z.array(z.string()),
  possessives: z.array(z.string()), speechVerbs: z.array(z.string()), future: z.array(z.string()),
  commitment: z.array(z.string()), dateBreak: z.array(z.string()), anaphoricModifiers: z.array(z.string()),
  issueHints: z.record(z.string(), z.string()).default({}),
});
const CrosswalkSchema = z.object({ codes: z.record(z.string(), z.tuple([z.string(), z.string().nullable(), z.array(z.string()), z.string()])) });
const VerbsSchema = z.object({ verbs: z.array(z.tuple([z.string(), z.array(z.string()), z.string()])) });

/** Raw event lexicons as parsed JSON (data/events/*.json, data/gazetteer/places.json). */
export interface EventData {
  ontology: unknown; triggers: unknown; cues: unknown; crosswalk: unknown; verbs?: unknown; places: unknown;
}

export type Cues = { [K in Exclude<keyof z.infer<typeof CuesSchema>, 'issueHints'>]: Set<string> };
export interface TypeInfo {
  quad: number; score: number; cameo: string; symmetric: boolean; requiresRecipient: boolean;
  modes: Map<string, { score: number; cameo: string }>;
}

/** Everything the events stage needs, compiled once when the analyzer is built. */
export interface EventLexicon {
  trie: TriggerTrie;
  types: Map<string, TypeInfo>;
  crosswalk: Map<string, { type: string; mode: string | null; contexts: string[] }>;
  modeCues: Map<string, Map<string, string>>;
  cues: Cues;
  /** `CUE_BITS` of a token (lower case) in `cues`, cached per word: sentence scans read a byte, not a Set per token. */
  cueFlags: TokenFlags;
  /** Word near a trigger -> issue id (data/issues ids), a hint for the positions stage. */
  issueHints: Map<string, string>;
  places: Gazetteer;
}

/** Bits of `EventLexicon.cueFlags`. */
export const CUE_BITS = { intention: 1, conditional: 2, speechVerb: 4 } as const;

/** Split "a|b_c|cease-fire" into token sequences: [["a"], ["b","c"], ["cease","-","fire"]]. */
function alternatives(step: string): string[][] {
  return step.split('|').map((alt) => alt.split('_').flatMap((w) => w.split(/(-)/).filter(Boolean)));
}

function inflect(alt: string[], pos: 'verb' | 'noun' | 'word', extra: string[] = []): string[][] {
  if (pos === 'word') return [alt];
  const forms = pos === 'verb' ? verbForms(alt[0], extra) : nounForms(alt[0]);
  return forms.map((f) => [f, ...alt.slice(1)]);
}

/** CAMEO 02x ("appeal") has no PLOVER crosswalk entry; PLOVER's REQUEST covers requests. */
const APPEAL_MODES: Record<string, string | null> = { '020': null, '021': 'assist', '022': 'assist', '023': 'assist', '024': 'change', '025': 'yield', '026': 'meet', '027': 'meet', '028': 'meet' };

/**
 * Validate and compile the event lexicons. Throws a zod error naming the bad entry. User triggers
 * (same format as data/events/triggers.json) may be appended to `data.triggers.triggers`.
 */
export function compileEventLexicon(data: EventData): EventLexicon {
  const ontology = OntologySchema.parse(data.ontology);
  const trig = TriggersSchema.parse(data.triggers);
  const cuesRaw = CuesSchema.parse(data.cues);
  const cw = CrosswalkSchema.parse(data.crosswalk);
  const types = new Map<string, TypeInfo>();
  for (const t of ontology.types) {
    types.set(t.type, {
      quad: t.quad, score: t.score, cameo: t.cameo, symmetric: t.symmetric, requiresRecipient: t.requiresRecipient,
      modes: new Map(t.modes.map((m) => [m.mode, { score: m.score, cameo: m.cameo }])),
    });
  }
  const crosswalk = new Map(Object.entries(cw.codes).map(([c, [type, mode, contexts]]) => [c, { type, mode, contexts }]));
  const trie = new TriggerTrie();
  const curatedHeads = new Set<string>();
  const checkType = (type: string, mode: string | null, where: string) => {
    const info = types.get(type);
    if (!info) throw new Error(`events lexicon: unknown type ${type} in ${where}`);
    if (mode && !info.modes.has(mode)) throw new Error(`events lexicon: unknown mode ${type}/${mode} in ${where}`);
    return info;
  };
  trig.triggers.forEach((t, id) => {
    const info = checkType(t.type, t.mode, t.p);
    let ifNegated: CompiledTrigger['ifNegated'] = null;
    if (t.ifNegated) {
      const [nt, nm = null] = t.ifNegated.split('/');
      ifNegated = { type: nt, mode: nm, cameo: checkType(nt, nm, t.p) && (nm ? types.get(nt)!.modes.get(nm)!.cameo : types.get(nt)!.cameo) };
    }
    const steps = t.p.split(/\s+/);
    const trigger: CompiledTrigger = {
      id, pattern: t.p, strict: false, type: t.type, mode: t.mode,
      cameo: t.cameo ?? (t.mode ? info.modes.get(t.mode)!.cameo : info.cameo), ifNegated,
      needsTarget: t.needsTarget, reverse: t.reverse, pos: t.pos, direct: t.direct,
      complement: t.complement ? new Set(t.complement) : null, block: t.block.map((b) => b.split(/\s+/)),
    };
    const seqs = steps.map((s, i) => (s === '*' ? null : i === t.head ? alternatives(s).flatMap((a) => inflect(a, t.pos)) : alternatives(s)));
    if (t.pos === 'verb') for (const a of alternatives(steps[t.head])) curatedHeads.add(a.join(' '));
    trie.add(seqs, trigger, t.head);
  });
  if (data.verbs) addGeneratedVerbs(trie, VerbsSchema.parse(data.verbs).verbs, new Set([...curatedHeads, ...(trig.generatedVerbs.exclude ?? [])]), crosswalk, types);
  const modeCues = new Map<string, Map<string, string>>();
  for (const [type, cues] of Object.entries(trig.modeCues)) {
    if (typeof cues === 'string') continue; // "$comment"
    for (const mode of Object.values(cues)) checkType(type, mode, `modeCues.${type}`);
    modeCues.set(type, new Map(Object.entries(cues)));
  }
  const { issueHints, ...sets } = cuesRaw;
  const cues = Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, new Set(v)])) as Cues;
  const cueFlags = new TokenFlags((w) => (cues.intention.has(w) ? CUE_BITS.intention : 0)
    | (cues.conditional.has(w) ? CUE_BITS.conditional : 0) | (cues.speechVerbs.has(w) ? CUE_BITS.speechVerb : 0));
  return { trie, types, crosswalk, modeCues, cues, cueFlags, issueHints: new Map(Object.entries(issueHints)), places: compileGazetteer(data.places) };
}

function addGeneratedVerbs(
  trie: TriggerTrie, verbs: Array<[string, string[], string]>, skip: Set<string>,
  crosswalk: EventLexicon['crosswalk'], types: Map<string, TypeInfo>,
): void {
  verbs.forEach(([lemma, forms, code], i) => {
    if (skip.has(lemma)) return;
    let type: string | undefined;
    let mode: string | null = null;
    if (code.startsWith('02')) {
      type = 'REQUEST';
      mode = APPEAL_MODES[code.slice(0, 3)] ?? null;
    } else {
      const hit = crosswalk.get(code) ?? crosswalk.get(code.slice(0, 3));
      type = hit?.type;
      mode = hit?.mode ?? null;
    }
    const info = type ? types.get(type) : undefined;
    if (!type || !info) return;
    if (mode && !info.modes.has(mode)) mode = null;
    const words = lemma.split(' ');
    const heads = verbForms(words[0], forms.filter((f) => !f.includes(' ')));
    const trigger: CompiledTrigger = {
      id: 100000 + i, pattern: lemma, strict: true, type, mode, cameo: code, ifNegated: null,
      needsTarget: true, reverse: false, pos: 'verb', direct: true, complement: null, block: [],
    };
    trie.add([heads.map((h) => [h, ...words.slice(1)])], trigger);
  });
}
