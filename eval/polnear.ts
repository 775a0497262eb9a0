import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analyzer } from '../src/analyzer.ts';
import type { Quote, Span } from '../src/core/types.ts';
import { coverage, overlap, pct, prf } from './match.ts';

/** One PolNeAR attribution: source, cue and content spans (each possibly discontinuous). */
export interface Attribution { source: Span[]; cue: Span[]; content: Span[] }

/** Parse a brat standoff .ann file into attributions (E lines tie T spans together). */
export function parseBrat(ann: string): Attribution[] {
  const spans = new Map<string, { label: string; spans: Span[] }>();
  const out: Attribution[] = [];
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, info] = line.split('\t');
      if (!info) continue;
      const sp = info.indexOf(' ');
      const label = info.slice(0, sp);
      const ranges = info.slice(sp + 1).split(';').map((r) => r.trim().split(/\s+/).map(Number) as Span);
      spans.set(id, { label, spans: ranges });
    } else if (line.startsWith('E')) events.push(line);
  }
  for (const line of events) {
    const a: Attribution = { source: [], cue: [], content: [] };
    for (const part of line.split('\t')[1]?.split(/\s+/) ?? []) {
      const [role, ref] = part.split(':');
      const t = spans.get(ref);
      if (!t) continue;
      if (role === 'Source') a.source.push(...t.spans);
      else if (role === 'Cue') a.cue.push(...t.spans);
      else if (role === 'Content') a.content.push(...t.spans);
    }
    if (a.content.length) out.push(a);
  }
  return out;
}

/** One scoring mistake, for `--misses`: a gold content not found, a wrong speaker, or a report quote outside every gold content. */
export interface Miss {
  kind: 'content' | 'speaker' | 'spurious';
  file: string;
  text: string;
  gold: Attribution | null;
  quote: Quote | null;
}

const clip = (text: string, s: Span, max = 160) => {
  const t = text.slice(s[0], s[1]).replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max / 2)} … ${t.slice(-max / 2)}` : t;
};

/** One line (two for a gold attribution) describing a mistake, for `--misses`. */
export function printMiss(m: Miss): string {
  const q = m.quote;
  const pred = q ? `pred[${q.kind}] "${clip(m.text, q.span)}" speaker=${q.speaker ? `"${clip(m.text, q.speaker.span)}"` : '∅'}` : 'pred ∅';
  if (!m.gold) return `${m.kind.padEnd(8)} ${m.file}: ${pred}`;
  const g = m.gold;
  const src = g.source.map((s) => clip(m.text, s)).join(' … ') || '∅';
  const cue = g.cue.map((s) => clip(m.text, s)).join(' … ') || '∅';
  return `${m.kind.padEnd(8)} ${m.file}: gold src="${src}" cue="${cue}" content="${g.content.map((s) => clip(m.text, s)).join(' … ')}"\n         ${pred}`;
}

const len = (spans: Span[]) => spans.reduce((n, s) => n + s[1] - s[0], 0);
const hull = (spans: Span[]): Span => [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];

function metadataDates(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const file = join(dir, '..', 'metadata.tsv');
  if (!existsSync(file)) return out;
  const [head, ...rows] = readFileSync(file, 'utf8').split('\n');
  const cols = head.split('\t');
  const fi = cols.indexOf('filename');
  const di = cols.indexOf('publication_date');
  for (const r of rows) {
    const c = r.split('\t');
    if (c[fi]) out.set(c[fi], c[di]);
  }
  return out;
}

/**
 * Score quotes against PolNeAR dev: content recall/precision/F1 at 30 % overlap (a gold content is
 * found when a report quote covers ≥ 30 % of it; a report quote is right when ≥ 30 % of it lies in
 * gold contents), speaker accuracy (the matched quote's speaker span overlaps the gold source), and
 * recall on attributions whose content holds a quotation mark.
 */
export function evalPolnear(dir: string, analyzer: Analyzer, log: (s: string) => void, limit = Infinity, onMiss?: (m: Miss) => void, only?: (base: string) => boolean) {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  const dates = metadataDates(dir);
  // Some articles were annotated by several annotators: score each article once, on its first file.
  const seen = new Set<string>();
  const files = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()
    .filter((f) => {
      const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
      if (seen.has(base) || (only && !only(base))) return false;
      seen.add(base);
      return true;
    })
    .slice(0, limit);
  let gold = 0, found = 0, pred = 0, predRight = 0, withSource = 0, speakerRight = 0, marked = 0, markedFound = 0;
  let chars = 0;
  const t0 = performance.now();
  for (const f of files) {
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    const textFile = join(textDir, `${base}.txt`);
    if (!existsSync(textFile)) continue;
    const text = readFileSync(textFile, 'utf8');
    chars += text.length;
    const attrs = parseBrat(readFileSync(join(annDir, f), 'utf8'));
    const report = analyzer.analyze({ id: base, text, published: dates.get(base) ?? null });
    const quotes = report.quotes;
    pred += quotes.length;
    const contents = attrs.flatMap((a) => a.content);
    for (const q of quotes) {
      const inside = contents.reduce((n, c) => n + overlap(q.span, c), 0);
      if (inside >= 0.3 * (q.span[1] - q.span[0])) predRight++;
      else onMiss?.({ kind: 'spurious', file: base, text, gold: null, quote: q });
    }
    for (const a of attrs) {
      gold++;
      const g = hull(a.content);
      const total = len(a.content);
      // The matching quote covers most of the gold content; of quotes covering it equally (an outer
      // quote holds a nested one whole), the tightest, whose own text lies most inside it.
      const best = quotes
        .map((q) => {
          const inside = a.content.reduce((n, c) => n + overlap(q.span, c), 0);
          return { q, cov: inside / total, tight: inside / Math.max(1, q.span[1] - q.span[0]) };
        })
        .sort((x, y) => y.cov - x.cov || y.tight - x.tight)[0];
      const hasMark = /[“”"]/.test(text.slice(g[0], g[1]));
      if (hasMark) marked++;
      if (!best || best.cov < 0.3) {
        onMiss?.({ kind: 'content', file: base, text, gold: a, quote: best?.q ?? null });
        continue;
      }
      found++;
      if (hasMark) markedFound++;
      if (a.source.length) {
        withSource++;
        const sp = best.q.speaker?.span;
        if (sp && a.source.some((s) => overlap(sp, s) > 0)) speakerRight++;
        else onMiss?.({ kind: 'speaker', file: base, text, gold: a, quote: best.q });
      }
    }
  }
  const ms = performance.now() - t0;
  const m = prf(found, gold, gold);
  const precision = pred ? predRight / pred : 0;
  const f1 = precision + m.r ? (2 * precision * m.r) / (precision + m.r) : 0;
  log(`== PolNeAR ${dir.split('/').slice(-1)[0]}: ${files.length} articles, ${gold} attributions, ${(chars / 1e6).toFixed(2)} M chars in ${(ms / 1000).toFixed(1)} s`);
  log(`quotes (content @30%): recall ${pct(m.r)} (${found}/${gold}), precision ${pct(precision)} (${predRight}/${pred}), F1 ${pct(f1)}`);
  log(`speaker accuracy: ${pct(withSource ? speakerRight / withSource : 0)} (${speakerRight}/${withSource} found attributions with a source)`);
  log(`attributions with a quotation mark found: ${pct(marked ? markedFound / marked : 0)} (${markedFound}/${marked})`);
  return { recall: m.r, precision, f1, speakerAccuracy: withSource ? speakerRight / withSource : 0, markedRecall: marked ? markedFound / marked : 0 };
}
