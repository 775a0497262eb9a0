/**
 * Gradient-boosted decision trees over string features (logistic loss, second-order leaf values),
 * the learner of the quote filter (scripts/train-filter.ts); the stage reads the result with
 * src/stages/quotes/boosted.ts. Small on purpose: features are present or absent, so a split is
 * "has feature F", and the best split of a node is found in one pass over its examples.
 * Deterministic: the same examples in the same order give the same trees.
 */
import type { z } from 'zod';
import type { TreesSchema } from '../src/stages/quotes/boosted.ts';

/** One training example: its feature strings and its label (1 right, -1 wrong). */
export interface Labelled { features: string[]; y: number }

export interface BoostOptions {
  /** Trees to grow. */
  rounds: number;
  /** Splits from root to leaf, at most. */
  depth: number;
  /** Shrinkage: each tree's leaf values are scaled by it. */
  eta: number;
  /** L2 penalty on leaf values (added to each leaf's hessian sum). */
  lambda: number;
  /** Least hessian sum on each side of a split (keeps leaves from resting on a few examples). */
  minHessian: number;
  /** Features seen in fewer training examples than this are left out. */
  minCount: number;
}

export type StoredTrees = z.infer<typeof TreesSchema>;
type Node = [number] | [number, number, number];

/** Round leaf values so the stored file stays small; 1e-4 is far below any threshold step. */
const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** Grow `o.rounds` trees on `data`; `log` hears the mean log loss every 100 trees. */
export function trainBoosted(data: Labelled[], o: BoostOptions, log = (_: string) => {}): StoredTrees {
  const counts = new Map<string, number>();
  for (const ex of data) for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const features = [...counts].filter(([, c]) => c >= o.minCount).map(([f]) => f).sort();
  const ids = new Map(features.map((f, i) => [f, i]));
  const X = data.map((ex) => Int32Array.from(new Set(ex.features.map((f) => ids.get(f) ?? -1).filter((i) => i >= 0))).sort());
  const n = X.length;
  const F = new Float64Array(n), g = new Float64Array(n), h = new Float64Array(n);
  const G = new Float64Array(features.length), H = new Float64Array(features.length), C = new Int32Array(features.length);
  const trees: Node[][] = [];
  for (let r = 0; r < o.rounds; r++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-F[i]));
      g[i] = p - (data[i].y > 0 ? 1 : 0);
      h[i] = Math.max(p * (1 - p), 1e-6);
    }
    const tree: Node[] = [];
    const grow = (idx: number[], d: number): number => {
      let gs = 0, hs = 0;
      for (const i of idx) { gs += g[i]; hs += h[i]; }
      const me = tree.length;
      tree.push([round((-gs / (hs + o.lambda)) * o.eta)]);
      if (d >= o.depth) return me;
      // Sum gradients per feature over the node's examples, then score each split "has it / not".
      const touched: number[] = [];
      for (const i of idx) for (const f of X[i]) {
        if (C[f] === 0) touched.push(f);
        G[f] += g[i]; H[f] += h[i]; C[f]++;
      }
      const parent = (gs * gs) / (hs + o.lambda);
      let best = -1, bestGain = 1e-9;
      for (const f of touched) {
        const hl = H[f], hr = hs - hl, gl = G[f], gr = gs - gl;
        if (hl >= o.minHessian && hr >= o.minHessian) {
          const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
          if (gain > bestGain) { bestGain = gain; best = f; }
        }
        G[f] = 0; H[f] = 0; C[f] = 0;
      }
      if (best < 0) return me;
      const yes: number[] = [], no: number[] = [];
      for (const i of idx) (X[i].includes(best) ? yes : no).push(i);
      const y = grow(yes, d + 1);
      const nn = grow(no, d + 1);
      tree[me] = [best, y, nn];
      return me;
    };
    grow([...Array(n).keys()], 0);
    for (let i = 0; i < n; i++) F[i] += leafOf(tree, X[i]);
    trees.push(tree);
    if ((r + 1) % 100 === 0) {
      let loss = 0;
      for (let i = 0; i < n; i++) loss += Math.log1p(Math.exp(-(data[i].y > 0 ? 1 : -1) * F[i]));
      log(`tree ${r + 1}: mean log loss ${(loss / n).toFixed(4)} over ${n} examples`);
    }
  }
  return { features, trees };
}

/** The leaf value a tree gives an example with the sorted feature numbers `x`. */
function leafOf(tree: Node[], x: Int32Array): number {
  let node = tree[0];
  while (node.length === 3) node = tree[x.includes(node[0]) ? node[1] : node[2]];
  return node[0];
}
