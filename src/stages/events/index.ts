import type { Doc } from '../../core/doc.ts';
import type { Stage } from '../../core/pipeline.ts';
import { sentenceDates } from './dates.ts';
import { dateOf, type SentenceDate } from './when.ts';
import { embedders, matchSentence, resolveHit, type Found } from './detect.ts';
import { compileEventLexicon, type EventData, type EventLexicon } from './lexicon.ts';
import { mergeEvents, type Draft } from './merge.ts';
import { findPlace } from './places.ts';
import { indexMentions, roleContext, type Party, type RoleContext } from './roles.ts';
import { dyads, firstSpeechVerb, issueOf, modeFor, quotesIn, sameAsBefore, verbalAttack } from './refine.ts';
import ontology from '../../../data/events/ontology.json' with { type: 'json' };
import triggers from '../../../data/events/triggers.json' with { type: 'json' };
import cues from '../../../data/events/cues.json' with { type: 'json' };
import crosswalk from '../../../data/events/cameo2plover.json' with { type: 'json' };
import verbs from '../../../data/events/cameo-verbs.json' with { type: 'json' };
import places from '../../../data/gazetteer/places.json' with { type: 'json' };

export { compileEventLexicon, type EventLexicon } from './lexicon.ts';
export { findDates, resolveDate, shiftDate } from './dates.ts';

const QUADS = ['', 'verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'];

/**
 * Find the events of a document: match triggers sentence by sentence, resolve roles through the
 * actors layer, factuality, date, place and mode, then merge repeated reports of one event.
 */
export function findEvents(doc: Doc, lex: EventLexicon): Draft[] {
  const drafts: Draft[] = [];
  const sentenceOf = new Map<Draft, number>();
  const published = doc.article.published;
  const paraDate = new Map<number, string>();
  let lastGroup: Party | null = null;
  let warned = false;
  // Actor kinds by id, built on first use (only ASSAULT/PROTEST events between actors need them).
  let kinds: Map<string, string> | null = null;
  const kindOf = (id: string) => (kinds ??= new Map(doc.actors.map((a) => [a.id, a.kind]))).get(id);
  const mentionOf = indexMentions(doc);
  const sentences = doc.sentences;
  for (let index = 0; index < sentences.length && sentences[index].start < doc.bodyEnd; index++) {
    const sent = sentences[index];
    let last = sent.last;
    while (last > sent.first && doc.ends[last - 1] > doc.bodyEnd) last--;
    const hits = matchSentence(doc, lex, sent, last);
    if (!hits.length) continue;
    const ctx: RoleContext = roleContext(doc, sent, lex.cues, mentionOf, lex.cueFlags);
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
    for (const d of sentenceDates(doc, index)) {
      dates.push({ ...d, tok: doc.tokenAt(d.span[0]) });
      if (d.value === null && d.shift === undefined) unresolved = true;
    }
    if (!published && !warned && unresolved) {
      warned = true;
      doc.message('events/no-published-date', 'no publication date: relative event dates ("on Friday", "last month") stay unresolved', null, 'info');
    }
    const context = paraDate.get(sent.paragraph) ?? null;
    const quotes = doc.quotes.length ? quotesIn(doc, sent) : [];
    const speech = firstSpeechVerb(doc, lex, sent);
    for (const f of found) {
      if (!f.target) f.target = sameAsBefore(doc, lex, f, drafts);
      let mode = modeFor(doc, lex, sent, f);
      if (verbalAttack(f, mode, kindOf)) {
        Object.assign(f, { type: 'ACCUSE', cameo: '111', recoded: true });
        mode = 'disapprove';
      }
      const info = lex.types.get(f.type)!;
      const { date, dateSource } = dateOf({ doc, sent, dates, clauseBreak: lex.cues.dateBreak, context, published, earlier: drafts, hits }, f);
      const place = findPlace(doc, lex.places, f.start, Math.min(last, f.end + 12), lex.cues.locativePrepositions)
        ?? findPlace(doc, lex.places, Math.max(sent.first, f.start - 8), f.start, lex.cues.locativePrepositions);
      const trigger: [number, number] = [doc.starts[f.start], doc.ends[f.end - 1]];
      // Evidence: from the first to the last of trigger, actor and recipient within the sentence.
      let from = trigger[0];
      let to = trigger[1];
      for (const p of [f.source, f.target]) {
        if (p && p.span[0] >= sent.start && p.span[1] <= sent.end) { from = Math.min(from, p.span[0]); to = Math.max(to, p.span[1]); }
      }
      let quote = false;
      for (const q of quotes) if (q[0] <= trigger[0] && trigger[1] <= q[1]) quote = true;
      const modeInfo = mode ? info.modes.get(mode) : undefined;
      const issue = issueOf(doc, lex, sent, f);
      for (const [source, target, reciprocal] of dyads(f, info.symmetric)) {
        // Built by assignment, not a trailing spread (V8's slow path); keys stay in report order.
        const d = {
          type: f.type, mode, cameo: f.mode === mode ? f.cameo : modeInfo?.cameo ?? f.cameo, source, target, date,
          location: place ? { name: place.name, country: place.country } : null,
          factuality: f.factuality, evidence: [from, to], trigger, evidenceSpans: [[from, to]],
          quad: QUADS[info.quad], quadCode: info.quad, score: modeInfo?.score ?? info.score,
          context: lex.crosswalk.get(f.cameo)?.contexts ?? [], modality: f.modality, recoded: f.recoded,
          dateSource, symmetric: info.symmetric, reciprocal,
        } as Draft;
        if (issue) d.issue = issue;
        d.reported = quote ? 'quote' : speech < f.start ? 'indirect' : null;
        d.pattern = f.trigger.pattern;
        drafts.push(d);
        sentenceOf.set(d, index);
      }
    }
    for (const d of dates) if (d.value && d.shift === undefined) paraDate.set(sent.paragraph, d.value);
  }
  return mergeEvents(drafts, sentenceOf);
}

/** The events stage over a compiled lexicon. */
export function createEventsStage(lex: EventLexicon): Stage {
  return {
    name: 'events',
    needs: ['zones', 'actors', 'quotes'],
    sets: ['events'],
    run(doc: Doc) {
      doc.events = findEvents(doc, lex);
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
