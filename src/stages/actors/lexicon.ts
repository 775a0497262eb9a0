import { TokenFlags, TokenMemo } from '../../core/doc.ts';
import type { Actor } from '../../core/types.ts';
import {
  parseLexiconFile, ReferencesSchema, type ActorEntry, type AgentEntry, type LexiconFile, type References,
} from './schema.ts';
import { opensPrefix } from './reader.ts';
import { insert, newNode, normToken, phraseKeys, type TrieNode } from './trie.ts';

/** A role bounded by `[from, to)` dates (YYYY-MM-DD compare as strings). */
export interface RoleDef { code: string; from?: string; to?: string; office?: string }

/** One actor of the merged lexicon. `prio`: 0 Phoenix-derived, 1 hand-written, 2+ user files. */
export interface ActorDef {
  id: string;
  name: string;
  kind: Actor['kind'];
  code: string;
  gender?: 'm' | 'f';
  roles: RoleDef[];
  prio: number;
}

type Form = 'name' | 'alias' | 'demonym' | 'metonym';

export type Hit =
  | { t: 'actor'; def: ActorDef; form: 'name' | 'alias' | 'demonym' | 'metonym'; prio: number; surface: string | null }
  | { t: 'agent'; agent: AgentEntry; prio: number }
  | { t: 'honorific'; gender: 'm' | 'f' | null }
  | { t: 'group'; members: 'leaders' | 'people' | 'countries'; count: number; agent?: string }
  | { t: 'pronoun'; gender: 'm' | 'f' | 'plural' | 'neuter' };

/** The compiled lexicon: one trie for every phrase kind, plus an index of offices by country. */
export interface ActorLexicon {
  trie: TrieNode<Hit>;
  /** The trie node a token's normalised key (`normToken`) leads to from the root, or null: cached per word, so most tokens cost one array read and no Map probe. */
  startNode: TokenMemo<TrieNode<Hit> | null>;
  /** 1 when a token's key labels some edge below the root (can continue a phrase), else 0: most trie steps fail on this byte, not a Map probe. */
  inner: TokenFlags;
  /** `normToken` and `opensPrefix` (reader.ts, 1 or 0) of a token, cached per word. */
  keyOf: TokenMemo<string>;
  opensPrefix: TokenFlags;
  defs: Map<string, ActorDef>;
  /** `RUS|president` → people who held that office in that country at some time. */
  offices: Map<string, ActorDef[]>;
  leaderOffices: Set<string>;
  /** Country defs by 3-letter code, for codes built from demonyms and roles. */
  countries: Map<string, ActorDef>;
}

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** Short all-capital aliases ("US", "AU", "WHO") only match in capitals. */
const caseSensitive = (alias: string) => (/^[A-Z]{2,4}$/.test(alias) ? alias : null);

function merge(defs: Map<string, ActorDef>, aliases: Map<string, Array<[string, Form, number]>>, e: ActorEntry, prio: number): void {
  const id = e.id ?? (e.kind === 'country' && e.code ? e.code : slug(e.name));
  let def = defs.get(id);
  if (!def) {
    def = { id, name: e.name, kind: e.kind, code: e.code ?? '', gender: e.gender, roles: e.roles ?? [], prio };
    defs.set(id, def);
  } else if (prio >= def.prio) {
    def.name = e.name;
    def.kind = e.kind;
    if (e.code !== undefined) def.code = e.code;
    if (e.roles !== undefined) def.roles = e.roles;
    if (e.gender) def.gender = e.gender;
    def.prio = prio;
  }
  const list = aliases.get(id) ?? [];
  list.push([e.name, 'name', prio]);
  for (const a of e.aliases) list.push([a, 'alias', prio]);
  for (const a of e.demonyms) list.push([a, 'demonym', prio]);
  for (const a of e.metonyms) list.push([a, 'metonym', prio]);
  aliases.set(id, list);
}

/**
 * Compile lexicon files (bundled first, user files last: later files take precedence) into the
 * trie and indexes the stage uses. Call once per analyzer.
 */
export function compileActorLexicon(files: LexiconFile[], refsData: unknown): ActorLexicon {
  const refs: References = ReferencesSchema.parse(refsData);
  const defs = new Map<string, ActorDef>();
  const aliases = new Map<string, Array<[string, Form, number]>>();
  const agents: Array<[AgentEntry, number]> = [];
  files.forEach((f, i) => {
    const prio = f.source.startsWith('bundled:phoenix-') ? 0 : f.source.startsWith('bundled:') ? 1 : 2 + i;
    for (const { entry } of f.actors) merge(defs, aliases, entry, prio);
    for (const { entry } of f.agents) agents.push([entry, prio]);
  });
  const trie = newNode<Hit>();
  for (const [id, list] of aliases) {
    const def = defs.get(id)!;
    for (const [phrase, form, prio] of list) {
      const keys = phraseKeys(phrase);
      if (keys.length === 0) continue;
      insert(trie, keys, { t: 'actor', def, form, prio, surface: caseSensitive(phrase) });
    }
  }
  for (const [agent, prio] of agents) {
    insert(trie, phraseKeys(agent.phrase), { t: 'agent', agent, prio });
    if (agent.plural) insert(trie, phraseKeys(agent.plural), { t: 'agent', agent: { ...agent, person: false }, prio });
  }
  for (const h of refs.honorifics) insert(trie, phraseKeys(h.phrase), { t: 'honorific', gender: h.gender ?? null });
  for (const p of refs.pronouns) insert(trie, [p.word], { t: 'pronoun', gender: p.gender });
  for (const g of refs.groups) insert(trie, phraseKeys(g.phrase), { t: 'group', members: g.members, count: g.count, agent: g.agent });
  const innerKeys = new Set<string>();
  const stack = [...trie.next.values()];
  for (let n = stack.pop(); n; n = stack.pop()) for (const [k, child] of n.next) { innerKeys.add(k); stack.push(child); }
  const offices = new Map<string, ActorDef[]>();
  const countries = new Map<string, ActorDef>();
  for (const def of defs.values()) {
    if (def.kind === 'country' && def.code.length === 3 && (!countries.has(def.code) || def.prio > countries.get(def.code)!.prio)) countries.set(def.code, def);
    for (const r of def.roles) {
      if (!r.office) continue;
      const key = `${r.code.slice(0, 3)}|${r.office}`;
      const list = offices.get(key) ?? [];
      if (!list.includes(def)) list.push(def);
      offices.set(key, list);
    }
  }
  return {
    trie, defs, offices, countries, leaderOffices: new Set(refs.leaderOffices),
    startNode: new TokenMemo((key) => trie.next.get(key) ?? null),
    inner: new TokenFlags((key) => (innerKeys.has(key) ? 1 : 0)),
    keyOf: new TokenMemo(normToken),
    opensPrefix: new TokenFlags((key) => (opensPrefix(key) ? 1 : 0)),
  };
}

/** Parse bundled data modules and user dictionaries into lexicon files (user ones last). */
export function lexiconFiles(bundled: Array<[string, unknown]>, user: Array<{ source: string; data: unknown }> = []): LexiconFile[] {
  return [
    ...bundled.map(([name, data]) => parseLexiconFile(`bundled:${name}`, data)),
    ...user.map((u) => parseLexiconFile(u.source, u.data)),
  ];
}
