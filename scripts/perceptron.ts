/**
 * Averaged perceptron with lazy averaging (Collins 2002), shared by the training scripts of the quotes
 * stage's learned models. Reproducible: examples are visited in an order shuffled by a seeded LCG.
 */
export class AveragedPerceptron {
  /** Current (not averaged) weights. */
  readonly weights = new Map<string, number>();
  private readonly total = new Map<string, number>();
  private readonly stamp = new Map<string, number>();
  /** Examples seen so far, plus one. */
  private clock = 1;
  private seed: number;

  constructor(seed: number) {
    this.seed = seed;
  }

  /** Sum of the current weights of `features`. */
  score(features: Iterable<string>): number {
    let s = 0;
    for (const f of features) s += this.weights.get(f) ?? 0;
    return s;
  }

  /** Add `by` to the weight of `f`, first banking its old value for the average. */
  update(f: string, by: number): void {
    const old = this.weights.get(f) ?? 0;
    this.total.set(f, (this.total.get(f) ?? 0) + (this.clock - (this.stamp.get(f) ?? 0)) * old);
    this.stamp.set(f, this.clock);
    this.weights.set(f, old + by);
  }

  /** Count one example seen. */
  tick(): void {
    this.clock++;
  }

  /** Shuffle `order` in place (Fisher–Yates over the seeded generator). */
  shuffle(order: number[]): void {
    for (let i = order.length - 1; i > 0; i--) {
      this.seed = (this.seed * 1103515245 + 12345) % 2147483648;
      const j = Math.floor((this.seed / 2147483648) * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
  }

  /** Averaged weights, keeping those of at least `minAbs` in size, rounded to `decimals` places. */
  averaged(minAbs: number, decimals: number): Map<string, number> {
    const scale = 10 ** decimals;
    const avg = new Map<string, number>();
    for (const [f, v] of this.weights) {
      const a = ((this.total.get(f) ?? 0) + (this.clock - (this.stamp.get(f) ?? 0)) * v) / this.clock;
      if (Math.abs(a) >= minAbs) avg.set(f, Math.round(a * scale) / scale);
    }
    return avg;
  }
}
