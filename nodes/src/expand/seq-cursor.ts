import type { Digit, SeqNode, TokenDigit } from './compiled';
import { ChoiceCursor } from './choice-cursor';
import { countInjective } from './no-repeat-count';
import { PicksCursor } from './picks-cursor';
import type { RenderCtx } from './render-context';
import { renderCycle, renderRandom } from './render-parts';

type Child = ChoiceCursor | PicksCursor;

/**
 * A position in the expansions of one sequence: an index per token and a
 * child cursor per group. `reset`/`next` walk the expansions in odometer
 * order (rightmost fastest), skipping assignments that repeat a value on a
 * no-repeat component; `seek` jumps straight to a rank.
 */
export class SeqCursor {
  readonly node: SeqNode;
  private readonly n: number;
  private readonly idx: Int32Array;
  private readonly tokens: Array<TokenDigit | undefined>;
  private readonly kids: Array<Child | undefined>;
  private readonly earlier: Array<number[] | undefined>;
  private readonly prevMember: Int32Array;
  private readonly compLocal: Int32Array;
  private readonly suffixFree: bigint[];

  constructor(node: SeqNode) {
    this.node = node;
    const n = node.digits.length;
    this.n = n;
    this.idx = new Int32Array(n);
    this.tokens = node.digits.map((d) => (d.kind === 'token' ? d : undefined));
    this.kids = node.digits.map((d) => childFor(d));
    this.earlier = new Array<number[] | undefined>(n);
    this.prevMember = new Int32Array(n).fill(-1);
    this.compLocal = new Int32Array(n).fill(-1);
    for (const comp of node.comps) {
      comp.members.forEach((m, local) => {
        this.earlier[m] = comp.members.slice(0, local);
        this.prevMember[m] = local > 0 ? (comp.members[local - 1] as number) : -1;
        this.compLocal[m] = local;
      });
    }
    this.suffixFree = new Array<bigint>(n + 1).fill(1n);
    for (let i = n - 1; i >= 0; i--) {
      const d = node.digits[i] as Digit;
      const free = d.kind !== 'token' || d.comp < 0;
      this.suffixFree[i] = (this.suffixFree[i + 1] as bigint) * (free ? d.count : 1n);
    }
  }

  /** Moves to the first expansion; false when there is none. */
  reset(): boolean {
    if (this.node.count === 0n) return false;
    const failAt = this.fillFrom(0);
    return failAt < 0 ? true : this.advanceFrom(this.jumpTarget(failAt));
  }

  /** Moves to the next expansion; false after the last. */
  next(): boolean {
    return this.advanceFrom(this.n - 1);
  }

  private advanceFrom(start: number): boolean {
    let i = start;
    for (;;) {
      while (i >= 0 && !this.step(i)) i--;
      if (i < 0) return false;
      const failAt = this.fillFrom(i + 1);
      if (failAt < 0) return true;
      i = this.jumpTarget(failAt);
    }
  }

  /** Where to resume after digit j found no value: its component's previous token (nothing between can help). */
  private jumpTarget(j: number): number {
    const p = this.prevMember[j] as number;
    return p >= 0 ? p : j - 1;
  }

  private fillFrom(j: number): number {
    for (; j < this.n; j++) if (!this.first(j)) return j;
    return -1;
  }

  private first(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return (this.kids[i] as Child).reset();
    return this.settle(i, t, 0);
  }

  private step(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return (this.kids[i] as Child).next();
    return this.settle(i, t, (this.idx[i] as number) + 1);
  }

  private settle(i: number, t: TokenDigit, from: number): boolean {
    for (let o = from; o < t.options.length; o++) {
      if (this.allowed(i, t.options[o] as string)) {
        this.idx[i] = o;
        return true;
      }
    }
    return false;
  }

  private allowed(i: number, value: string): boolean {
    const before = this.earlier[i];
    if (!before || value === '') return true;
    for (const e of before) {
      const t = this.tokens[e] as TokenDigit;
      if (t.options[this.idx[e] as number] === value) return false;
    }
    return true;
  }

  /** Moves to the expansion of rank `rank` (0 ≤ rank < count). */
  seek(rank: bigint): void {
    if (this.node.comps.length === 0) {
      for (let i = this.n - 1; i >= 0; i--) {
        const c = (this.node.digits[i] as Digit).count;
        this.setDigit(i, rank % c);
        rank /= c;
      }
      return;
    }
    const used = this.node.comps.map(() => [] as string[]);
    const remaining = this.node.comps.map((c) => c.members.map((_, local) => local));
    const compCount = (c: number, rem: number[], u: string[]): bigint => {
      const comp = this.node.comps[c];
      if (!comp) return 1n;
      return countInjective(comp, comp.members.map((m) => this.tokens[m] as TokenDigit), rem, u);
    };
    for (let i = 0; i < this.n; i++) {
      const t = this.tokens[i];
      if (!t || t.comp < 0) {
        let r = this.suffixFree[i + 1] as bigint;
        for (let c = 0; c < used.length; c++) r *= compCount(c, remaining[c] as number[], used[c] as string[]);
        this.setDigit(i, rank / r);
        rank %= r;
        continue;
      }
      let others = this.suffixFree[i + 1] as bigint;
      for (let c = 0; c < used.length; c++) if (c !== t.comp) others *= compCount(c, remaining[c] as number[], used[c] as string[]);
      const local = this.compLocal[i] as number;
      const rest = (remaining[t.comp] as number[]).filter((x) => x !== local);
      const u = used[t.comp] as string[];
      let chosen = -1;
      for (let o = 0; o < t.options.length && chosen < 0; o++) {
        const v = t.options[o] as string;
        if (!this.allowed(i, v)) continue;
        const cnt = others * compCount(t.comp, rest, v === '' ? u : [...u, v]);
        if (rank < cnt) chosen = o;
        else rank -= cnt;
      }
      if (chosen < 0) throw new Error('SeqCursor.seek: rank out of range');
      this.idx[i] = chosen;
      remaining[t.comp] = rest;
      const v = t.options[chosen] as string;
      if (v !== '') u.push(v);
    }
  }

  private setDigit(i: number, r: bigint): void {
    const kid = this.kids[i];
    if (kid) kid.seek(r);
    else this.idx[i] = Number(r);
  }

  /** The option index of token digit `d` (for back references). */
  valueOf(d: number): string {
    return (this.tokens[d] as TokenDigit).options[this.idx[d] as number] as string;
  }

  /** Appends this expansion's text pieces to `out` (the top level switches `out` per segment). */
  render(ctx: RenderCtx, out: string[]): void {
    for (const p of this.node.parts) {
      if (typeof p === 'string') {
        out.push(p);
        continue;
      }
      switch (p.k) {
        case 'digit': {
          const kid = this.kids[p.d];
          if (kid) kid.render(ctx, out);
          else out.push(this.valueOf(p.d));
          break;
        }
        case 'backref':
          out.push(this.valueOf(p.d));
          break;
        case 'imm-def': {
          const tmp: string[] = [];
          (this.kids[p.d] as Child).render(ctx, tmp);
          ctx.imm[p.id] = tmp.join('');
          break;
        }
        case 'imm-use':
          out.push(ctx.imm[p.id] ?? '');
          break;
        case 'seg':
          out = ctx.segs[p.seg] as string[];
          break;
        case 'random':
          renderRandom(p, ctx, out);
          break;
        case 'cycle':
          renderCycle(p, ctx, out);
          break;
      }
    }
  }
}

function childFor(d: Digit): Child | undefined {
  if (d.kind === 'choice') return new ChoiceCursor(d);
  if (d.kind === 'picks') return new PicksCursor(d);
  return undefined;
}
