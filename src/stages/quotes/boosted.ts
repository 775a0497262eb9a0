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
  /**
   * All trees' nodes in one run, three numbers a node (side by side, so a walk stays in cache): the
   * feature tested, then the positions in this array of the child when the feature is present and
   * when absent; a leaf is -1, then its node number (its value's index).
   */
  nodes: Int32Array;
  /** A leaf's value, by node number. */
  value: Float64Array;
  /** Each tree's root, as a position in `nodes`. */
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
  return flattenTrees(TreesSchema.parse(data));
}

/**
 * Flatten trees already checked by `TreesSchema` (a file whose schema extends it, as the quote
 * filter's does, is parsed once).
 * @throws Error as `compileTrees` does for links.
 */
export function flattenTrees({ features, trees }: z.infer<typeof TreesSchema>): BoostedTrees {
  const total = trees.reduce((n, t) => n + t.length, 0);
  const out: BoostedTrees = {
    ids: new Map(features.map((f, i) => [f, i])),
    nodes: new Int32Array(3 * total), value: new Float64Array(total), roots: new Int32Array(trees.length), present: new Uint8Array(features.length),
  };
  let base = 0;
  trees.forEach((tree, ti) => {
    out.roots[ti] = 3 * base;
    tree.forEach((node, i) => {
      const k = base + i;
      if (node.length === 1) {
        out.nodes.set([-1, k], 3 * k);
        out.value[k] = node[0];
        return;
      }
      const [f, yes, no] = node;
      if (f >= features.length) throw new Error(`tree ${ti} node ${i}: feature ${f} is not in the table`);
      if (yes <= i || no <= i || yes >= tree.length || no >= tree.length) throw new Error(`tree ${ti} node ${i}: a child must come after its parent, inside the tree`);
      out.nodes.set([f, 3 * (base + yes), 3 * (base + no)], 3 * k);
    });
    base += tree.length;
  });
  return out;
}

/** The summed leaf values of all trees for a quote with `features` (strings the table lacks count as absent). */
export function treeScore(model: BoostedTrees, features: string[]): number {
  const { present, nodes, value, roots } = model;
  const ids: number[] = [];
  for (const f of features) {
    const id = model.ids.get(f);
    if (id !== undefined) ids.push(id);
  }
  for (const id of ids) present[id] = 1;
  let s = 0;
  for (let t = 0; t < roots.length; t++) {
    let k = roots[t];
    for (let f = nodes[k]; f >= 0; f = nodes[k]) k = present[f] ? nodes[k + 1] : nodes[k + 2];
    s += value[nodes[k + 1]];
  }
  for (const id of ids) present[id] = 0;
  return s;
}
