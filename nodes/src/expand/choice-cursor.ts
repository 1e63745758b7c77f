import type { ChoiceDigit } from './compiled';
import type { RenderCtx } from './render-context';
import { SeqCursor } from './seq-cursor';

/** A position in a brace group or wildcard: which variant, and where within it. */
export class ChoiceCursor {
  private readonly digit: ChoiceDigit;
  private readonly cursors: Array<SeqCursor | undefined>;
  private v = 0;

  constructor(digit: ChoiceDigit) {
    this.digit = digit;
    this.cursors = new Array<SeqCursor | undefined>(digit.variants.length);
  }

  private cursor(v: number): SeqCursor {
    let c = this.cursors[v];
    if (!c) {
      c = new SeqCursor(this.digit.variants[v] as NonNullable<ChoiceDigit['variants'][number]>);
      this.cursors[v] = c;
    }
    return c;
  }

  reset(): boolean {
    return this.enterFrom(0);
  }

  next(): boolean {
    return this.cursor(this.v).next() || this.enterFrom(this.v + 1);
  }

  private enterFrom(v: number): boolean {
    for (; v < this.digit.variants.length; v++) {
      if (this.cursor(v).reset()) {
        this.v = v;
        return true;
      }
    }
    return false;
  }

  seek(rank: bigint): void {
    const starts = this.digit.starts;
    let lo = 0;
    let hi = this.digit.variants.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as bigint) <= rank) lo = mid;
      else hi = mid - 1;
    }
    this.v = lo;
    this.cursor(lo).seek(rank - (starts[lo] as bigint));
  }

  render(ctx: RenderCtx, out: string[]): void {
    this.cursor(this.v).render(ctx, out);
  }
}
