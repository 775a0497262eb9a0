import type { Doc } from '../../core/doc.ts';
import type { CueKind } from './lexicon.ts';
import { npForward, POSSESSIVE } from './phrase.ts';
import { quoteEnd } from './marks.ts';
import { overQuotes, trim, type Content, type MarkIndex } from './spans.ts';

/*
 * The noun-phrase objects stance and intent cues report ("criticized the plan as reckless").
 */

const OBJECT_END = new Set([',', ';', '—', '–', '(', '.', '?', '!']);

/** The noun-phrase object starting at `a` ("cautioned against | drawing lessons", "tweeted | her thanks"). */
export function objectAfter(doc: Doc, a: number, limit: number, marks: MarkIndex): Content | null {
  return objectContent(doc, a, limit, 'stance', marks);
}

/**
 * Content of a stance or intent cue: its object up to the clause end ("criticized the plan as
 * reckless", "wants to build a wall"); a that-clause or quotation as for speech.
 */
export function objectContent(doc: Doc, c1: number, limit: number, kind: CueKind, marks: MarkIndex): Content | null {
  let b = c1;
  while (b < limit) {
    const m = marks.openAt.get(b);
    if (m) {
      b = quoteEnd(m);
      continue;
    }
    // "the claim that the ferry, in a crisis, could wait": a noun's that-clause runs to the clause end.
    if (doc.lower[b] === 'that' && b > c1 && doc.pos[b - 1] === 'NOUN' && doc.pos[b] === 'SCONJ') {
      b = limit;
      break;
    }
    const label = labelEnd(doc, b, limit);
    if (label > 0) b = label;
    else if (!OBJECT_END.has(doc.lower[b]) || continuesObject(doc, b, limit)) b++;
    else break;
  }
  const c = trim(doc, c1, Math.min(b, limit));
  if (c.b - c.a < (kind === 'intent' ? 2 : 1)) return null;
  return overQuotes(doc, c, marks);
}

/** A bracket after a name holding at most this many tokens is its label ("Sen. John McCain (R-AZ)"). */
const MAX_LABEL = 7;

/** The token after a name's bracketed label opening at `b` ("McCain (R-AZ) and …"), or -1: the object goes on past it. */
function labelEnd(doc: Doc, b: number, limit: number): number {
  if (doc.lower[b] !== '(' || doc.pos[b - 1] !== 'PROPN') return -1;
  for (let k = b + 1; k < limit && k - b <= MAX_LABEL; k++) if (doc.lower[k] === ')') return k + 1;
  return -1;
}

const RELATIVES = new Set(['who', 'which', 'whose', 'where']);
/** Words after a comma that go on listing the object ("the trade deals, including NAFTA", "spending projects, like roads"). */
const CONTINUERS = new Set(['including', 'especially', 'particularly', 'notably', 'such', 'like', 'followed', 'compared']);
const APPOSITION_POS = new Set(['DET', 'PROPN', 'NUM']);

/**
 * Whether the object goes on past the comma at `k`: a relative clause or an apposition follows
 * ("the 1994 crime bill, which put …", "Rafael Cruz, a pastor, of …"), not a new clause.
 */
function continuesObject(doc: Doc, k: number, limit: number): boolean {
  if (doc.lower[k] !== ',' || k + 1 >= limit) return false;
  const w = doc.lower[k + 1];
  if (RELATIVES.has(w) || CONTINUERS.has(w)) return true;
  // "the legacy of racism, enshrined in Jim Crow laws, …", "Mr. Bush, known as …": a participle phrase describes the object.
  if (doc.pos[k + 1] === 'VERB' && /(?:ed|en|wn)$/.test(w) && doc.pos[k + 2] === 'ADP') return true;
  // "a strong, conservative executive": coordinate adjectives.
  if (doc.pos[k - 1] === 'ADJ' && doc.pos[k + 1] === 'ADJ') return true;
  // "criticizing his record, economic policies and finances", "noted the flood, her work for the
  // victims and …": a list goes on.
  if (doc.pos[k + 1] === 'ADJ' || doc.pos[k + 1] === 'NOUN' || POSSESSIVE.has(w)) {
    let e = npForward(doc, k + 1, limit);
    // ("his record, his remarks about the port and his tolls": an item may carry a prepositional phrase.)
    if (e > k + 1 && e + 1 < limit && doc.pos[e] === 'ADP') e = Math.max(e + 1, npForward(doc, e + 1, limit));
    return e > k + 1 && e < limit && (doc.lower[e] === 'and' || doc.lower[e] === 'or' || doc.lower[e] === ',');
  }
  if (!APPOSITION_POS.has(doc.pos[k + 1])) return false;
  // ", the minister left …" opens a clause: a noun phrase with a verb after it is a subject.
  const b = npForward(doc, k + 1, limit);
  return !(b < limit && (doc.pos[b] === 'VERB' || doc.pos[b] === 'AUX'));
}
