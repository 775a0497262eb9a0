import type { Doc } from '../../core/doc.ts';
import type { Chunk, ChunkList } from './chunks.ts';
import { nameToken } from './chunks.ts';
import type { AgentEntry } from './schema.ts';
import type { ActorInfo, ActorState } from './state.ts';

/** Words that may stand between a determiner and a title without changing who is meant. */
const MODIFIERS = new Set(['former', 'top', 'senior', 'acting', 'chief', 'new', 'then', 'longtime', 'current', 'outgoing', 'interim', 'own']);
export const DETS = new Set(['the', 'a', 'an']);
/** Whether an unmatched token (its normalised key) may open a title prefix; cached per word in `ActorLexicon.opensPrefix`. */
export const opensPrefix = (k: string): boolean => DETS.has(k) || MODIFIERS.has(k) || k === 'and';
export const FORM_KIND = { name: 'name', alias: 'alias', demonym: 'demonym', metonym: 'metonym' } as const;

export interface Prefix { end: number; orgs: number[]; of: number; countries: ActorInfo[]; agent: AgentEntry | null; honor: boolean; gender: 'm' | 'f' | null; det: boolean }

/** One sentence's chunks with the helpers recognition needs (methods, not closures: no allocation per sentence). */
export class Reader {
  readonly doc: Doc;
  /** The sentence's chunks, valid below `n` (the list reuses objects: see `at`). */
  readonly chunks: Chunk[];
  readonly n: number;
  constructor(readonly st: ActorState, readonly keys: string[], readonly s: number, private readonly list: ChunkList) {
    this.doc = st.doc;
    this.chunks = list.items;
    this.n = list.n;
  }

  /** Chunk `c`, or undefined outside the sentence. */
  at(c: number): Chunk | undefined {
    return this.list.at(c);
  }

  key(c: number): string {
    const chunks = this.chunks;
    return c < this.n && !chunks[c].hit ? this.keys[chunks[c].a] : '';
  }

  isSubject(b: number): boolean {
    const { keys, doc } = this;
    let j = b;
    if (keys[j] === ',') {
      if (keys[j + 1] === 'who') return true;
      let k = j + 1;
      while (k < doc.tokenCount && k < j + 14 && keys[k] !== ',' && keys[k] !== '.') k++;
      j = keys[k] === ',' ? k + 1 : j;
    }
    if (doc.pos[j] === 'ADV') j++;
    return doc.pos[j] === 'VERB' || doc.pos[j] === 'AUX';
  }

  /** Unknown personal name starting at chunk c: up to four capitalised, unmatched tokens. */
  nameRun(c: number): number {
    const { chunks, doc } = this;
    let k = c;
    while (k < this.n && k < c + 4 && !chunks[k].hit && nameToken(doc, chunks[k].a)) {
      k++;
      if (this.key(k) === '-' && k + 1 < this.n && doc.starts[chunks[k].a] === doc.ends[chunks[k - 1].a]) k++;
    }
    return k;
  }

  /** False when `prefix(c)` must come back empty (an unmatched token that is no determiner, modifier or "and"): spares building it. */
  mayPrefix(c: number): boolean {
    const ch = this.chunks[c];
    return ch.hit !== null || this.st.lex.opensPrefix.get(this.doc.ids[ch.a], this.keys[ch.a]) === 1;
  }

  /** Title-like prefix: determiner, modifiers, countries ("Russian", "Russia's", "of Poland"), honorifics, role. */
  prefix(c: number): Prefix {
    const { chunks, doc, st } = this;
    const p: Prefix = { end: c, of: -1, orgs: [], countries: [], agent: null, honor: false, gender: null, det: false };
    let k = c;
    if (DETS.has(this.key(k))) { p.det = true; k++; }
    // "Mr. Putin's spokesman": the owner is the mention just before the possessive
    if (c > 0 && this.key(c - 1) === "'s" && st.mentions.length > 0) {
      const last = st.mentions[st.mentions.length - 1];
      if (c >= 2 && last.span[1] === doc.ends[chunks[c - 2].b - 1]) p.countries.push(st.infos.get(last.actorId)!);
    }
    for (; k < this.n; k++) {
      const h = chunks[k].hit;
      if (h?.t === 'actor' && h.def.kind !== 'person' && !p.agent) {
        p.countries.push(st.fromDef(h.def));
        if (h.def.kind === 'organization') p.orgs.push(k);
        if (this.key(k + 1) === "'s") k++;
      } else if (h?.t === 'agent') p.agent = h.agent;
      else if (h?.t === 'honorific') { p.honor = true; p.gender ??= h.gender; }
      else if (!h && MODIFIERS.has(this.key(k))) continue;
      else if (this.key(k) === 'and' && p.countries.length > 0 && this.at(k + 1)?.hit?.t === 'actor') continue;
      else if (this.key(k) === 'of' && p.agent && this.at(k + 1)?.hit?.t === 'actor' && (chunks[k + 1].hit as { def: { kind: string } }).def.kind !== 'person') {
        p.countries.push(st.fromDef((chunks[k + 1].hit as Extract<Chunk['hit'], { t: 'actor' }>).def));
        p.of = k;
        k++;
      } else break;
    }
    p.end = k;
    return p;
  }

  /** A person named at chunk c (known, local or new), given what a title or apposition said. */
  person(c: number, p: Prefix | null, from: number, kind: 'title' | 'name'): number {
    const { chunks, doc, st, keys, s } = this;
    const h = this.at(c)?.hit;
    if (h?.t === 'actor' && h.def.kind === 'person') {
      const info = st.fromDef(h.def);
      st.mention(chunks[from].a, chunks[c].b, s, [info.actor.id], kind === 'title' || from < c ? 'title' : FORM_KIND[h.form], undefined, this.isSubject(chunks[c].b));
      return c + 1;
    }
    const end = this.nameRun(c);
    if (end === c) return -1;
    const single = end === c + 1 ? st.localNames.get(keys[chunks[c].a]) : undefined;
    const name = doc.text.slice(doc.starts[chunks[c].a], doc.ends[chunks[end - 1].b - 1]);
    const code = p ? agentCode(p.countries, p.agent?.person ? p.agent : null) : '';
    const info = single ? st.infos.get(single)! : st.unknownPerson(name, code, p?.gender ?? null, p?.agent?.office ?? null);
    if (p?.gender && !info.gender) info.gender = p.gender;
    st.mention(chunks[from].a, chunks[end - 1].b, s, [info.actor.id], from < c ? 'title' : 'alias', undefined, this.isSubject(chunks[end - 1].b));
    return end;
  }
}

function agentCode(countries: ActorInfo[], agent: AgentEntry | null): string {
  return countries.length > 0 && countries[0].actor.country ? `${countries[0].actor.country}${agent ? agent.agent : ''}` : '';
}
