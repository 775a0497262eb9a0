import type { Doc, Sentence } from '../../core/doc.ts';
import type { Stage } from '../../core/pipeline.ts';
import type { ActorRef } from '../../core/types.ts';
import { findDates } from './dates.ts';
import { dateOf, type SentenceDate } from './when.ts';
import { embedders, matchSentence, resolveHit, type Found } from './detect.ts';
import { compileEventLexicon, type EventData, type EventLexicon } from './lexicon.ts';
import { mergeEvents, type Draft } from './merge.ts';
import { findPlace } from './places.ts';
import { indexMentions, type Party, type RoleContext } from './roles.ts';
import ontology from '../../../data/events/ontology.json' with { type: 'json' };
import triggers from '../../../data/events/triggers.json' with { type: 'json' };
import cues from '../../../data/events/cues.json' with { type: 'json' };
import crosswalk from '../../../data/events/cameo2plover.json' with { type: 'json' };
import verbs from '../../../data/events/cameo-verbs.json' with { type: 'json' };
import places from '../../../data/gazetteer/places.json' with { type: 'json' };

export { compileEventLexicon, type EventLexicon } from './lexicon.ts';
export { findDates, resolveDate, shiftDate } from './dates.ts';

const QUADS = ['', 'verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'];

/** Every directed dyad of a found event: a compound actor of a symmetric type gives both directions. */
function dyads(f: Found, symmetric: boolean): Array<[ActorRef, ActorRef | null, boolean]> {
  const s = f.source.refs;
  if (!f.target && s.length > 1 && symmetric) return [[s[0], s[1], true], [s[1], s[0], true]];
  const out: Array<[ActorRef, ActorRef | null, boolean]> = [];
  for (const a of s.slice(0, 3)) for (const b of f.target?.refs.slice(0, 3) ?? [null]) {
    if (!b || !a.actorId || a.actorId !== b.actorId) out.push([a, b, false]);
  }
  return out;
}

/**
 * "launching a similar attack", "another round of sanctions": an event named as one more of an
 * earlier kind takes the recipient of the latest earlier event of that type from the same country.
 */
function sameAsBefore(doc: Doc, lex: EventLexicon, f: Found, earlier: Draft[]): Party | null {
  let anaphoric = false;
  for (let i = Math.max(0, f.start - 3); i < f.end; i++) if (lex.cues.anaphoricModifiers.has(doc.lower[i])) anaphoric = true;
  if (!anaphoric) return null;
  const country = f.source.refs[0]?.code.slice(0, 3);
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k];
    if (e.type !== f.type || !e.target || !country || e.source.code.slice(0, 3) !== country) continue;
    return { refs: [e.target], span: e.target.span ?? f.source.span };
  }
  return null;
}

/** Whether the span lies inside a direct or mixed quote. */
function inQuote(doc: Doc, span: [number, number]): boolean {
  for (const q of doc.quotes) if (q.kind !== 'indirect' && q.span[0] <= span[0] && span[1] <= q.span[1]) return true;
  return false;
}

/** Whether a speech verb ("said", "told") stands before the trigger in its sentence: reported speech. */
function saidBefore(doc: Doc, lex: EventLexicon, sent: Sentence, start: number): boolean {
  for (let i = sent.first; i < start; i++) if (lex.cues.speechVerbs.has(doc.lower[i]) && doc.pos[i] === 'VERB') return true;
  return false;
}

function issueOf(doc: Doc, lex: EventLexicon, sent: Sentence, f: Found): string | null {
  for (let i = Math.max(sent.first, f.start - 3); i < Math.min(sent.last, f.end + 8); i++) {
    const hint = lex.issueHints.get(doc.lower[i]);
    if (hint) return hint;
  }
  return null;
}

function modeFor(doc: Doc, lex: EventLexicon, sent: Sentence, f: Found): string | null {
  if (f.mode) return f.mode;
  const cues = lex.modeCues.get(f.type);
  if (!cues) return null;
  for (let i = Math.max(sent.first, f.start - 2); i < Math.min(sent.last, f.end + 10); i++) {
    if (i >= f.end && lex.cues.clauseBreak.has(doc.lower[i]) && doc.lower[i + 1] !== 'including') break;
    const m = cues.get(doc.lower[i]);
    if (m) return m;
  }
  return null;
}

/**
 * A person "attacking" or "protesting" another person with no weapon named is a verbal attack
 * ("Christie unleashed attacks against Rubio"): PLOVER codes it ACCUSE (disapprove), keeping
 * ASSAULT and PROTEST for physical, collective action.
 */
function verbalAttack(f: Found, mode: string | null, kinds: Map<string, string>): boolean {
  const s = f.source.refs[0]?.actorId;
  const t = f.target?.refs[0]?.actorId;
  if (!s || !t || kinds.get(s) !== 'person' || kinds.get(t) !== 'person') return false;
  return (f.type === 'ASSAULT' && !mode) || (f.type === 'PROTEST' && mode === 'demo');
}

/**
 * Find the events of a document: match triggers sentence by sentence, resolve roles through the
 * actors layer, factuality, date, place and mode, then merge repeated reports of one event.
 */
export function findEvents(doc: Doc, lex: EventLexicon): Draft[] {
  const drafts: Draft[] = [];
  const published = doc.article.published;
  const paraDate = new Map<number, string>();
  let lastGroup: Party | null = null;
  let warned = false;
  const kinds = new Map(doc.actors.map((a) => [a.id, a.kind]));
  const mentionOf = indexMentions(doc);
  const sentences = doc.sentences;
  for (let index = 0; index < sentences.length && sentences[index].start < doc.bodyEnd; index++) {
    const sent = sentences[index];
    let last = sent.last;
    while (last > sent.first && doc.ends[last - 1] > doc.bodyEnd) last--;
    const hits = matchSentence(doc, lex, sent, last);
    if (!hits.length) continue;
    const ctx: RoleContext = { doc, sent, cues: lex.cues, mentionOf };
    const embedder = embedders(doc, lex, sent, hits);
    const found: Found[] = [];
    for (const hit of hits) {
      const f = resolveHit(ctx, lex, hit, embedder, lastGroup);
      if (!f) continue;
      if (f.source.refs.length > 1) lastGroup = f.source;
      found.push(f);
    }
    if (!found.length) continue;
    const dates: SentenceDate[] = [];
    let unresolved = false;
    for (const d of findDates(doc.text.slice(sent.start, sent.end), published, sent.start)) {
      dates.push({ ...d, tok: doc.tokenAt(d.span[0]) });
      if (d.value === null && d.shift === undefined) unresolved = true;
    }
    if (!published && !warned && unresolved) {
      warned = true;
      doc.message('events/no-published-date', 'no publication date: relative event dates ("on Friday", "last month") stay unresolved', null, 'info');
    }
    const context = paraDate.get(sent.paragraph) ?? null;
    for (const f of found) {
      if (!f.target) f.target = sameAsBefore(doc, lex, f, drafts);
      let mode = modeFor(doc, lex, sent, f);
      if (verbalAttack(f, mode, kinds)) {
        Object.assign(f, { type: 'ACCUSE', cameo: '111', recoded: true });
        mode = 'disapprove';
      }
      const info = lex.types.get(f.type)!;
      const { date, dateSource } = dateOf({ doc, sent, dates, clauseBreak: lex.cues.dateBreak, context, published, earlier: drafts, hits }, f);
      const place = findPlace(doc, lex.places, f.start, Math.min(last, f.end + 12), lex.cues.locativePrepositions)
        ?? findPlace(doc, lex.places, Math.max(sent.first, f.start - 8), f.start, lex.cues.locativePrepositions);
      const trigger: [number, number] = [doc.starts[f.start], doc.ends[f.end - 1]];
      const from = Math.min(trigger[0], f.source.span[0] >= sent.start ? f.source.span[0] : trigger[0]);
      const to = Math.max(trigger[1], f.target && f.target.span[1] <= sent.end ? f.target.span[1] : trigger[1]);
      const quote = inQuote(doc, trigger);
      const modeInfo = mode ? info.modes.get(mode) : undefined;
      for (const [source, target, reciprocal] of dyads(f, info.symmetric)) {
        drafts.push({
          type: f.type, mode, cameo: f.mode === mode ? f.cameo : modeInfo?.cameo ?? f.cameo, source, target, date,
          location: place ? { name: place.name, country: place.country } : null,
          factuality: f.factuality, evidence: [from, to], sentence: index, trigger, evidenceSpans: [[from, to]],
          quad: QUADS[info.quad], quadCode: info.quad, score: modeInfo?.score ?? info.score,
          context: lex.crosswalk.get(f.cameo)?.contexts ?? [], modality: f.modality, recoded: f.recoded,
          dateSource, symmetric: info.symmetric, reciprocal, issue: issueOf(doc, lex, sent, f),
          reported: quote ? 'quote' : saidBefore(doc, lex, sent, f.start) ? 'indirect' : null, pattern: f.trigger.pattern,
        });
      }
    }
    for (const d of dates) if (d.value && d.shift === undefined) paraDate.set(sent.paragraph, d.value);
  }
  return mergeEvents(drafts);
}

/** The events stage over a compiled lexicon. */
export function createEventsStage(lex: EventLexicon): Stage {
  return {
    name: 'events',
    needs: ['zones', 'actors', 'quotes'],
    sets: ['events'],
    run(doc: Doc) {
      doc.events = findEvents(doc, lex).map(({ sentence: _s, ...e }) => e);
    },
  };
}

/** Bundled lexicons (data/events, data/gazetteer), optionally extended by user triggers and places. */
export function defaultEventData(user: { triggers?: unknown[]; places?: unknown[] } = {}): EventData {
  return {
    ontology, cues, crosswalk, verbs,
    triggers: { ...triggers, triggers: [...triggers.triggers, ...(user.triggers ?? [])] },
    places: { places: [...places.places, ...(user.places ?? [])] },
  };
}

/** The events stage with the bundled lexicons, compiled once. */
export function defaultEventsStage(user: { triggers?: unknown[]; places?: unknown[] } = {}): Stage {
  return createEventsStage(compileEventLexicon(defaultEventData(user)));
}
