import type { AgentEntry } from './schema.ts';
import type { Chunk } from './chunks.ts';
import { nameToken } from './chunks.ts';
import { resolveGroup, resolvePronoun, resolveRole } from './coref.ts';
import type { ActorInfo, ActorState } from './state.ts';
import type { Doc } from '../../core/doc.ts';

/** Words that may stand between a determiner and a title without changing who is meant. */
const MODIFIERS = new Set(['former', 'top', 'senior', 'acting', 'chief', 'new', 'then', 'longtime', 'current', 'outgoing', 'interim', 'own']);
const DETS = new Set(['the', 'a', 'an']);
const FORM_KIND = { name: 'name', alias: 'alias', demonym: 'demonym', metonym: 'metonym' } as const;

interface Prefix { end: number; orgs: number[]; of: number; countries: ActorInfo[]; agent: AgentEntry | null; honor: boolean; gender: 'm' | 'f' | null; det: boolean }

/** One sentence's chunks with the helpers recognition needs (methods, not closures: no allocation per sentence). */
class Reader {
  readonly doc: Doc;
  constructor(readonly st: ActorState, readonly keys: string[], readonly s: number, readonly chunks: Chunk[]) {
    this.doc = st.doc;
  }

  key(c: number): string {
    const chunks = this.chunks;
    return c < chunks.length && !chunks[c].hit ? this.keys[chunks[c].a] : '';
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
    while (k < chunks.length && k < c + 4 && !chunks[k].hit && nameToken(doc, chunks[k].a)) {
      k++;
      if (this.key(k) === '-' && k + 1 < chunks.length && doc.starts[chunks[k].a] === doc.ends[chunks[k - 1].a]) k++;
    }
    return k;
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
      if (last.span[1] === doc.ends[chunks[c - 2]?.b - 1]) p.countries.push(st.infos.get(last.actorId)!);
    }
    for (; k < chunks.length; k++) {
      const h = chunks[k].hit;
      if (h?.t === 'actor' && h.def.kind !== 'person' && !p.agent) {
        p.countries.push(st.fromDef(h.def));
        if (h.def.kind === 'organization') p.orgs.push(k);
        if (this.key(k + 1) === "'s") k++;
      } else if (h?.t === 'agent') p.agent = h.agent;
      else if (h?.t === 'honorific') { p.honor = true; p.gender ??= h.gender; }
      else if (!h && MODIFIERS.has(this.key(k))) continue;
      else if (this.key(k) === 'and' && p.countries.length > 0 && chunks[k + 1]?.hit?.t === 'actor') continue;
      else if (this.key(k) === 'of' && p.agent && chunks[k + 1]?.hit?.t === 'actor' && (chunks[k + 1].hit as { def: { kind: string } }).def.kind !== 'person') {
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
    const h = chunks[c]?.hit;
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

/** Recognise actors in one sentence's chunks, left to right, feeding coreference as it goes. */
export function recognizeSentence(st: ActorState, keys: string[], s: number, chunks: Chunk[]): void {
  const doc = st.doc;
  const r = new Reader(st, keys, s, chunks);
  let c = 0;
  while (c < chunks.length) {
    const ch = chunks[c];
    const h = ch.hit;
    const p = r.prefix(c);
    if ((p.agent || p.honor) && p.end > c) {
      // title + name: "President Vladimir V. Putin", "Mr. Putin", "Foreign Minister Anna Kowal of Poland"
      if (p.end < chunks.length && !DETS.has(r.key(p.end))) {
        const after = r.person(p.end, p, c, 'title');
        if (after > 0) {
          if (r.key(after) === 'of' && chunks[after + 1]?.hit?.t === 'actor') {
            const info = st.infos.get(st.mentions[st.mentions.length - 1].actorId)!;
            const place = (chunks[after + 1].hit as Extract<Chunk['hit'], { t: 'actor' }>).def;
            if (!info.def && !info.actor.code && p.agent?.person) st.unknownPerson(info.actor.name, `${st.fromDef(place).actor.country ?? ''}${p.agent.agent}`, null, p.agent.office ?? null);
          }
          c = after;
          continue;
        }
      }
      if (p.agent) {
        // a named institution inside a role phrase ("the White House press secretary") is a mention too
        for (const o of p.orgs) st.mention(chunks[o].a, chunks[o].b, s, [st.fromDef((chunks[o].hit as Extract<Chunk['hit'], { t: 'actor' }>).def).actor.id], 'metonym');
        const from = p.orgs.length > 0 ? chunks[p.orgs[p.orgs.length - 1]].b : chunks[p.det ? c + 1 : c].a;
        const span: [number, number] = [from, chunks[(p.of > 0 ? p.of : p.end) - 1].b];
        if (p.of > 0) st.mention(chunks[p.of + 1].a, chunks[p.of + 1].b, s, [p.countries[p.countries.length - 1].actor.id], 'name');
        // reverse apposition: "the foreign minister of Poland, Anna Kowal, said"
        if (p.agent.person && r.key(p.end) === ',' && p.end + 1 < chunks.length) {
          const after = r.person(p.end + 1, p, p.end + 1, 'name');
          if (after > 0) {
            const id = st.mentions[st.mentions.length - 1].actorId;
            st.mention(span[0], span[1], s, [id], 'role');
            c = after;
            continue;
          }
        }
        if (p.agent.person && p.agent.office && (p.det || p.countries.length > 0)) {
          const who = resolveRole(st, p.countries[0]?.actor.country ?? null, p.agent.office);
          if (who) {
            st.mention(span[0], span[1], s, [who.actor.id], 'role', undefined, r.isSubject(span[1]));
            c = p.end;
            continue;
          }
        }
        const owners = p.countries.filter((i) => i.actor.country);
        if (owners.length > 0) {
          const ids = [...new Set(owners.map((i) => st.infos.get(i.actor.country!) ?? i).map((i) => i.actor.id))];
          const code = `${owners[0].actor.country}${p.agent.agent}`;
          st.mention(span[0], span[1], s, ids, ids.length > 1 ? 'group' : 'role', code, r.isSubject(span[1]));
          c = p.end;
          continue;
        }
      }
    }
    if (h?.t === 'actor') {
      if (h.def.kind === 'person') { c = r.person(c, null, c, 'name'); continue; }
      const info = st.fromDef(h.def);
      st.mention(ch.a, ch.b, s, [info.actor.id], FORM_KIND[h.form], undefined, r.isSubject(ch.b));
      // "Russia and Ukraine": a pair later phrases ("they", "both sides") can point to
      const nx = chunks[c + 2]?.hit;
      if (r.key(c + 1) === 'and' && nx?.t === 'actor' && nx.def.kind === 'country' && h.def.kind === 'country') {
        const other = st.fromDef(nx.def);
        st.mention(chunks[c + 2].a, chunks[c + 2].b, s, [other.actor.id], FORM_KIND[nx.form], undefined, r.isSubject(chunks[c + 2].b));
        st.antecedents.push({ ids: [info.actor.id, other.actor.id], type: 'group', gender: null, sentence: s, token: chunks[c + 2].a, subject: false });
        c += 3;
        continue;
      }
    } else if (h?.t === 'group') {
      const ids = resolveGroup(st, h.members, h.count, s, ch.a);
      if (ids) st.mention(ch.a, ch.b, s, ids, 'group', h.agent ? `${st.infos.get(ids[0])!.actor.country ?? ''}${h.agent}` : undefined, r.isSubject(ch.b));
    } else if (h?.t === 'pronoun') {
      const ante = resolvePronoun(st, h.gender, s, ch.a);
      if (ante) {
        const m = st.mention(ch.a, ch.b, s, ante.ids, ante.ids.length > 1 ? 'group' : 'pronoun', undefined, r.isSubject(ch.b));
        m.kind = 'pronoun';
      }
    } else if (!h && nameToken(doc, ch.a)) {
      const local = st.localNames.get(keys[ch.a]);
      const end = r.nameRun(c);
      if (local && end === c + 1) {
        st.mention(ch.a, ch.b, s, [local], 'alias', undefined, r.isSubject(ch.b));
      } else if (end >= c + 2 && r.key(end) === ',') {
        // apposition licenses an unknown name: "Anna Kowal, the foreign minister of Poland,"
        const ap = r.prefix(end + 1);
        if (ap.agent?.person) {
          r.person(c, ap, c, 'name');
          c = end;
          continue;
        }
      }
      c = Math.max(end, c + 1);
      continue;
    }
    c++;
  }
}
