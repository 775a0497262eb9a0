import type { Chunk, ChunkList } from './chunks.ts';
import { nameToken } from './chunks.ts';
import { resolveGroup, resolvePronoun, resolveRole } from './coref.ts';
import { DETS, FORM_KIND, Reader } from './reader.ts';
import type { ActorState } from './state.ts';

/** Recognise actors in one sentence's chunks, left to right, feeding coreference as it goes. */
export function recognizeSentence(st: ActorState, keys: string[], s: number, list: ChunkList): void {
  const doc = st.doc;
  const r = new Reader(st, keys, s, list);
  const chunks = list.items; // indices below list.n only; past the end through r.at
  let c = 0;
  while (c < r.n) {
    const ch = chunks[c];
    const h = ch.hit;
    const p = r.mayPrefix(c) ? r.prefix(c) : null;
    if (p && (p.agent || p.honor) && p.end > c) {
      // title + name: "President Vladimir V. Putin", "Mr. Putin", "Foreign Minister Anna Kowal of Poland"
      if (p.end < r.n && !DETS.has(r.key(p.end))) {
        const after = r.person(p.end, p, c, 'title');
        if (after > 0) {
          if (r.key(after) === 'of' && r.at(after + 1)?.hit?.t === 'actor') {
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
        if (p.agent.person && r.key(p.end) === ',' && p.end + 1 < r.n) {
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
      const nx = r.at(c + 2)?.hit;
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
