import { z } from 'zod';
import type { Doc } from '../../core/doc.ts';
import type { Frame } from './frames.ts';
import type { QuoteOut } from './index.ts';

/**
 * The learned quote filter: a linear model that says, for each quote the rules and the cue model
 * put together, whether it is an attribution at all ("supported by far fewer publications" is a
 * learned cue's false alarm; "he said the vote was fair" is not). It reads the whole quote —
 * its cue, kind, speaker and content — which the token-level cue model cannot see. Trained by
 * `scripts/train-filter.ts` on PolNeAR train and shipped as data/quotes/quote-filter.json.
 */
export interface QuoteFilter {
  weights: Map<string, number>;
  /** A quote is kept when its score exceeds this. */
  threshold: number;
  /** The cue model's threshold when the filter runs (lower: more cues found, the filter sorts them). */
  cueThreshold: number | null;
}

/** Decides, once per assembled quote, whether it stays in the report (the filter, or training's recorder). */
export type QuoteHook = (doc: Doc, quote: QuoteOut, frame: Frame | null) => boolean;

const FilterSchema = z.object({ threshold: z.number(), cueThreshold: z.number().optional(), weights: z.record(z.string(), z.number()) }).passthrough();

/**
 * Validate a quote filter file once, when the analyzer is built.
 * @throws ZodError when the file does not fit the schema.
 */
export function compileQuoteFilter(data: unknown): QuoteFilter {
  const parsed = FilterSchema.parse(data);
  return { weights: new Map(Object.entries(parsed.weights)), threshold: parsed.threshold, cueThreshold: parsed.cueThreshold ?? null };
}

const FUNCTION_WORDS = new Set(['that', 'to', 'the', 'a', 'an', 'how', 'whether', 'if', 'what', 'why', 'his', 'her', 'their', 'it', 'he', 'she', 'they', 'by', 'of', 'on', 'about', 'in', 'for', 'with', 'as', 'at']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'which', 'that']);

function lengthBucket(n: number): string {
  return n <= 1 ? '1' : n <= 3 ? '3' : n <= 6 ? '6' : n <= 12 ? '12' : n <= 25 ? '25' : 'long';
}

function scoreBucket(s: number | undefined): string {
  if (s === undefined) return '-';
  return s < -7 ? '-8' : s < -5 ? '-6' : s < -3 ? '-4' : s < -1 ? '-2' : s < 1 ? '0' : s < 3 ? '2' : s < 6 ? '5' : 'top';
}

/** How the speaker reads: none, a pronoun, a coded actor, a name, or some other noun phrase. */
function speakerClass(doc: Doc, q: QuoteOut): string {
  const sp = q.speaker;
  if (!sp) return 'none';
  const text = doc.text.slice(sp.span[0], sp.span[1]).toLowerCase();
  if (PRONOUNS.has(text)) return 'pron';
  if (sp.code) return 'coded';
  return /^\p{Lu}/u.test(doc.text.slice(sp.span[0], sp.span[1])) ? 'name' : 'np';
}

/**
 * The feature strings of one quote (shared by training and runtime): its kind, cue kind and
 * words, whether the cue model found the cue and how sure it was, the speaker's class, and the
 * content's length, first word and position.
 */
export function quoteFeatures(doc: Doc, q: QuoteOut, f: Frame | null): string[] {
  const a = doc.tokenAt(q.span[0]);
  const b = doc.tokenAt(Math.max(q.span[0], q.span[1] - 1)) + 1;
  const n = b - a;
  const first = doc.lower[a];
  const sp = speakerClass(doc, q);
  const kind = q.kind;
  const ck = q.cueKind ?? 'none';
  const feats = ['b', `k=${kind}`, `ck=${ck}`, `kck=${kind}|${ck}`, `sp=${sp}`, `cksp=${ck}|${sp}`, `len=${lengthBucket(n)}`, `klen=${kind}|${lengthBucket(n)}`];
  feats.push(`fw=${FUNCTION_WORDS.has(first) ? first : doc.pos[a]}`);
  if (doc.sentences[doc.sentenceAt(q.span[0])].paragraph === 0) feats.push('para0');
  if (!f) {
    feats.push(q.cue ? 'continued' : 'floating');
    return feats;
  }
  const learned = f.entry.learned === true;
  const cw = f.entry.tokens.join(' ');
  feats.push(`l=${learned}`, `cw=${cw}`, `c1=${f.entry.tokens[0]}`, `cpos=${doc.pos[f.c0]}`, `cn=${f.c1 - f.c0}`);
  if (learned) feats.push(`ls=${scoreBucket(f.entry.score)}`, `lsk=${scoreBucket(f.entry.score)}|${ck}`, `lsp=${scoreBucket(f.entry.score)}|${sp}`);
  const side = a >= f.c1 ? 'after' : 'before';
  const next = f.c1 < doc.tokenCount ? (FUNCTION_WORDS.has(doc.lower[f.c1]) ? doc.lower[f.c1] : doc.pos[f.c1]) : '</s>';
  const prev = f.c0 > 0 ? (FUNCTION_WORDS.has(doc.lower[f.c0 - 1]) ? doc.lower[f.c0 - 1] : doc.pos[f.c0 - 1]) : '<s>';
  let verb = false;
  for (let i = a; i < b && !verb; i++) verb = doc.pos[i] === 'VERB' || doc.pos[i] === 'AUX';
  feats.push(`side=${side}`, `next=${next}`, `prev=${prev}`, `cpn=${doc.pos[f.c0]}|${next}`, `ckside=${ck}|${side}`, `verb=${verb}|${ck}`, `lsp2=${learned}|${sp}`);
  if (learned) feats.push(`lslen=${scoreBucket(f.entry.score)}|${lengthBucket(n)}`, `lsv=${scoreBucket(f.entry.score)}|${verb}`);
  return feats;
}

/** The hook that keeps a quote when the filter's score of its features exceeds the threshold. */
export function filterHook(filter: QuoteFilter): QuoteHook {
  return (doc, q, f) => {
    let s = 0;
    for (const feat of quoteFeatures(doc, q, f)) s += filter.weights.get(feat) ?? 0;
    return s > filter.threshold;
  };
}
