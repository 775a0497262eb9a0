import { z } from 'zod';
import type { Doc } from '../../core/doc.ts';
import type { Frame } from './frames.ts';
import type { QuoteOut } from './index.ts';
import { flattenTrees, treeScore, TreesSchema, type BoostedTrees } from './boosted.ts';
import { classesOf, cueClassFeatures, type WordClasses } from './word-classes.ts';
import { hasVerb } from './spans.ts';

/**
 * The learned quote filter: boosted decision trees (boosted.ts) that say, for each quote the rules
 * and the cue model put together, whether it is an attribution at all ("supported by far fewer
 * publications" is a learned cue's false alarm; "he said the vote was fair" is not). It reads the
 * whole quote — its cue, kind, speaker and content — which the token-level cue model cannot see.
 * Trained by `scripts/train-filter.ts` on PolNeAR train and shipped as data/quotes/quote-filter.json.
 */
export interface QuoteFilter {
  trees: BoostedTrees;
  /** A quote is kept when its score exceeds this. */
  threshold: number;
  /** The cue model's threshold when the filter runs (lower: more cues found, the filter sorts them). */
  cueThreshold: number | null;
  /** WordNet classes of the cue words (word-classes.ts); without them those features are absent. */
  classes: WordClasses | null;
}

/** Decides, once per assembled quote, whether it stays in the report (the filter, or training's recorder). */
export type QuoteHook = (doc: Doc, quote: QuoteOut, frame: Frame | null) => boolean;

const FilterSchema = TreesSchema.extend({ threshold: z.number(), cueThreshold: z.number().optional() }).passthrough();

/**
 * Validate a quote filter file once, when the analyzer is built.
 * @throws ZodError when the file does not fit the schema; Error when a tree is malformed (boosted.ts).
 */
export function compileQuoteFilter(data: unknown, classes: WordClasses | null = null): QuoteFilter {
  const parsed = FilterSchema.parse(data);
  return { trees: flattenTrees(parsed), threshold: parsed.threshold, cueThreshold: parsed.cueThreshold ?? null, classes };
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

/** The facts about one quote its features are made of (`quoteParts`); strings only where open-ended. */
export interface QuoteParts {
  kind: string; ck: string; sp: string; len: string; fw: string; para0: boolean; cued: boolean;
  /** Facts about the quote's cue frame, when a cue took it. */
  frame: {
    learned: boolean; cw: string; c1: string; cpos: string; cn: number; score: string; side: string; next: string; prev: string; verb: boolean;
    /** The word-class features of the cue's words (`cueClassFeatures`), empty without word classes. */
    wn: string[];
    /**
     * WordNet's first noun class of the content's first noun ("tweets" → communication; "none"
     * when no noun opens it) and of the speaker's head word (its tag when not a noun); null without
     * word classes.
     */
    obj: string | null; spk: string | null;
  } | null;
}

/** The parts of one quote: its kind, cue, speaker class, content length, first word and position. */
export function quoteParts(doc: Doc, q: QuoteOut, f: Frame | null, classes: WordClasses | null = null): QuoteParts {
  const a = doc.tokenAt(q.span[0]);
  const b = doc.tokenAt(Math.max(q.span[0], q.span[1] - 1)) + 1;
  const first = doc.lower[a];
  const parts: QuoteParts = {
    kind: q.kind, ck: q.cueKind ?? 'none', sp: speakerClass(doc, q), len: lengthBucket(b - a),
    fw: FUNCTION_WORDS.has(first) ? first : doc.pos[a], para0: doc.sentences[doc.sentenceAt(q.span[0])].paragraph === 0,
    cued: q.cue !== null, frame: null,
  };
  if (!f) return parts;
  const verb = hasVerb(doc, a, b);
  parts.frame = {
    learned: f.entry.learned === true, cw: f.entry.tokens.join(' '), c1: f.entry.tokens[0], cpos: doc.pos[f.c0], cn: f.c1 - f.c0,
    score: scoreBucket(f.entry.score), side: a >= f.c1 ? 'after' : 'before', verb,
    next: f.c1 < doc.tokenCount ? (FUNCTION_WORDS.has(doc.lower[f.c1]) ? doc.lower[f.c1] : doc.pos[f.c1]) : '</s>',
    prev: f.c0 > 0 ? (FUNCTION_WORDS.has(doc.lower[f.c0 - 1]) ? doc.lower[f.c0 - 1] : doc.pos[f.c0 - 1]) : '<s>',
    wn: classes ? cueClassFeatures(classes, f.entry.tokens, f.entry.learned === true) : [],
    obj: classes && objectClass(doc, a, b, classes), spk: classes && speakerHeadClass(doc, q, classes),
  };
  return parts;
}

/** How many words into a content its object noun may stand ("a flurry of tweets"). */
const OBJECT_REACH = 6;

/**
 * The first noun class of the first noun in tokens `[a, b)`: what the content is about. A learned
 * cue with a noun object is an attribution when the object is something said ("unleashed a flurry
 * of tweets", "sent a letter") and rarely otherwise ("visited a factory").
 */
function objectClass(doc: Doc, a: number, b: number, classes: WordClasses): string {
  for (let i = a; i < Math.min(b, a + OBJECT_REACH); i++) {
    if (doc.pos[i] === 'NOUN') return classesOf(classes, doc.lower[i], 'noun')?.[0] ?? '-';
  }
  return 'none';
}

/** The noun class of the speaker's last word (a person, a group, a document; "a box" is none of them), else its tag. */
function speakerHeadClass(doc: Doc, q: QuoteOut, classes: WordClasses): string | null {
  if (!q.speaker) return null;
  const t = doc.tokenAt(Math.max(q.speaker.span[0], q.speaker.span[1] - 1));
  return doc.pos[t] === 'NOUN' ? classesOf(classes, doc.lower[t], 'noun')?.[0] ?? '-' : doc.pos[t];
}

/** The feature strings of a quote's parts (shared by training and runtime). */
export function partFeatures(p: QuoteParts): string[] {
  const { kind, ck, sp, len } = p;
  const feats = ['b', `k=${kind}`, `ck=${ck}`, `kck=${kind}|${ck}`, `sp=${sp}`, `cksp=${ck}|${sp}`, `len=${len}`, `klen=${kind}|${len}`, `fw=${p.fw}`];
  if (p.para0) feats.push('para0');
  const f = p.frame;
  if (!f) {
    feats.push(p.cued ? 'continued' : 'floating');
    return feats;
  }
  feats.push(`l=${f.learned}`, `cw=${f.cw}`, `c1=${f.c1}`, `cpos=${f.cpos}`, `cn=${f.cn}`);
  if (f.learned) feats.push(`ls=${f.score}`, `lsk=${f.score}|${ck}`, `lsp=${f.score}|${sp}`);
  feats.push(`side=${f.side}`, `next=${f.next}`, `prev=${f.prev}`, `cpn=${f.cpos}|${f.next}`, `ckside=${ck}|${f.side}`, `verb=${f.verb}|${ck}`, `lsp2=${f.learned}|${sp}`);
  if (f.learned) feats.push(`lslen=${f.score}|${len}`, `lsv=${f.score}|${f.verb}`);
  feats.push(...f.wn);
  if (f.obj !== null) feats.push(`obj=${f.obj}`, `objl=${f.obj}|${f.learned}`, `objk=${f.obj}|${ck}`);
  if (f.spk !== null) feats.push(`spc=${f.spk}`, `spcl=${f.spk}|${f.learned}`);
  return feats;
}

/** The feature strings of one quote (shared by training and runtime). */
export function quoteFeatures(doc: Doc, q: QuoteOut, f: Frame | null, classes: WordClasses | null = null): string[] {
  return partFeatures(quoteParts(doc, q, f, classes));
}

/**
 * The hook that keeps a quote when the filter's score of its features exceeds the threshold. A
 * direct quote is always kept: words in quotation marks are someone's, and whose is the speaker
 * rules' question ("Prices will rise." after a quote of Nasser's is still Nasser's).
 */
export function filterHook(filter: QuoteFilter): QuoteHook {
  return (doc, q, f) => q.kind === 'direct' || treeScore(filter.trees, quoteFeatures(doc, q, f, filter.classes)) > filter.threshold;
}
