/**
 * Seeded pseudo-random numbers so that discovery and training give the same result for the same input
 * (issue 5: "results are stored and reproducible"). Math.random is never used by the engine.
 */

/** mulberry32: a small, fast 32-bit generator; good enough for sampling and initialisation, not for cryptography. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, bound). */
  nextInt(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  /** Fisher–Yates shuffle in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.nextInt(i + 1);
      const swap = items[i];
      items[i] = items[j];
      items[j] = swap;
    }
    return items;
  }

  /** `count` distinct indices from [0, total), in increasing order (all of them when count >= total). */
  sampleIndices(total: number, count: number): number[] {
    if (count >= total) return Array.from({ length: total }, (_, i) => i);
    const all = Array.from({ length: total }, (_, i) => i);
    for (let i = 0; i < count; i++) {
      const j = i + this.nextInt(total - i);
      const swap = all[i];
      all[i] = all[j];
      all[j] = swap;
    }
    return all.slice(0, count).sort((a, b) => a - b);
  }
}
