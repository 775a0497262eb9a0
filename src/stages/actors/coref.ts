import type { ActorInfo, ActorState, Antecedent } from './state.ts';
import { roleAt } from './roles.ts';

/** How far back (in sentences) pronouns and group phrases look for antecedents. */
const WINDOW = 3;

/**
 * The antecedent of a pronoun at token `tok` of sentence `sentence`: for he/she, a person of that
 * gender (unknown gender fits both); for they/their, a group (or a pair of countries named together);
 * for its, a country or organisation. Within the pronoun's sentence the latest subject-like candidate
 * wins, then the latest; in earlier sentences the first subject of the nearest sentence with one.
 */
export function resolvePronoun(st: ActorState, gender: 'm' | 'f' | 'plural' | 'neuter', sentence: number, tok: number): Antecedent | null {
  const fits = (a: Antecedent) => {
    if (gender === 'plural') return a.type === 'group';
    if (gender === 'neuter') return a.type === 'country' || a.type === 'organization';
    const g = a.type === 'person' ? st.infos.get(a.ids[0])!.gender : null;
    return a.type === 'person' && (g === null || g === gender);
  };
  const cands: Antecedent[] = [];
  for (let i = st.antecedents.length - 1; i >= 0; i--) {
    const a = st.antecedents[i];
    if (a.sentence < sentence - WINDOW) break;
    if (a.token < tok && fits(a)) cands.push(a);
  }
  cands.reverse();
  if (cands.length === 0) return null;
  const here = cands.filter((a) => a.sentence === sentence);
  if (here.length > 0) return [...here].reverse().find((a) => a.subject) ?? here[here.length - 1];
  for (let s = sentence - 1; s >= sentence - WINDOW; s--) {
    const inS = cands.filter((a) => a.sentence === s);
    if (inS.length > 0) return inS.find((a) => a.subject) ?? inS[inS.length - 1];
  }
  return null;
}

/** "minister" also names a foreign or defence minister. */
const holds = (_st: ActorState, info: ActorInfo, offices: Set<string>) =>
  info.office !== null && (offices.has(info.office) || [...offices].some((o) => info.office!.endsWith(` ${o}`)));

/**
 * The person meant by a role description ("the Russian leader", "the U.S. president",
 * "the foreign minister"): the latest person of this document with that office (and country),
 * else the lexicon's holder of the office on the article's date. Null when unknown.
 */
export function resolveRole(st: ActorState, country: string | null, office: string): ActorInfo | null {
  const offices = office === 'leader' ? st.lex.leaderOffices : new Set([office]);
  for (let i = st.antecedents.length - 1; i >= 0; i--) {
    const a = st.antecedents[i];
    if (a.type !== 'person') continue;
    const info = st.infos.get(a.ids[0])!;
    if ((country === null || info.actor.country === country) && holds(st, info, offices)) return info;
  }
  if (country === null) return null;
  for (const o of offices) {
    for (const def of st.lex.offices.get(`${country}|${o}`) ?? []) {
      const role = roleAt(def, st.date);
      if (role?.office === o && role.code.startsWith(country)) return st.fromDef(def);
    }
  }
  return null;
}

/**
 * Members of a group phrase: the latest `count` distinct leaders, people or countries mentioned
 * in the window ("the two leaders", "both sides"). Null when fewer are known.
 */
export function resolveGroup(st: ActorState, members: 'leaders' | 'people' | 'countries', count: number, sentence: number, tok: number): string[] | null {
  const ids: string[] = [];
  for (let i = st.antecedents.length - 1; i >= 0 && ids.length < count; i--) {
    const a = st.antecedents[i];
    if (a.token >= tok) continue;
    if (a.sentence < sentence - WINDOW * 2) break;
    const type = members === 'countries' ? 'country' : 'person';
    if (a.type !== type || ids.includes(a.ids[0])) continue;
    if (members === 'leaders' && !holds(st, st.infos.get(a.ids[0])!, st.lex.leaderOffices)) continue;
    ids.push(a.ids[0]);
  }
  return ids.length === count ? ids.reverse() : null;
}
