/**
 * Training pieces of the learned cue detector (src/stages/quotes/learned.ts), shared by
 * scripts/train-quotes.ts (the shipped model) and scripts/train-filter.ts (out-of-fold models, so
 * the quote filter learns from cue outputs on articles the cue model never saw).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../src/core/doc.ts';
import { buildDoc } from '../src/core/tokenize.ts';
import { annBase, parseBrat, type Attribution } from '../eval/polnear.ts';
import { CANDIDATE_POS, cueFeatures } from '../src/stages/quotes/learned.ts';
import { AveragedPerceptron } from './perceptron.ts';

/** One candidate token: its feature strings and whether it lies in a gold cue (1) or not (-1). */
export interface Example { features: string[]; y: number }

/** The article bases of a PolNeAR split (one per article, however many annotators), sorted. */
export function splitBases(dir: string): string[] {
  return [...new Set(readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).map(annBase))].sort();
}

/** Each split's annotation file names, sorted, read once (goldOf runs once per article). */
const listings = new Map<string, string[]>();

/** The attributions of one article, from its first annotator's file (as eval/polnear.ts scores). */
export function goldOf(dir: string, base: string): Attribution[] {
  let files = listings.get(dir);
  if (!files) listings.set(dir, (files = readdirSync(join(dir, 'attributions')).sort()));
  const ann = files.find((f) => f.startsWith(`${base}_`))!;
  return parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8'));
}

/** A stable small hash of an article base, for held-out and fold splits. */
export const hash = (s: string) => [...s].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);

/** Candidate tokens of every article, labelled by overlap with a gold cue span. */
export function cueExamples(dir: string, bases: string[]): Example[] {
  const out: Example[] = [];
  for (const base of bases) {
    const text = readFileSync(join(dir, 'text', `${base}.txt`), 'utf8');
    const cues = goldOf(dir, base).flatMap((a) => a.cue);
    const doc: Doc = buildDoc(base, text, { title: null, source: null, url: null, published: null, authors: [], contributors: [] });
    for (const s of doc.sentences) {
      for (let i = s.first; i < s.last; i++) {
        if (!CANDIDATE_POS.has(doc.pos[i])) continue;
        const y = cues.some((c) => doc.starts[i] < c[1] && doc.ends[i] > c[0]) ? 1 : -1;
        out.push({ features: cueFeatures(doc, i, s.first, s.last), y });
      }
    }
  }
  return out;
}

/** Averaged perceptron over labelled feature lists; seed 42 keeps runs reproducible. */
export function trainPerceptron(data: Example[], epochs: number, prune: number, log = (_: string) => {}, seed = 42): Map<string, number> {
  const p = new AveragedPerceptron(seed);
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    p.shuffle(order);
    let errors = 0;
    for (const k of order) {
      const ex = data[k];
      if (p.score(ex.features) * ex.y <= 0) {
        errors++;
        for (const f of ex.features) p.update(f, ex.y);
      }
      p.tick();
    }
    log(`epoch ${e + 1}: ${errors} errors over ${data.length} examples`);
  }
  return p.averaged(prune, 2);
}
