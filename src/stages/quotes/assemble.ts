import type { Doc } from '../../core/doc.ts';
import type { Span } from '../../core/types.ts';
import type { Frame } from './frames.ts';
import { shortQuote, type Marked } from './marks.ts';
import type { Speaker } from './phrase.ts';
import { coSpeakers, frameSpeakers, speakerRef } from './frame-speakers.ts';
import { clauseSubject, speakerAfter, speakerBefore } from './floating.ts';
import { colonLead, dashTag, transcriptLabel } from './tags.ts';
import type { QuoteHook } from './filter.ts';
import { finalStop, onePerSpan } from './finish.ts';

import type { QuoteOut } from './index.ts';

interface Item {
  quote: QuoteOut;
  frame: Frame | null;
  /** The earlier item whose speaker this one shares (a split or continued quote). */
  from: Item | null;
  paragraph: number;
  /** The quotation of a quote no cue took (a floating or continued quote). */
  marked?: Marked;
}

/** A floating quote takes the last speaker only if that speaker spoke this many paragraphs ago at most. */
const FLOAT_PARAGRAPHS = 3;

const cueSpan = (doc: Doc, f: Frame): Span => [doc.starts[f.c0], doc.ends[f.c1 - 1]];
const inner = (m: Marked): Span => [m.start, m.end];
/** A direct quote's span: the quotation with its marks, as printed (and as PARC and PolNeAR mark it); to the text's end of a quote that never closes. */
const quoted = (doc: Doc, m: Marked): Span => [doc.starts[m.open], m.close >= 0 ? doc.ends[m.close] : m.end];

/** Relative pronouns that can stand for what a relative clause's cue reports ("a plan which she called …"). */
const RELATIVE_OBJECTS = new Set(['which', 'who', 'whom', 'what', 'that']);

/**
 * The relative pronoun a cue's content starts from, or -1: in "the plan, which Roe called a farce"
 * what Roe said is "which … a farce" (PARC and PolNeAR take the pronoun into the content). "that"
 * counts only after a noun and when no other cue's content starts at it ("told reporters that …").
 */
function relativeStart(doc: Doc, f: Frame, starts: Set<number>): number {
  const p = f.phrase;
  if (!p || p.anchor !== undefined || !f.content || f.content.a < f.c1) return -1;
  const r = p.a - 1;
  if (r <= doc.sentences[f.sentence].first || !RELATIVE_OBJECTS.has(doc.lower[r])) return -1;
  if (doc.lower[r] === 'that' && (starts.has(r) || !(doc.pos[r - 1] === 'NOUN' || doc.pos[r - 1] === 'PROPN'))) return -1;
  return r;
}

/** Turn a frame's content into a quote: direct when the content is one quotation, else mixed or indirect. */
function frameQuote(doc: Doc, f: Frame, byOpen: Map<number, Marked>, used: Map<Marked, Item>, starts: Set<number>): Item | null {
  const para = doc.sentences[f.sentence].paragraph;
  if (f.marked) {
    // "X asserted that …: “A,” he claimed.": the quote inside X's report is also his own, nested.
    const item: Item = { quote: { kind: 'direct', span: quoted(doc, f.marked), fragments: [inner(f.marked)], cue: cueSpan(doc, f), speaker: null, cueKind: f.entry.kind }, frame: f, from: null, paragraph: para };
    // (A quote that goes on after it continues this tag's speaker, not the outer report's.)
    used.set(f.marked, item);
    return item;
  }
  const c = f.content;
  if (!c) return null;
  const ms: Marked[] = [];
  for (let i = c.a; i < c.b; i++) {
    const m = byOpen.get(i);
    if (m && !used.has(m)) ms.push(m);
  }
  const item: Item = { quote: { kind: 'indirect', span: [doc.starts[c.a], doc.ends[c.b - 1]], cue: cueSpan(doc, f), speaker: null, cueKind: f.entry.kind }, frame: f, from: null, paragraph: para };
  if (ms.length === 1 && ms[0].open <= c.a && (ms[0].close < 0 || ms[0].close >= c.b - 2)) {
    item.quote.kind = 'direct';
    item.quote.span = quoted(doc, ms[0]);
    item.quote.fragments = [inner(ms[0])];
  } else if (ms.length) {
    item.quote.kind = 'mixed';
    item.quote.fragments = ms.map(inner);
  }
  for (const m of ms) used.set(m, item);
  const r = relativeStart(doc, f, starts);
  if (r >= 0) {
    if (item.quote.kind === 'direct') item.quote.kind = 'mixed';
    item.quote.span = [doc.starts[r], item.quote.span[1]];
  }
  return item;
}

/** The frames whose cue lies in what another frame of their sentence reports (frames come in sentence order). */
function nestedFrames(frames: Frame[]): Set<Frame> {
  const out = new Set<Frame>();
  for (let i = 0, start = 0; i < frames.length; i++) {
    const f = frames[i];
    if (frames[start].sentence !== f.sentence) start = i;
    for (let j = start; j < frames.length && frames[j].sentence === f.sentence; j++) {
      const c = frames[j].content;
      if (j !== i && c && c.a <= f.c0 && f.c1 <= c.b) {
        out.add(f);
        break;
      }
    }
  }
  return out;
}

/**
 * Build the report quotes from cue frames and marked quotes, and give each its speaker in text order:
 * a cue's speaker phrase; for a quote split by its attribution or reopened in the next paragraph,
 * the speaker of the part before; for a floating quote, the last speaker. `keep`, when given, decides
 * which quotes stay (the learned quote filter, filter.ts).
 */
export function assemble(doc: Doc, frames: Frame[], marked: Marked[], utterances: Set<string>, keep: QuoteHook | null = null): QuoteOut[] {
  const byOpen = new Map(marked.map((m) => [m.open, m]));
  const used = new Map<Marked, Item>();
  const items: Item[] = [];
  const starts = new Set(frames.flatMap((f) => (f.content ? [f.content.a] : [])));
  for (const f of frames) {
    if (!f.content && !f.marked && !f.colon) continue;
    const item = frameQuote(doc, f, byOpen, used, starts);
    if (item) items.push(item);
    else if (!f.content && !f.marked) {
      // "… said:" with the quote opening right after, maybe in the next paragraph.
      const m = byOpen.get(f.c1 + 1);
      if (m && !used.has(m)) {
        const it: Item = { quote: { kind: 'direct', span: quoted(doc, m), fragments: [inner(m)], cue: cueSpan(doc, f), speaker: null, cueKind: f.entry.kind }, frame: f, from: null, paragraph: m.paragraph };
        used.set(m, it);
        items.push(it);
      }
    }
  }
  let prev: Marked | null = null;
  for (const m of marked) {
    const before = prev;
    prev = m;
    if (used.has(m)) continue;
    const s = doc.sentences[doc.sentenceAt(doc.starts[m.open])];
    const leads = m.open === s.first || (doc.pos[m.open - 1] === 'PUNCT' && doc.starts[m.open - 1] >= s.start && m.open - 1 === s.first);
    // A short quoted run inside a sentence, with no cue, is a scare quote or a title, not speech.
    if (!leads && shortQuote(m)) continue;
    const earlier = before ? used.get(before) ?? null : null;
    const linked = earlier && (m.continues || (before!.paragraph === m.paragraph && leads)) ? earlier : null;
    const item: Item = {
      quote: { kind: 'direct', span: quoted(doc, m), fragments: [inner(m)], cue: linked?.quote.cue ?? null, speaker: null },
      frame: null, from: linked, paragraph: m.paragraph, marked: m,
    };
    used.set(m, item);
    items.push(item);
  }
  const spoken = frameSpeakers(doc, frames, utterances);
  items.sort((x, y) => x.quote.span[0] - y.quote.span[0]);
  let last: Speaker | null = null;
  let lastPara = -1;
  let outerEnd = -1;
  const kept: Item[] = [];
  // Cues nested in what another reports speak no later quote.
  const skip = nestedFrames(frames);
  for (const it of items) {
    let sp: Speaker | null = null;
    const own = it.marked ?? it.frame?.marked ?? null;
    const label = own ? transcriptLabel(doc, own, utterances) : null;
    // ("“ROE: We will …”": the marks hold the label too, so the span is the words after it.)
    if (label) it.quote.fragments = [it.quote.span = [doc.starts[label.after], own!.end]];
    // A quote no cue took: a tag naming its speaker, the cue right after it, the quote it continues,
    // the cue before it, the last speaker.
    const tag = !label && it.marked ? dashTag(doc, it.marked, utterances) ?? colonLead(doc, it.marked, utterances) : null;
    const near = it.marked && !tag ? speakerAfter(doc, frames, spoken, it.marked) : null;
    if (label) sp = label.speaker;
    else if (it.frame) sp = spoken.get(it.frame) ?? null;
    else if (tag) sp = tag;
    else if (near) sp = near;
    else if (it.from) sp = it.from.quote.speaker ? { ...it.from.quote.speaker, named: true } : null;
    else if (it.marked && (sp = clauseSubject(doc, it.marked, utterances))) { /* the subject of its own clause */ }
    else if (it.marked && (sp = speakerBefore(doc, frames, spoken, it.marked, skip))) { /* the nearest cue's own mention */ }
    else if (!it.frame && last && it.paragraph - lastPara <= FLOAT_PARAGRAPHS) sp = last;
    it.quote.speaker = sp ? speakerRef(sp) : null;
    if (it.quote.speaker && it.frame?.also) it.quote.also = coSpeakers(doc, it.frame.also, utterances);
    if (keep && !keep(doc, it.quote, it.frame)) continue;
    kept.push(it);
    // The last speaker is the last one of a quote the report keeps, and not of one nested in another
    // ("Carter said that critics had predicted …": a quote after it is still Carter's).
    const nested = it.quote.span[1] <= outerEnd;
    outerEnd = Math.max(outerEnd, it.quote.span[1]);
    if (sp && !nested) {
      last = sp;
      lastPara = it.paragraph;
    }
  }
  for (const it of kept) finalStop(doc, it.quote);
  return onePerSpan(kept.map((it) => it.quote));
}
