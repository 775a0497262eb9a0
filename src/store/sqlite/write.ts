import type Database from 'better-sqlite3';
import type { ActorRef, Report, Span } from '../../core/types.ts';
import { bands, contentHash, hamming, MAX_DISTANCE, MIN_SHINGLES, simHash } from '../hash.ts';
import type { IngestMeta, IngestResult, QuadClass } from '../types.ts';
import { dayOf, sourceKey } from './util.ts';

const cut = (text: string, s: Span | null | undefined): string =>
  s && Array.isArray(s) ? text.slice(Math.max(0, s[0]), Math.max(0, s[1])) : '';

const actorKey = (a: { name?: string; code?: string } | null | undefined): string =>
  !a ? '' : a.code ? a.code : (a.name ?? '').toLowerCase();

/** Where the trailer begins: the zones stage reports it as a message; the caller may know better. */
function bodyEndOf(report: Report, meta: IngestMeta): number {
  if (typeof meta.bodyEnd === 'number') return meta.bodyEnd;
  const m = report.messages.find((x) => x.rule === 'zones/trailer' && x.span);
  return m?.span ? m.span[0] : report.text.length;
}

/** Sentence spans for full-text search: the analyzer's when given, else one per non-empty line. */
function sentenceSpans(text: string, meta: IngestMeta): Span[] {
  if (meta.sentences && meta.sentences.length > 0) return meta.sentences;
  const out: Span[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (m[0].trim()) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Build the ingest function over prepared statements. The returned function writes one article in
 * one IMMEDIATE transaction, so concurrent writers queue and a kill leaves all or nothing.
 */
export function createWriter(db: Database.Database, quadOf: ReadonlyMap<string, QuadClass>) {
  const q = {
    byUrl: db.prepare('SELECT id, story_id FROM articles WHERE url = ?'),
    byHash: db.prepare('SELECT id, story_id, url FROM articles WHERE hash = ?'),
    near: db.prepare(`SELECT story_id, sim_hi, sim_lo FROM articles WHERE b0 = ? UNION ALL
      SELECT story_id, sim_hi, sim_lo FROM articles WHERE b1 = ? UNION ALL
      SELECT story_id, sim_hi, sim_lo FROM articles WHERE b2 = ? UNION ALL
      SELECT story_id, sim_hi, sim_lo FROM articles WHERE b3 = ? LIMIT 200`),
    story: db.prepare('INSERT INTO stories (title, created_at) VALUES (?, ?)'),
    article: db.prepare(`INSERT INTO articles (story_id, hash, url, feed_url, guid, title, source, source_key, published,
      authors, kind, fetched_at, ingested_at, length, sim_hi, sim_lo, b0, b1, b2, b3, n_actors, n_quotes, n_events, n_positions, report)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    sentence: db.prepare('INSERT INTO sentences (article_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)'),
    sentenceFts: db.prepare('INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)'),
    actor: db.prepare('INSERT INTO actors (article_id, local_id, name, code, key, country, kind, n_mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    mention: db.prepare('INSERT INTO mentions (actor_id, start, "end") VALUES (?, ?, ?)'),
    quote: db.prepare('INSERT INTO quotes (article_id, kind, start, "end", speaker_name, speaker_code, day, text, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    quoteFts: db.prepare('INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?, ?, ?)'),
    event: db.prepare(`INSERT INTO events (article_id, type, mode, cameo, src_name, src_code, src_country, tgt_name, tgt_code, tgt_country,
      date, day, quad, score, factuality, sig, source_key, evidence_text, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    eventFts: db.prepare('INSERT INTO events_fts (rowid, evidence_text) VALUES (?, ?)'),
    position: db.prepare(`INSERT INTO positions (article_id, actor_name, actor_code, issue, stance, date, day, evidence_text, json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  };

  const findStory = (sim: { hi: number; lo: number }): number | null => {
    let best: number | null = null;
    let bestD = MAX_DISTANCE + 1;
    for (const r of q.near.all(...bands(sim)) as Array<{ story_id: number; sim_hi: number; sim_lo: number }>) {
      const d = hamming(sim, { hi: r.sim_hi, lo: r.sim_lo });
      if (d < bestD) [best, bestD] = [r.story_id, d];
    }
    return best;
  };

  const country = (ref: ActorRef | null): string | null => (ref?.code && ref.code.length >= 3 ? ref.code.slice(0, 3) : null);

  const write = (report: Report, meta: IngestMeta): IngestResult => {
    const text = report.text;
    const url = meta.url ?? report.article.url ?? null;
    const hash = contentHash(text);
    if (url) {
      const r = q.byUrl.get(url) as { id: number; story_id: number } | undefined;
      if (r) return { articleId: r.id, storyId: r.story_id, duplicate: true, reason: 'url' };
    }
    // The same text is a duplicate unless both copies have their own URLs: then it is a syndicated
    // copy, stored as a second article of the same story so sources can be counted.
    const same = q.byHash.all(hash) as Array<{ id: number; story_id: number; url: string | null }>;
    const dup = same.find((r) => !url || !r.url);
    if (dup) return { articleId: dup.id, storyId: dup.story_id, duplicate: true, reason: 'hash' };
    const copyOf = same[0]?.story_id ?? null;

    const now = new Date().toISOString();
    const sim = simHash(text.slice(0, bodyEndOf(report, meta)));
    const useSim = sim.shingles >= MIN_SHINGLES;
    const title = report.article.title ?? null;
    const storyId = copyOf ?? (useSim ? findStory(sim) : null) ?? Number(q.story.run(title, now).lastInsertRowid);
    const source = report.article.source ?? meta.source ?? null;
    const skey = sourceKey(source, url);
    const published = report.article.published ?? null;
    const b = useSim ? bands(sim) : [null, null, null, null];
    const articleId = Number(q.article.run(
      storyId, hash, url, meta.feedUrl ?? null, meta.guid ?? null, title, source, skey, published,
      JSON.stringify(report.article.authors ?? []), meta.kind ?? null, meta.fetchedAt ?? null, now, text.length,
      useSim ? sim.hi : null, useSim ? sim.lo : null, b[0], b[1], b[2], b[3],
      report.actors.length, report.quotes.length, report.events.length, report.positions.length,
      JSON.stringify(report),
    ).lastInsertRowid);

    sentenceSpans(text, meta).forEach((s, i) => {
      const t = cut(text, s);
      const id = q.sentence.run(articleId, i, s[0], s[1], t).lastInsertRowid;
      q.sentenceFts.run(id, t);
    });
    for (const a of report.actors) {
      const id = q.actor.run(articleId, a.id, a.name, a.code ?? '', actorKey(a), (a.country as string | null) ?? null,
        (a.kind as string | null) ?? null, a.mentions.length).lastInsertRowid;
      for (const m of a.mentions) q.mention.run(id, m[0], m[1]);
    }
    for (const quote of report.quotes) {
      const t = cut(text, quote.span);
      const id = q.quote.run(articleId, quote.kind, quote.span[0], quote.span[1], quote.speaker?.name ?? null,
        quote.speaker?.code ?? null, published, t, JSON.stringify(quote)).lastInsertRowid;
      q.quoteFts.run(id, t, quote.speaker?.name ?? '');
    }
    for (const e of report.events) {
      const t = cut(text, e.evidence);
      const day = dayOf(e.date) ?? published;
      const sig = [e.type, actorKey(e.source), actorKey(e.target), day ?? ''].join('|');
      const quad = typeof e.quad === 'string' ? e.quad : quadOf.get(e.type) ?? null;
      const rawScore = typeof e.score === 'number' ? e.score : e.goldstein;
      const id = q.event.run(articleId, e.type, e.mode ?? null, e.cameo ?? null,
        e.source?.name ?? null, e.source?.code ?? null, country(e.source),
        e.target?.name ?? null, e.target?.code ?? null, country(e.target),
        e.date ?? null, day, quad, typeof rawScore === 'number' ? rawScore : null, e.factuality ?? null,
        sig, skey, t, JSON.stringify(e)).lastInsertRowid;
      q.eventFts.run(id, t);
    }
    for (const p of report.positions) {
      q.position.run(articleId, p.actor?.name ?? null, p.actor?.code ?? null, p.issue, p.stance, p.date ?? null,
        dayOf(p.date) ?? published, cut(text, p.evidence), JSON.stringify(p));
    }
    return { articleId, storyId, duplicate: false, reason: null };
  };

  const transaction = db.transaction(write);
  return (report: Report, meta: IngestMeta = {}): IngestResult => transaction.immediate(report, meta);
}
