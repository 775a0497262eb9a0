/**
 * Build data/actors/phoenix-*.json from the Phoenix/PETRARCH dictionaries (MIT, © 2014 Open Event
 * Data Alliance). Run: `npx tsx scripts/build-actors.ts [../shared/reference/phoenix]`.
 * The output is plain data in the bundled lexicon format (docs/lexicons.md, "Actors"); hand-written
 * files in data/actors/ override it for post-2014 facts.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePhoenixActors, phoenixPhrase, type PhoenixBlock } from './build-actors-phoenix.ts';

const SRC = process.argv[2] ?? '../shared/reference/phoenix';
const OUT = 'data/actors';
/** Aliases that are ordinary words or pronouns once lower-cased. */
const STOP = new Set(['us', 'the us', 'chad', 'china plate', 'guinea pig', 'turkey hen', 'niger river']);
/** Only people whose dated roles reach this year are kept: older ones add size, not value. */
const SINCE = '2000-01-01';

const read = (f: string) => readFileSync(join(SRC, f), 'utf8');
/** Aliases that start with a title: the analyzer reads titles itself ("President X" = title + X). */
const TITLED = /^(the )?(\w+ )?(president|vice president|prime minister|premier|minister|foreign minister|defen[cs]e minister|secretary|chancellor|king|queen|prince|sheikh|mr|mrs|ms|dr|senator|sen|general|gen|chairman|leader|ambassador|governor)\.? /i;
const keepAlias = (a: string) => !TITLED.test(a) && a.length > 3 && !STOP.has(a.toLowerCase()) && !/[(),]/.test(a);
const uniq = (xs: string[]) => [...new Set(xs)];

/** Country blocks: one bare 3-letter code. Cities and regions listed as aliases are dropped (they
 * are places, not actors, and some are personal names, e.g. Vladimir); name variants and the
 * demonym share the name's first four letters. */
/** The code a block holds now: its open-ended or undated role. */
const current = (b: PhoenixBlock) => b.roles.find((r) => !r.to) ?? b.roles[b.roles.length - 1];

function country(b: PhoenixBlock) {
  const code = current(b).code;
  const stem = b.name.toLowerCase().replace(/^the /, '').slice(0, 4);
  const aliases = b.aliases.filter((a) => keepAlias(a) && a.toLowerCase().replace(/^the /, '').startsWith(stem));
  // "Russian", "Afghan", "Chinese": adjectives, coded as demonym mentions
  const demonym = (a: string) => !a.includes(' ') && /(an|ese|ish|i)$/i.test(a) && a !== b.name;
  return {
    name: b.name, kind: 'country', code,
    aliases: uniq(aliases.filter((a) => !demonym(a))), demonyms: uniq(aliases.filter(demonym)),
  };
}

function isPerson(b: PhoenixBlock): boolean {
  return b.comment.includes('CountryInfo') || b.roles.some((r) => r.from || r.to);
}

function person(b: PhoenixBlock) {
  const dated = b.roles.filter((r) => !r.code.startsWith('~') && (r.from || r.to));
  const fallback = b.roles.find((r) => !r.from && !r.to);
  return {
    name: b.name, kind: 'person', code: fallback?.code ?? dated[dated.length - 1]?.code ?? '',
    aliases: uniq(b.aliases.filter(keepAlias)),
    roles: dated.map((r) => ({ code: r.code, ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) })),
  };
}

function organization(b: PhoenixBlock) {
  return { name: b.name, kind: 'organization', code: b.roles[0].code, aliases: uniq(b.aliases.filter(keepAlias)) };
}

/** Codes must be whole three-letter groups; the source has a few typos, dropped here. */
const validCode = (c: string) => /^(?:[A-Z]{3})+$/.test(c);
const recent = (b: PhoenixBlock) =>
  b.roles.some((r) => (r.from || r.to) && !r.code.endsWith('ELI') && (!r.to || r.to >= SINCE));
const isCountry = (b: PhoenixBlock) => !isPersonComment(b) && /^[A-Z]{3}$/.test(current(b).code);
const isPersonComment = (b: PhoenixBlock) => b.comment.includes('CountryInfo');
const countries: object[] = [];
const people: object[] = [];
const orgs: object[] = [];
const codes = new Set<string>();
for (const file of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
  const seen = new Set<string>();
  for (const b of parsePhoenixActors(read(file))) {
    if (!keepAlias(b.name) || seen.has(b.name) || b.roles[0].code.startsWith('~')) continue;
    seen.add(b.name);
    b.roles = b.roles.filter((r) => validCode(r.code));
    if (b.roles.length === 0) continue;
    if (isCountry(b)) {
      // later blocks with a taken code are cities or regions filed under the country: places, not actors
      if (!codes.has(current(b).code)) countries.push(country(b));
      codes.add(current(b).code);
    }
    else if (isPerson(b)) { if (recent(b)) people.push(person(b)); }
    else orgs.push(organization(b));
  }
}

/** Agents: `WORD {PLURALS} [~AGT]` — role nouns that take the country of the phrase they are in. */
const SECTORS = /^(GOV|MIL|REB|OPP|JUD|LEG|MED|BUS|CVL|IGO|NGO|REF|SPY|COP|ELI|LAB|EDU|HLH|AGR|CRM|UAF|ENV|DEV|HRI|MOD|RAD|INS)/;
const agents: object[] = [];
const seenAgents = new Set<string>();
for (const line of read('Phoenix.agents.txt').split('\n')) {
  const m = /^([A-Z0-9_!.'\-]+)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)\]/.exec(line);
  if (!m || !SECTORS.test(m[3]) || m[1].includes('!')) continue;
  const phrase = phoenixPhrase(m[1]).toLowerCase();
  if (phrase.length < 3 || seenAgents.has(phrase)) continue;
  seenAgents.add(phrase);
  const plural = m[2]?.trim() ? phoenixPhrase(m[2].trim().split(/\s+/)[0]).toLowerCase() : `${phrase}s`;
  agents.push({ phrase, agent: m[3].slice(0, 3), plural });
}

const note = 'Derived by scripts/build-actors.ts from the Phoenix/PETRARCH dictionaries (MIT, (c) 2014 Open Event Data Alliance, see LICENSE.petrarch2). Do not edit: override in a hand-written file.';
const write = (f: string, key: string, items: object[]) =>
  writeFileSync(join(OUT, f), `{"$comment": ${JSON.stringify(note)},\n"${key}": [\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]}\n`);
write('phoenix-countries.json', 'actors', countries);
write('phoenix-people.json', 'actors', people);
write('phoenix-organizations.json', 'actors', orgs);
write('phoenix-agents.json', 'agents', agents);
copyFileSync(join(SRC, 'LICENSE.petrarch2'), join(OUT, 'LICENSE.petrarch2'));
console.log(`countries ${countries.length}, people ${people.length}, organizations ${orgs.length}, agents ${agents.length}`);
