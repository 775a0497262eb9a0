import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analyzer } from '../src/analyzer.ts';
import type { Event, Report } from '../src/core/types.ts';
import { coverage, pct, prf, sameName } from './match.ts';

interface GoldActor { name: string; code: string; aliases: string[] }
interface GoldQuote { at: number; speaker: string; text: string }
interface GoldEvent { id: string; required: boolean; types: string[]; source: string; target: string; symmetric?: boolean; date: string; evidence: string }
interface MustNot { why: string; types?: string[]; source?: string; issue?: string; names?: string[] }
export interface Gold {
  doc: string;
  article: { title: string; source: string; published: string; authors: string[] };
  actors: GoldActor[];
  not_actors: string[];
  quotes: GoldQuote[];
  events: GoldEvent[];
  must_not: MustNot[];
}

const country = (code: string | undefined | null) => (code ?? '').slice(0, 3).toUpperCase();

function fits(goldCountry: string, code: string | undefined | null): boolean {
  return goldCountry === '*' || country(code) === goldCountry;
}

/** Whether a report event matches a gold event under the rules of ../shared/eval/README.md. */
export function eventMatches(e: Event, g: GoldEvent): boolean {
  if (!g.types.includes(e.type)) return false;
  if (g.date !== '*' && !(e.date ?? '').startsWith(g.date)) return false;
  const s = e.source?.code;
  const t = e.target?.code;
  if (fits(g.source, s) && fits(g.target, t)) return true;
  return Boolean(g.symmetric) && fits(g.source, t) && fits(g.target, s);
}

const asserted = (e: Event) => !e.factuality || e.factuality === 'asserted';

/** Score one report against one gold file; print the figures and return them. */
export function scoreSeed(gold: Gold, report: Report, log: (s: string) => void) {
  const a = report.article;
  log(`article: title ${a.title === gold.article.title ? 'ok' : `MISS (${a.title})`}, source ${a.source === gold.article.source ? 'ok' : `MISS (${a.source})`}, published ${a.published === gold.article.published ? 'ok' : `MISS (${a.published})`}, authors ${gold.article.authors.every((x) => a.authors.includes(x)) ? 'ok' : `MISS (${a.authors.join(', ')})`}`);

  let actorsFound = 0;
  for (const g of gold.actors) {
    const hit = report.actors.find((x) => sameName(x.name, g.name, g.aliases) && country(x.code) === country(g.code));
    if (hit) actorsFound++;
    else {
      const named = report.actors.find((x) => sameName(x.name, g.name, g.aliases));
      log(`  actor missed: ${g.name} ${g.code}${named ? ` (found as ${named.name} ${named.code || '—'})` : ''}`);
    }
  }
  log(`actors: ${actorsFound}/${gold.actors.length} with the right country code`);

  const quotes = report.quotes.filter((q) => q.kind !== 'indirect');
  const used = new Set<number>();
  let qFound = 0;
  let qSpeaker = 0;
  for (const g of gold.quotes) {
    const span: [number, number] = [g.at + 1, g.at + 1 + g.text.length];
    const i = quotes.findIndex((q) => coverage(q.span, span) >= 0.8);
    if (i < 0) {
      log(`  quote missed @${g.at}: “${g.text.slice(0, 60)}”`);
      continue;
    }
    used.add(i);
    qFound++;
    if (sameName(quotes[i].speaker?.name, g.speaker)) qSpeaker++;
    else log(`  speaker wrong @${g.at}: got ${quotes[i].speaker?.name ?? 'none'}, want ${g.speaker}`);
  }
  const extra = quotes.filter((_, i) => !used.has(i));
  log(`quotes: found ${qFound}/${gold.quotes.length}, speakers right ${qSpeaker}/${gold.quotes.length}, extra ${extra.length}`);
  for (const q of extra) log(`  extra quote: “${report.text.slice(q.span[0], q.span[1]).slice(0, 70)}”`);

  const events = report.events.filter(asserted);
  const required = gold.events.filter((g) => g.required);
  const matchedGold = new Set<string>();
  let falsePos = 0;
  for (const e of events) {
    const hits = gold.events.filter((g) => eventMatches(e, g));
    if (hits.length === 0) {
      falsePos++;
      log(`  false positive: ${e.type} ${e.source?.code || e.source?.name}→${e.target?.code || e.target?.name || '—'} ${e.date ?? '?'} “${report.text.slice(e.evidence[0], e.evidence[1]).slice(0, 90)}”`);
    } else for (const h of hits) matchedGold.add(h.id);
  }
  const recalled = required.filter((g) => matchedGold.has(g.id)).length;
  for (const g of required) if (!matchedGold.has(g.id)) log(`  required event missed: ${g.id} ${g.types.join('|')} ${g.source}→${g.target} ${g.date} “${g.evidence}”`);
  const matchedEvents = events.length - falsePos;
  const precision = matchedEvents + falsePos ? matchedEvents / (matchedEvents + falsePos) : 0;
  const recall = required.length ? recalled / required.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  log(`events: recall ${recalled}/${required.length} (${pct(recall)}), precision ${pct(precision)} (${matchedEvents} matched, ${falsePos} false), F1 ${pct(f1)}`);

  let broken = 0;
  for (const rule of gold.must_not) {
    if (rule.names) {
      const bad = [
        ...report.quotes.map((q) => q.speaker?.name),
        ...report.events.flatMap((e) => [e.source?.name, e.target?.name]),
        ...report.actors.map((x) => x.name),
      ].filter((n) => n && rule.names!.some((m) => sameName(n, m)));
      if (bad.length) { broken++; log(`  must_not broken (${rule.why}): ${[...new Set(bad)].join(', ')}`); }
    }
    if (rule.types) {
      const word = (rule.issue ?? '').replace(/fire$/, '');
      const bad = events.filter((e) => rule.types!.includes(e.type) && (!rule.source || country(e.source?.code) === rule.source) &&
        (!rule.issue || (e.issue !== undefined ? e.issue === rule.issue : evidenceText(report, e).includes(word))));
      if (bad.length) { broken++; log(`  must_not broken (${rule.why}): ${bad.map((e) => e.type).join(', ')}`); }
    }
  }
  log(`must_not: ${broken} broken of ${gold.must_not.length}`);
  return { actors: actorsFound / gold.actors.length, quotesFound: qFound, quotesGold: gold.quotes.length, speakers: qSpeaker, extraQuotes: extra.length, eventRecall: recall, eventPrecision: precision, eventF1: f1, mustNotBroken: broken, events: prf(matchedEvents, events.length, required.length) };
}

/** The event's evidence words, lower-cased and without hyphens, for issue checks. */
function evidenceText(report: Report, e: Event): string {
  return report.text.slice(e.evidence[0], e.evidence[1]).toLowerCase().replace(/-/g, '');
}

/** Run the analyzer on a gold file's document and score it. */
export function evalGoldFile(shared: string, file: string, analyzer: Analyzer, log: (s: string) => void) {
  const gold = JSON.parse(readFileSync(join(shared, 'eval', file), 'utf8')) as Gold;
  const text = readFileSync(join(shared, gold.doc), 'utf8');
  const report = analyzer.analyze({ id: gold.doc, text, published: gold.article.published });
  log(`== ${file} (${gold.doc})`);
  return { gold, report, scores: scoreSeed(gold, report, log) };
}
