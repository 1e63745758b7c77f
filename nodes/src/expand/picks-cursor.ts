import type { PicksDigit, SeqNode } from './compiled';
import { unrankPick } from './picks-math';
import type { RenderCtx } from './render-context';
import { SeqCursor } from './seq-cursor';

/** A position among a `{lo-hi$$…}` group's ordered picks: the pick size, the variants chosen, and a cursor in each. */
export class PicksCursor {
  private readonly digit: PicksDigit;
  private readonly cursors: Array<SeqCursor | undefined>;
  private k = 0;
  private tuple: number[] = [];

  constructor(digit: PicksDigit) {
    this.digit = digit;
    this.cursors = new Array<SeqCursor | undefined>(digit.variants.length);
  }

  private cursor(v: number): SeqCursor {
    let c = this.cursors[v];
    if (!c) {
      c = new SeqCursor(this.digit.variants[v] as SeqNode);
      this.cursors[v] = c;
    }
    return c;
  }

  reset(): boolean {
    return this.enterSize(this.digit.lo);
  }

  private enterSize(k: number): boolean {
    if (k > this.digit.hi || k > this.digit.variants.length) return false;
    this.k = k;
    this.tuple = Array.from({ length: k }, (_, i) => i);
    this.resetFrom(0);
    return true;
  }

  private resetFrom(p: number): void {
    for (let q = p; q < this.k; q++) this.cursor(this.tuple[q] as number).reset();
  }

  next(): boolean {
    for (let p = this.k - 1; p >= 0; p--) {
      if (this.cursor(this.tuple[p] as number).next()) {
        this.resetFrom(p + 1);
        return true;
      }
    }
    if (nextPermutation(this.tuple, this.digit.variants.length)) {
      this.resetFrom(0);
      return true;
    }
    return this.enterSize(this.k + 1);
  }

  seek(rank: bigint): void {
    let k = this.digit.lo;
    for (const c of this.digit.byK) {
      if (rank < c) break;
      rank -= c;
      k++;
    }
    const { chosen, inner } = unrankPick(this.digit.counts, k, rank);
    this.k = k;
    this.tuple = chosen;
    let r = inner;
    for (let p = k - 1; p >= 0; p--) {
      const v = chosen[p] as number;
      const c = this.digit.counts[v] as bigint;
      this.cursor(v).seek(r % c);
      r /= c;
    }
  }

  render(ctx: RenderCtx, out: string[]): void {
    const pieces: string[] = [];
    for (const v of this.tuple) {
      const tmp: string[] = [];
      this.cursor(v).render(ctx, tmp);
      const piece = tmp.join('').trim();
      if (piece !== '') pieces.push(piece);
    }
    out.push(pieces.join(this.digit.joiner));
  }
}

/** Advances `tuple` (distinct indices below n) to the next k-permutation in lexicographic order. */
export function nextPermutation(tuple: number[], n: number): boolean {
  const used = new Set(tuple);
  for (let p = tuple.length - 1; p >= 0; p--) {
    const cur = tuple[p] as number;
    used.delete(cur);
    for (let x = cur + 1; x < n; x++) {
      if (used.has(x)) continue;
      tuple[p] = x;
      used.add(x);
      let fill = 0;
      for (let q = p + 1; q < tuple.length; q++) {
        while (used.has(fill)) fill++;
        tuple[q] = fill;
        used.add(fill);
      }
      return true;
    }
  }
  return false;
}
