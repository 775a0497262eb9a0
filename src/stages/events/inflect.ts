/**
 * Regular English inflection for trigger words, applied once when the lexicon is compiled so the
 * matcher can look tokens up by their surface form (no lemmatizer at run time). Irregular forms
 * come from the data (CAMEO lists them in braces) or from `IRREGULAR` for the common verbs.
 */

/** Past tense and participle of frequent irregular verbs that appear in trigger patterns. */
const IRREGULAR: Record<string, string[]> = {
  meet: ['met'], hold: ['held'], speak: ['spoke', 'spoken'], strike: ['struck', 'stricken'],
  shoot: ['shot'], fight: ['fought'], seek: ['sought'], give: ['gave', 'given'], send: ['sent'],
  lay: ['laid'], beat: ['beaten'], take: ['took', 'taken'], make: ['made'], have: ['had', 'has'],
  go: ['went', 'gone', 'goes'], win: ['won'], break: ['broke', 'broken'], forgive: ['forgave', 'forgiven'],
  stick: ['stuck'], cling: ['clung'], slay: ['slew', 'slain'], shut: ['shut'], cut: ['cut'],
  put: ['put'], set: ['set'], quit: ['quit'], bid: ['bid'], withdraw: ['withdrew', 'withdrawn'],
  begin: ['began', 'begun'], bring: ['brought'], buy: ['bought'], sell: ['sold'], tell: ['told'],
  freeze: ['froze', 'frozen'], steal: ['stole', 'stolen'], throw: ['threw', 'thrown'], lead: ['led'],
  draw: ['drew', 'drawn'], blow: ['blew', 'blown'], undertake: ['undertook', 'undertaken'],
  overthrow: ['overthrew', 'overthrown'], arise: ['arose', 'arisen'], shake: ['shook', 'shaken'],
  rebuild: ['rebuilt'], bind: ['bound'], swear: ['swore', 'sworn'], tear: ['tore', 'torn'],
  stand: ['stood'], understand: ['understood'], hang: ['hung'], wake: ['woke'], leave: ['left'],
  catch: ['caught'], teach: ['taught'], think: ['thought'], feel: ['felt'], keep: ['kept'],
  run: ['ran'], come: ['came'], become: ['became'], find: ['found'], pay: ['paid'], say: ['said'],
};

/** Third person singular / plural: "attacks", "pushes", "tries". */
export function plural(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function stems(word: string): string[] {
  // Doubling before -ed/-ing ("ban" -> "banned") is unpredictable from spelling alone for longer
  // words ("target" -> "targeted"); both spellings are harmless as look-up keys.
  const out = [word];
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) out.push(word + word[word.length - 1]);
  return out;
}

/** Every surface form of a verb: base, -s, -ed, -ing and listed irregular forms. */
export function verbForms(verb: string, extra: string[] = []): string[] {
  const forms = new Set<string>([verb, plural(verb), ...extra, ...(IRREGULAR[verb] ?? [])]);
  for (const s of stems(verb)) {
    if (/(ee|ye|oe)$/.test(s)) {
      forms.add(`${s}d`);
      forms.add(`${s}ing`);
    } else if (/e$/.test(s)) {
      forms.add(`${s}d`);
      forms.add(`${s.slice(0, -1)}ing`);
    } else if (/[^aeiou]y$/.test(s)) {
      forms.add(`${s.slice(0, -1)}ied`);
      forms.add(`${s}ing`);
    } else {
      forms.add(`${s}ed`);
      forms.add(`${s}ing`);
    }
  }
  return [...forms];
}

/** Singular and plural of a noun. */
export function nounForms(noun: string): string[] {
  return noun.endsWith('s') ? [noun] : [noun, plural(noun)];
}
