/**
 * A read-only map from non-negative 32-bit integer keys to numbers, as open addressing over typed
 * arrays: the cue scorer looks up word pairs (`wordId * V + word2Id`) for most tokens it scores,
 * and this is several times cheaper than `Map.get`. Built once when the analyzer is built.
 */
export class IntTable {
  private readonly keys: Int32Array;
  private readonly values: Float64Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(entries: Map<number, number>) {
    let bits = 4;
    while (1 << bits < entries.size * 2) bits++;
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.values = new Float64Array(1 << bits);
    for (const [k, v] of entries) {
      if (!Number.isInteger(k) || k < 0 || k > 0x7fffffff) throw new RangeError(`IntTable key out of range: ${k}`);
      let h = this.slot(k);
      while (this.keys[h] !== -1 && this.keys[h] !== k) h = (h + 1) & this.mask;
      this.keys[h] = k;
      this.values[h] = v;
    }
  }

  private slot(k: number): number {
    return Math.imul(k, 0x9e3779b1) >>> this.shift;
  }

  /** The value of `k`, or 0 when it has none (as `map.get(k) ?? 0`). */
  get(k: number): number {
    for (let h = this.slot(k); ; h = (h + 1) & this.mask) {
      const at = this.keys[h];
      if (at === k) return this.values[h];
      if (at === -1) return 0;
    }
  }
}
