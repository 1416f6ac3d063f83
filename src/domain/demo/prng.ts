/**
 * A small seeded pseudo-random generator (sfc32, 128-bit state). Demo data must
 * be identical for the same seed on every machine and Node version, which Math.random() is
 * not. Not for anything secret.
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A number is spread over the 128-bit state; four numbers are the state itself. */
  constructor(seed: number | readonly [number, number, number, number]) {
    if (typeof seed === 'number') {
      let state = seed >>> 0;
      const splitmix = (): number => {
        state = (state + 0x9e3779b9) >>> 0;
        let z = state;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
        return (z ^ (z >>> 16)) >>> 0;
      };
      seed = [splitmix(), splitmix(), splitmix(), splitmix()];
    }
    [this.a, this.b, this.c, this.d] = seed.map((word) => word >>> 0) as [number, number, number, number];
    // The first outputs of sfc32 are correlated with the seed; throw a few away.
    for (let round = 0; round < 12; round += 1) {
      this.nextUint32();
    }
  }

  /**
   * A generator for one record, from the run's seed and the record's kind and index. The
   * full 128-bit state comes from the parts: with a 32-bit seed, a million members would
   * share about a hundred generator states (the birthday bound), and so identical records.
   */
  static for(...parts: (string | number)[]): Prng {
    return new Prng(hashParts128(parts));
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4_294_967_296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new Error('Prng.pick needs at least one item');
    }
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight: [['F', 51], ['M', 48], ['U', 1]]. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let point = this.next() * total;
    for (const [value, weight] of choices) {
      point -= weight;
      if (point < 0) {
        return value;
      }
    }
    const last = choices[choices.length - 1];
    if (!last) {
      throw new Error('Prng.weighted needs at least one choice');
    }
    return last[0];
  }

  digits(count: number): string {
    let result = '';
    for (let index = 0; index < count; index += 1) {
      result += String(this.int(0, 9));
    }
    return result;
  }
}

/**
 * cyrb128, a small public-domain 128-bit string hash (bryc/code, "PRNGs" notes), commonly
 * used to seed sfc32. Not cryptographic.
 */
export function hashParts128(parts: readonly (string | number)[]): [number, number, number, number] {
  const text = parts.join('\u001f');
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let index = 0; index < text.length; index += 1) {
    const k = text.charCodeAt(index);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A 32-bit number from the parts, for offsets and single seeds. */
export function hashParts(parts: readonly (string | number)[]): number {
  return hashParts128(parts)[0];
}
