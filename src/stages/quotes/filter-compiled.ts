import type { QuoteParts } from './filter.ts';

/**
 * The quote filter's weights as tables, so scoring a quote builds almost no strings: each feature
 * template keeps a Map from its value (the text after "name=") to its weight, and the score adds
 * the templates' weights in the order `partFeatures` lists them (floating-point sums depend on
 * order), so it equals the sum over the feature strings exactly. test/quotes/filter.test.ts checks.
 */
export type FilterTables = Array<Map<string, number>>;

/** Feature templates by name; `compiledScore` reads their tables by these indices. */
const NAMES = ['b', 'k', 'ck', 'kck', 'sp', 'cksp', 'len', 'klen', 'fw', 'para0', 'continued', 'floating', 'l', 'cw', 'c1', 'cpos', 'cn',
  'ls', 'lsk', 'lsp', 'side', 'next', 'prev', 'cpn', 'ckside', 'verb', 'lsp2', 'lslen', 'lsv', 'wn1', 'wn1l', 'wna', 'obj', 'objl', 'objk', 'spc', 'spcl'] as const;
const I = Object.fromEntries(NAMES.map((n, i) => [n, i])) as Record<(typeof NAMES)[number], number>;

/** Split "name=value" keys into one map per template, once per analyzer ("b", "para0" have value ""). */
export function compileFilterWeights(weights: Map<string, number>): FilterTables {
  const out: FilterTables = NAMES.map(() => new Map());
  for (const [key, w] of weights) {
    const eq = key.indexOf('=');
    const i = I[(eq < 0 ? key : key.slice(0, eq)) as (typeof NAMES)[number]];
    if (i !== undefined) out[i].set(eq < 0 ? '' : key.slice(eq + 1), w);
  }
  return out;
}

/** The weight of template `i` at `value` (0 when the model has none). */
function at(t: FilterTables, i: number, value: string): number {
  return t[i].get(value) ?? 0;
}

/** A quote's filter score from its parts; equal to summing the weights of `partFeatures(p)` in order. */
export function compiledScore(t: FilterTables, p: QuoteParts): number {
  const { kind, ck, sp, len } = p;
  let s = 0;
  s += at(t, I.b, '');
  s += at(t, I.k, kind);
  s += at(t, I.ck, ck);
  s += at(t, I.kck, `${kind}|${ck}`);
  s += at(t, I.sp, sp);
  s += at(t, I.cksp, `${ck}|${sp}`);
  s += at(t, I.len, len);
  s += at(t, I.klen, `${kind}|${len}`);
  s += at(t, I.fw, p.fw);
  if (p.para0) s += at(t, I.para0, '');
  const f = p.frame;
  if (!f) return s + at(t, p.cued ? I.continued : I.floating, '');
  const learned = f.learned ? 'true' : 'false';
  s += at(t, I.l, learned);
  s += at(t, I.cw, f.cw);
  s += at(t, I.c1, f.c1);
  s += at(t, I.cpos, f.cpos);
  s += at(t, I.cn, String(f.cn));
  if (f.learned) {
    s += at(t, I.ls, f.score);
    s += at(t, I.lsk, `${f.score}|${ck}`);
    s += at(t, I.lsp, `${f.score}|${sp}`);
  }
  s += at(t, I.side, f.side);
  s += at(t, I.next, f.next);
  s += at(t, I.prev, f.prev);
  s += at(t, I.cpn, `${f.cpos}|${f.next}`);
  s += at(t, I.ckside, `${ck}|${f.side}`);
  s += at(t, I.verb, `${f.verb}|${ck}`);
  s += at(t, I.lsp2, `${learned}|${sp}`);
  if (f.learned) {
    s += at(t, I.lslen, `${f.score}|${len}`);
    s += at(t, I.lsv, `${f.score}|${f.verb}`);
  }
  // The word-class features come as whole strings ("wn1=verb.communication"): split at the "=".
  for (const x of f.wn) {
    const eq = x.indexOf('=');
    s += at(t, I[x.slice(0, eq) as 'wn1' | 'wn1l' | 'wna'], x.slice(eq + 1));
  }
  if (f.obj !== null) {
    s += at(t, I.obj, f.obj);
    s += at(t, I.objl, `${f.obj}|${learned}`);
    s += at(t, I.objk, `${f.obj}|${ck}`);
  }
  if (f.spk !== null) {
    s += at(t, I.spc, f.spk);
    s += at(t, I.spcl, `${f.spk}|${learned}`);
  }
  return s;
}
