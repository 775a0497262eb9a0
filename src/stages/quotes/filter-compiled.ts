import type { QuoteParts } from './filter.ts';

/**
 * The quote filter's weights as tables, so scoring a quote builds almost no strings: each feature
 * template keeps a Map from its value (the text after "name=") to its weight, and the score adds
 * the templates' weights in the order `partFeatures` lists them (floating-point sums depend on
 * order), so it equals the sum over the feature strings exactly. test/quotes/filter.test.ts checks.
 */
export type FilterTables = Map<string, Map<string, number>>;

/** Split "name=value" keys into per-template maps, once per analyzer ("b", "para0" are templates with value ""). */
export function compileFilterWeights(weights: Map<string, number>): FilterTables {
  const out: FilterTables = new Map();
  for (const [key, w] of weights) {
    const eq = key.indexOf('=');
    const name = eq < 0 ? key : key.slice(0, eq);
    const value = eq < 0 ? '' : key.slice(eq + 1);
    let t = out.get(name);
    if (!t) out.set(name, (t = new Map()));
    t.set(value, w);
  }
  return out;
}

const EMPTY: Map<string, number> = new Map();

/** The weight of template `name` at `value` (0 when the model has none). */
function at(t: FilterTables, name: string, value: string): number {
  return (t.get(name) ?? EMPTY).get(value) ?? 0;
}

/** A quote's filter score from its parts; equal to summing the weights of `partFeatures(p)` in order. */
export function compiledScore(t: FilterTables, p: QuoteParts): number {
  const { kind, ck, sp, len } = p;
  let s = 0;
  s += at(t, 'b', '');
  s += at(t, 'k', kind);
  s += at(t, 'ck', ck);
  s += at(t, 'kck', `${kind}|${ck}`);
  s += at(t, 'sp', sp);
  s += at(t, 'cksp', `${ck}|${sp}`);
  s += at(t, 'len', len);
  s += at(t, 'klen', `${kind}|${len}`);
  s += at(t, 'fw', p.fw);
  if (p.para0) s += at(t, 'para0', '');
  const f = p.frame;
  if (!f) return s + at(t, p.cued ? 'continued' : 'floating', '');
  const learned = f.learned ? 'true' : 'false';
  s += at(t, 'l', learned);
  s += at(t, 'cw', f.cw);
  s += at(t, 'c1', f.c1);
  s += at(t, 'cpos', f.cpos);
  s += at(t, 'cn', String(f.cn));
  if (f.learned) {
    s += at(t, 'ls', f.score);
    s += at(t, 'lsk', `${f.score}|${ck}`);
    s += at(t, 'lsp', `${f.score}|${sp}`);
  }
  s += at(t, 'side', f.side);
  s += at(t, 'next', f.next);
  s += at(t, 'prev', f.prev);
  s += at(t, 'cpn', `${f.cpos}|${f.next}`);
  s += at(t, 'ckside', `${ck}|${f.side}`);
  s += at(t, 'verb', `${f.verb}|${ck}`);
  s += at(t, 'lsp2', `${learned}|${sp}`);
  if (f.learned) {
    s += at(t, 'lslen', `${f.score}|${len}`);
    s += at(t, 'lsv', `${f.score}|${f.verb}`);
  }
  return s;
}
