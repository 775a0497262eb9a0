import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analyzer } from '../src/analyzer.ts';
import type { Quote, Span } from '../src/core/types.ts';
import { pct } from './match.ts';
import { emptyTally, rates, scoreArticle } from './score.ts';

/** One PolNeAR attribution: source, cue and content spans (each possibly discontinuous). */
export interface Attribution { source: Span[]; cue: Span[]; content: Span[] }

/** The article an annotation file belongs to ("nyt_x_3f2a.ann" → "nyt_x"): one file per annotator. */
export function annBase(file: string): string {
  return file.replace(/_[0-9a-f]{4}\.ann$/, '');
}

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
      const base = annBase(f);
      if (seen.has(base) || (only && !only(base))) return false;
      seen.add(base);
      return true;
    })
    .slice(0, limit);
  const t = emptyTally();
  let chars = 0;
  const t0 = performance.now();
  for (const f of files) {
    const base = annBase(f);
    const textFile = join(textDir, `${base}.txt`);
    if (!existsSync(textFile)) continue;
    const text = readFileSync(textFile, 'utf8');
    chars += text.length;
    const attrs = parseBrat(readFileSync(join(annDir, f), 'utf8'));
    const report = analyzer.analyze({ id: base, text, published: dates.get(base) ?? null });
    scoreArticle(base, text, attrs, report.quotes, t, onMiss);
  }
  const ms = performance.now() - t0;
  const m = rates(t);
  log(`== PolNeAR ${dir.split('/').slice(-1)[0]}: ${files.length} articles, ${t.gold} attributions, ${(chars / 1e6).toFixed(2)} M chars in ${(ms / 1000).toFixed(1)} s`);
  log(`quotes (content @30%): recall ${pct(m.recall)} (${t.found}/${t.gold}), precision ${pct(m.precision)} (${t.predRight}/${t.pred}), F1 ${pct(m.f1)}`);
  log(`speaker accuracy: ${pct(m.speakerAccuracy)} (${t.speakerRight}/${t.withSource} found attributions with a source)`);
  log(`  (matching each to a quote with its gold cue first, PARC-style: ${pct(m.speakerAccuracyByCue)}, ${t.speakerRightByCue}/${t.withSource}; for information, not the target's figure)`);
  log(`attributions with a quotation mark found: ${pct(m.markedRecall)} (${t.markedFound}/${t.marked})`);
  log(`  (cue precision: ${pct(m.cuePrecision)} of quotes with a cue have it on a gold cue, ${t.cuedGold}/${t.cued}; for information: nested quotes inside gold contents count as right by content either way)`);
  return m;
}
