import type { ActorRef, Event, Span, Stance } from '../../core/types.ts';
import { mentionAtOffset } from '../actors/query.ts';
import { charSpan, clauseSubject, fromReading, inside, sentenceDate, type Context } from './observe.ts';
import type { Reading } from './reading.ts';

function isSpan(v: unknown): v is Span {
  return Array.isArray(v) && v.length === 2 && Number.isInteger(v[0]) && Number.isInteger(v[1]) && v[0] <= v[1];
}

const near = (a: Span, b: Span, slack: number) => a[0] <= b[1] + slack && b[0] <= a[1] + slack;

/** Actors holding an event's stance: its source, and its target when the event is mutual (a group source, a meeting). */
function holders(ctx: Context, e: Event): ActorRef[] {
  const out: ActorRef[] = [e.source];
  const t = e.target;
  if (!t || !(t.name || t.code)) return out;
  const group = isSpan(e.source.span) ? mentionAtOffset(ctx.doc, e.source.span[0]) : null;
  const mutual = e.type === 'CONSULT' || e.symmetric === true || e.joint === true
    || Boolean(group?.actorIds && t.actorId && group.actorIds.includes(t.actorId));
  if (mutual && (t.code !== e.source.code || t.name !== e.source.name)) out.push(t);
  return out;
}

/** The reading an event stands for: the cue at its trigger, else one whose stance its type implies, else the first. */
function pickReading(readings: Reading[], ctx: Context, e: Event, trigger: Span | null, implied: Stance | undefined): Reading | null {
  const inEvidence = readings.filter((r) => inside(ctx.doc, r.cue, e.evidence));
  if (trigger) return inEvidence.find((r) => near(charSpan(ctx.doc, r.cue), trigger, 3)) ?? null;
  return inEvidence.find((r) => r.stance === implied) ?? inEvidence[0] ?? null;
}

/**
 * Whether an event is the content of a stance rather than a stance: its trigger lies between
 * another cue and that cue's issue ("demands that Ukraine *withdraw* from the land"). The stance
 * is the cue's holder's, read from the quote or the sentence instead.
 */
function embedded(ctx: Context, readings: Reading[], trigger: Span): boolean {
  const { doc } = ctx;
  return readings.some((r) => {
    const cue = charSpan(doc, r.cue);
    return !near(cue, trigger, 3) && cue[1] <= trigger[0] && trigger[0] < doc.ends[r.term[1] - 1];
  });
}

/** A hedge ("a potential swap") in the clause just before a cue-less event's trigger: no stance. */
function hedged(ctx: Context, e: Event, s: number, trigger: Span | null): boolean {
  const { doc, lex } = ctx;
  const at = doc.tokenAt((trigger ?? e.evidence)[0]);
  const from = Math.max(doc.sentences[s].first, doc.tokenAt(e.evidence[0]) - 1, at - 5);
  for (let t = from; t <= at && t < doc.tokenCount; t++) if (lex.hedges.has(doc.lower[t]) && doc.pos[t] !== 'PROPN') return true;
  return false;
}

/** The issue of an event without a cue: from its type (and mode), else a term in its evidence nearest the trigger. */
function eventIssue(ctx: Context, e: Event, s: number, anchor: Span): { issue: string; term: Span | null } | null {
  const type = String(e.type).toUpperCase();
  const mode = e.mode ? `${type}:${String(e.mode).toLowerCase()}` : null;
  for (const [id, info] of ctx.lex.issueInfo) if ((mode && info.events.has(mode)) || info.events.has(type)) return { issue: id, term: null };
  let best: { issue: string; term: Span; gap: number } | null = null;
  for (const t of ctx.read(s).terms) {
    const span = charSpan(ctx.doc, t.range);
    if (span[0] < e.evidence[0] || span[1] > e.evidence[1]) continue;
    const gap = Math.max(0, span[0] - anchor[1], anchor[0] - span[1]);
    if (!best || gap < best.gap) best = { issue: t.issue, term: span, gap };
  }
  return best;
}

/** A stance as a negated event turns it (a function, not a closure in the loop: cheaper under tsx). */
function flip(lex: Context['lex'], e: Event, st: Stance | null | undefined): Stance | null {
  return st && e.factuality === 'negated' ? lex.negated[st] ?? null : st ?? null;
}

/** Stances read from events: the event gives actor, date and factuality; the cue or its type, the stance. */
export function fromEvents(ctx: Context): void {
  const { doc, lex } = ctx;
  for (const e of doc.events) {
    if (!e?.source || !isSpan(e.evidence) || !doc.inBody(e.evidence[0])) continue;
    const s = doc.sentenceAt(e.evidence[0]);
    if (s < 0) continue;
    const trigger = isSpan(e.trigger) ? e.trigger : null;
    const implied = lex.eventStance.get(String(e.type).toUpperCase());
    const readings = ctx.read(s).readings;
    if (trigger && embedded(ctx, readings, trigger)) continue;
    const r = pickReading(readings, ctx, e, trigger, implied);
    if (e.factuality === 'hypothetical' && r?.stance !== 'condition') {
      if (r) ctx.claimed.add(doc.starts[r.cue[0]]); // nor may the plain-text reader take it as fact
      continue;
    }
    const extra = { via: 'event' as const, date: e.date ?? null, dateSource: e.date ? 'event' as const : 'none' as const, eventType: e.type };
    for (const h of holders(ctx, e)) {
      if (r) {
        const stance = r.negated ? r.stance : flip(lex, e, r.stance);
        if (stance) fromReading(ctx, s, { ...r, stance }, h, extra);
        continue;
      }
      const stance = flip(lex, e, implied);
      const found = stance && !hedged(ctx, e, s, trigger) ? eventIssue(ctx, e, s, trigger ?? e.evidence) : null;
      if (!stance || !found) continue;
      const actor = { name: h.name, code: h.code, ...(h.actorId ? { actorId: h.actorId } : {}) };
      ctx.add({ actor, issue: found.issue, stance, evidence: [e.evidence[0], e.evidence[1]], cue: trigger, term: found.term, ...extra }, s);
    }
  }
}

function sameActor(a: ActorRef, b: ActorRef): boolean {
  if (a.actorId && b.actorId) return a.actorId === b.actorId;
  return a.name === b.name && a.code === b.code;
}

/** A quote's speaker as a stance holder: name, code and actor, without the span. */
function holderOf(a: ActorRef): ActorRef {
  return { name: a.name, code: a.code, ...(a.actorId ? { actorId: a.actorId } : {}) };
}

/** Stances in quotes: the speaker's, or a third party's the speaker reports ("he said Russia had agreed to …"). */
export function fromQuotes(ctx: Context): void {
  const { doc } = ctx;
  for (const q of doc.quotes) {
    if (!q?.speaker || !isSpan(q.span) || !doc.inBody(q.span[0])) continue;
    const first = doc.sentenceAt(q.span[0]);
    const last = doc.sentenceAt(Math.max(q.span[0], q.span[1] - 1));
    const cueSentence = isSpan(q.cue) ? doc.sentenceAt(q.cue[0]) : first;
    const speaker = holderOf(q.speaker);
    // "Russia and Ukraine said …": every co-speaker holds what the speakers state themselves.
    const speakers = [speaker, ...(q.also ?? []).map(holderOf)];
    for (let s = Math.max(first, 0); s <= last; s++) {
      for (const r of ctx.read(s).readings) {
        if (!inside(doc, r.cue, q.span)) continue;
        const subject = r.cueInfo.speakerHeld ? null : clauseSubject(doc, r, q.span, ctx.lex.possessives);
        const third = subject && !speakers.some((x) => sameActor(subject, x)) ? subject : null;
        for (const holder of third ? [third] : speakers) {
          const when = sentenceDate(ctx, cueSentence >= 0 ? cueSentence : s, holder, isSpan(q.cue) ? q.cue[0] : doc.starts[r.cue[0]]);
          const reportedBy = third ? { reportedBy: { name: speaker.name, code: speaker.code } } : {};
          fromReading(ctx, s, r, holder, { via: 'quote', ...when, ...reportedBy }, q.span);
        }
      }
    }
  }
}

/** Every actor a subject stands for: the members of a group mention ("both sides"), else the subject itself. */
function members(ctx: Context, subject: ActorRef & { span: Span }): ActorRef[] {
  const m = mentionAtOffset(ctx.doc, subject.span[0]);
  if (!m?.actorIds || m.actorIds.length < 2) return [subject];
  const out: ActorRef[] = [];
  for (const id of m.actorIds) {
    const a = ctx.doc.actors.find((x) => x.id === id);
    if (a) out.push({ name: a.name, code: a.code, actorId: a.id });
  }
  return out.length > 0 ? out : [subject];
}

/** Stances stated in plain sentences ("Russia rejected the truce") that no event or quote carried. */
export function fromText(ctx: Context): void {
  const { doc } = ctx;
  for (let s = 0; s < doc.sentences.length; s++) {
    if (!doc.inBody(doc.sentences[s].start)) break;
    for (const r of ctx.read(s).readings) {
      if (r.cueInfo.speakerHeld || ctx.claimed.has(doc.starts[r.cue[0]])) continue;
      const subject = clauseSubject(doc, r, null, ctx.lex.possessives);
      if (!subject || !(subject.code || subject.name)) continue;
      for (const holder of members(ctx, subject)) fromReading(ctx, s, r, holder, { via: 'text', ...sentenceDate(ctx, s, holder, doc.starts[r.cue[0]]) }, subject.span);
    }
  }
}
