import type { Doc } from '../../core/doc.ts';
import { QUESTION_WORDS } from './content.ts';
import { DAYS } from './time-words.ts';
import { invertedSpeaker } from './inversion.ts';
import type { Frame } from './frames.ts';
import { REPORTING } from './lexicon.ts';
import { invertible, isPassive, sharesSubject, subjectAfter, subjectBefore, type SpeakerPhrase } from './subject.ts';
import { coordinated } from './coordination.ts';
import { mainSubject } from './main-subject.ts';
import { agentBy, lastClause, ledParticiple, openingParticiple, passiveCue, passiveSubject, reducedPassive, subjectAfterComma } from './clause-shapes.ts';

/**
 * Find frame `f`'s speaker phrase and the start of its clause, between the previous cue (`floor`)
 * and the next one (`limit`): after "according to"; the sentence's subject for a cue that shares it
 * ("X did Y, saying …") or opens the sentence as a participle ("After thanking …, X …"); the agent
 * of a passive cue; an inverted speaker ("…, said X"); else the noun phrase before the cue, with
 * any co-speakers coordinated with it ("Russia and Ukraine said"). Sets `f.phrase`, `f.clauseStart`
 * and, as the case may be, `f.passiveSubject`, `f.opening` and `f.also`.
 */
export function speakerPhrase(doc: Doc, f: Frame, floor: number, limit: number): void {
  const { c0, c1 } = f;
  if (f.entry.kind === 'according') {
    // ("according to sources familiar …": after "to" the tagger may read the noun as a verb.)
    f.phrase = subjectAfter(doc, c1, limit) ?? (c1 < limit && doc.pos[c1] === 'VERB' ? { a: c1, b: c1 + 1, clauseStart: c1 } : null);
    // "according to a report from X", "… a court filing by X", "… audio provided by X": X is the source.
    if (f.phrase) f.phrase = sourceBehind(doc, f.phrase, limit) ?? f.phrase;
    f.clauseStart = c0 > floor && doc.lower[c0 - 1] === ',' ? c0 - 1 : c0;
    return;
  }
  // "Asked by Ana Roe whether …", "As reported by the Journal, …": a passive cue opening the sentence has its agent after "by".
  if (doc.lower[c1] === 'by' && opensClause(doc, f)) {
    const p = subjectAfter(doc, c1 + 1, limit);
    if (p) {
      f.phrase = { ...p, clauseStart: c0 };
      f.clauseStart = c0;
      return;
    }
  }
  // "After thanking the crowd, …, Senator X left", "Having announced …, the mayor …": the main
  // clause's subject after the phrase speaks, before any noun the phrase itself holds.
  if (ledParticiple(doc, f)) {
    const p = subjectAfterComma(doc, f.c1, limit);
    if (p) {
      f.phrase = p;
      f.opening = true;
      f.clauseStart = c0;
      return;
    }
  }
  if (sharesSubject(doc, c0, floor)) {
    f.phrase = mainSubject(doc, lastClause(doc, doc.sentences[f.sentence].first, c0), c0);
    f.clauseStart = c0 - 1;
    return;
  }
  if (isPassive(doc, c0, floor) || passiveCue(doc, c0, f.c1) || (!REPORTING.has(f.entry.kind) && reducedPassive(doc, c0, f.c1))) {
    f.clauseStart = c0;
    // "The plan was endorsed by the council": the agent after "by" is the source, the subject the content.
    // ("was recommended to Trump most forcefully by X": a short phrase may stand before "by".)
    const by = agentBy(doc, f.c1, limit);
    const subject = by >= 0 ? passiveSubject(doc, c0, floor) : null;
    if (subject) {
      f.phrase = subjectAfter(doc, by + 1, limit);
      if (f.phrase) f.passiveSubject = subject;
    }
    return;
  }
  // ("…,” Butz, 49, told the Post": a verb that never inverts has its hearer after it.)
  const inverts = REPORTING.has(f.entry.kind) && f.entry.inverts !== false;
  // (Only a verb of saying looks past a relative clause for its subject: a stance cue's is too often in it.)
  f.phrase = (inverts && invertedSpeaker(doc, c0, f.c1, floor, limit)) || subjectBefore(doc, c0, floor, REPORTING.has(f.entry.kind));
  // Only verbs of saying invert ("…, said Mr. X"); "…, talking about the bridge" has its object there.
  // "…, said Thursday the plan …": a day after the cue is when, and what follows is what was said.
  // ("Recalling the war, the statement urged …": an opening participle's object is no inverted speaker.)
  if (!f.phrase && inverts && invertible(doc, c0, floor) && !DAYS.has(doc.lower[c1]) && !QUESTION_WORDS.has(doc.lower[c1]) && !openingParticiple(doc, f)) f.phrase = subjectAfter(doc, c1, limit);
  f.clauseStart = f.phrase && f.phrase.a < c0 ? f.phrase.clauseStart : c0;
  // "Russia and Ukraine said": both speak; the cue's clause starts at the first of them.
  if (f.phrase && f.phrase.b <= c0) {
    const also = coordinated(doc, f.phrase, floor);
    if (also.length) {
      f.also = also;
      f.clauseStart = Math.min(f.clauseStart, also[also.length - 1].clauseStart);
    }
  }
  // "Mr. X spoke for an hour, mostly talking about …": no subject next to the cue, so the
  // sentence's subject speaks; the clause keeps starting at the cue.
  if (!f.phrase && c0 > doc.sentences[f.sentence].first) f.phrase = mainSubject(doc, doc.sentences[f.sentence].first, c0);
  // "Noting that …, Mayor X said …": a participle opening the sentence has the main clause's subject.
  if (!f.phrase && openingParticiple(doc, f)) {
    f.phrase = subjectAfterComma(doc, f.c1, limit);
    f.opening = f.phrase !== null;
  }
}

const BEHIND = new Set(['from', 'by']);

/** The phrase after "from"/"by" inside phrase `p` or right after it (maybe after a participle: "filed by"), or null. */
function sourceBehind(doc: Doc, p: SpeakerPhrase, limit: number): SpeakerPhrase | null {
  for (let k = p.a + 1; k < p.b - 1; k++) if (BEHIND.has(doc.lower[k])) return { a: k + 1, b: p.b, clauseStart: k + 1 };
  const k = doc.pos[p.b] === 'VERB' && doc.lower[p.b + 1] === 'by' ? p.b + 1 : p.b;
  return BEHIND.has(doc.lower[k]) ? subjectAfter(doc, k + 1, limit) : null;
}

/** Whether frame `f`'s cue opens its sentence, maybe after "as" ("Asked by …", "As reported by …"). */
function opensClause(doc: Doc, f: Frame): boolean {
  let i = doc.sentences[f.sentence].first;
  while (i < f.c0 && doc.pos[i] === 'PUNCT') i++;
  return i === f.c0 || (i + 1 === f.c0 && doc.lower[i] === 'as');
}
