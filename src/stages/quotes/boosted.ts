import { z } from 'zod';

/**
 * Boosted decision trees over string features, the quote filter's model (filter.ts): each tree asks
 * "does the quote have feature F?" at each node and adds its leaf's value to the score. Trees find
 * the conjunctions a linear model cannot ("a learned cue *and* a noun-phrase content *and* no
 * speaker"), which is why they replaced the filter's perceptron. Trained by scripts/boosting.ts.
 *
 * Stored as a feature table and flat node arrays: a split is `[feature, yes, no]` (indices into the
 * feature table and into the same tree), a leaf is `[value]`; node 0 is the root.
 */
export interface BoostedTrees {
  /** Feature string → index into the node arrays' feature numbers. */
  ids: Map<string, number>;
  /** Per node of all trees, in one run: the feature tested, or -1 at a leaf. */
  feature: Int32Array;
  /** Per node: the child when the feature is present, absent (absolute node numbers). */
  yes: Int32Array;
  no: Int32Array;
  /** Per node: a leaf's value (0 at a split). */
  value: Float64Array;
  /** The root node of each tree. */
  roots: Int32Array;
  /** Scratch: 1 for each feature the quote being scored has (cleared after each score). */
  present: Uint8Array;
}

const NodeSchema = z.union([z.tuple([z.number()]), z.tuple([z.number().int().nonnegative(), z.number().int().positive(), z.number().int().positive()])]);

/** The stored form: feature table and trees (what `compileTrees` reads and training writes). */
export const TreesSchema = z.object({ features: z.array(z.string()), trees: z.array(z.array(NodeSchema).min(1)) });

/**
 * Check and flatten stored trees once, when the analyzer is built.
 * @throws ZodError when the data does not fit the schema; Error when a node points outside its tree
 * or at a feature the table lacks, or a child does not come after its parent (no cycles).
 */
export function compileTrees(data: unknown): BoostedTrees {
  const { features, trees } = TreesSchema.parse(data);
  const total = trees.reduce((n, t) => n + t.length, 0);
  const out: BoostedTrees = {
    ids: new Map(features.map((f, i) => [f, i])),
    feature: new Int32Array(total), yes: new Int32Array(total), no: new Int32Array(total),
    value: new Float64Array(total), roots: new Int32Array(trees.length), present: new Uint8Array(features.length),
  };
  let base = 0;
  trees.forEach((tree, ti) => {
    out.roots[ti] = base;
    tree.forEach((node, i) => {
      const k = base + i;
      if (node.length === 1) {
        out.feature[k] = -1;
        out.value[k] = node[0];
        return;
      }
      const [f, yes, no] = node;
      if (f >= features.length) throw new Error(`tree ${ti} node ${i}: feature ${f} is not in the table`);
      if (yes <= i || no <= i || yes >= tree.length || no >= tree.length) throw new Error(`tree ${ti} node ${i}: a child must come after its parent, inside the tree`);
      out.feature[k] = f;
      out.yes[k] = base + yes;
      out.no[k] = base + no;
    });
    base += tree.length;
  });
  return out;
}

/** The summed leaf values of all trees for a quote with `features` (strings the table lacks count as absent). */
export function treeScore(model: BoostedTrees, features: string[]): number {
  const { present, feature, yes, no, value, roots } = model;
  const ids: number[] = [];
  for (const f of features) {
    const id = model.ids.get(f);
    if (id !== undefined) ids.push(id);
  }
  for (const id of ids) present[id] = 1;
  let s = 0;
  for (let t = 0; t < roots.length; t++) {
    let k = roots[t];
    while (feature[k] >= 0) k = present[feature[k]] ? yes[k] : no[k];
    s += value[k];
  }
  for (const id of ids) present[id] = 0;
  return s;
}
