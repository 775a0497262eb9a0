import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote } from '../src/core/types.ts';
import { pct } from './match.ts';
import { annBase, parseBrat, type Attribution } from './polnear.ts';
import { emptyTally, hull, rates, scoreArticle } from './score.ts';

/** One annotator's attributions as report quotes: the content's extent, the source as speaker. */
function asQuotes(attrs: Attribution[]): Quote[] {
  return attrs.map((a) => ({
    kind: 'indirect',
    span: hull(a.content),
    cue: a.cue.length ? hull(a.cue) : null,
    speaker: a.source.length ? { name: '', code: '', span: hull(a.source) } : null,
  }));
}

/**
 * How far PolNeAR's annotators agree under the very metric `evalPolnear` applies to the pipeline:
 * on every article of split `dir` that several people annotated, each annotator's attributions are
 * scored as if they were a report against each other annotator's. The figures are a ceiling for
 * what a system can be expected to reach. Null when the split has no such article.
 */
export function annotatorAgreement(dir: string, log: (s: string) => void) {
  const annDir = join(dir, 'attributions');
  const byArticle = new Map<string, string[]>();
  for (const f of readdirSync(annDir).filter((x) => x.endsWith('.ann')).sort()) {
    const base = annBase(f);
    byArticle.set(base, [...(byArticle.get(base) ?? []), f]);
  }
  const t = emptyTally();
  let articles = 0, pairs = 0;
  for (const [base, files] of byArticle) {
    if (files.length < 2) continue;
    articles++;
    const text = readFileSync(join(dir, 'text', `${base}.txt`), 'utf8');
    const anns = files.map((f) => parseBrat(readFileSync(join(annDir, f), 'utf8')));
    for (let g = 0; g < anns.length; g++) {
      for (let r = 0; r < anns.length; r++) {
        if (g === r) continue;
        pairs++;
        scoreArticle(base, text, anns[g], asQuotes(anns[r]), t);
      }
    }
  }
  if (!articles) return null;
  const m = rates(t);
  log(`== PolNeAR ${dir.split('/').slice(-1)[0]} annotator agreement: ${articles} articles with several annotators, ${pairs} ordered pairs, each annotator scored as a report against each other`);
  log(`quotes (content @30%): F1 ${pct(m.f1)} (recall ${pct(m.recall)}, precision ${pct(m.precision)}); speaker accuracy ${pct(m.speakerAccuracy)} (${t.speakerRight}/${t.withSource})`);
  return { articles, pairs, ...m };
}
