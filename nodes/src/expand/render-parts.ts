import type { CyclePart, RandomPart, SeqNode } from './compiled';
import { PicksCursor } from './picks-cursor';
import { randomBelow, randomUnit, rngFor, weightedIndex } from './prng';
import type { Rng } from './prng';
import type { RenderCtx } from './render-context';
import { SeqCursor } from './seq-cursor';

function cursorFor(ctx: RenderCtx, node: SeqNode): SeqCursor {
  let c = ctx.cursors.get(node);
  if (!c) {
    c = new SeqCursor(node);
    ctx.cursors.set(node, c);
  }
  return c;
}

function renderAt(ctx: RenderCtx, node: SeqNode, rank: bigint): string {
  const c = cursorFor(ctx, node);
  if (rank === 0n) c.reset();
  else c.seek(rank);
  const tmp: string[] = [];
  c.render(ctx, tmp);
  return tmp.join('');
}

function renderRandomly(ctx: RenderCtx, node: SeqNode, rng: Rng): string {
  return renderAt(ctx, node, node.count > 1n ? randomBelow(rng, node.count) : 0n);
}

/**
 * Writes a seeded pick: a function of the seed, the batch, the item's rank
 * and the group's site only, so it belongs to its item (EXPANSION.md §10).
 */
export function renderRandom(part: RandomPart, ctx: RenderCtx, out: string[]): void {
  const rng = rngFor(ctx.seed, ctx.batch, ctx.rank, part.site);
  if (part.variants.length === 0) return;
  if (!part.picks) {
    out.push(renderRandomly(ctx, part.variants[weightedIndex(rng, part.weights)] as SeqNode, rng));
    return;
  }
  const hi = Math.min(part.hi, part.variants.length);
  const lo = Math.min(part.lo, hi);
  const k = lo + Math.floor(randomUnit(rng) * (hi - lo + 1));
  const pool = part.variants.map((_, i) => i);
  const weights = [...part.weights];
  const pieces: string[] = [];
  for (let p = 0; p < k; p++) {
    const at = weightedIndex(rng, weights);
    const v = pool[at] as number;
    pool.splice(at, 1);
    weights.splice(at, 1);
    const piece = renderRandomly(ctx, part.variants[v] as SeqNode, rng).trim();
    if (piece !== '') pieces.push(piece);
  }
  out.push(pieces.join(part.joiner));
}

/** Writes a cycle: variant i mod n at item rank i, its expansions in turn, one per visit. */
export function renderCycle(part: CyclePart, ctx: RenderCtx, out: string[]): void {
  const inner = part.inner;
  if (inner.count === 0n) return;
  if (inner.kind === 'picks') {
    let c = ctx.picksCursors.get(inner);
    if (!c) {
      c = new PicksCursor(inner);
      ctx.picksCursors.set(inner, c);
    }
    c.seek(ctx.rank % inner.count);
    c.render(ctx, out);
    return;
  }
  const n = BigInt(inner.variants.length);
  const v = Number(ctx.rank % n);
  const node = inner.variants[v] as SeqNode;
  out.push(renderAt(ctx, node, (ctx.rank / n) % node.count));
}
