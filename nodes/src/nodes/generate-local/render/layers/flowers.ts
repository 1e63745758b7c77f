import { adjust, hex, mixRgb } from '../color';
import { mix32, Rng } from '../hash';
import { dcos, dsin, TAU } from '../math';
import type { PaintContext } from '../scene';
import { paintCircle, paintEllipse, paintSegment, solid } from './primitives';

/** Paints flowers in the foreground below `top`, larger toward the viewer, back to front. */
export function paintFlowers(ctx: PaintContext, top: number): void {
  const { canvas: c, palette: p, detail } = ctx;
  const rng = new Rng(mix32(ctx.seed, 211));
  const count = Math.round((14 + detail * 40) * (c.w / c.h > 1 ? c.w / c.h : 1));
  const stem = adjust(p.foliage[0] ?? p.land, { lMul: 0.9 });
  const petals = [...p.colours.slice(0, 3), hex('#f5f0e8')];
  const centre = mixRgb(hex('#f5c83a'), p.accent, 0.2);
  const ys: number[] = [];
  for (let i = 0; i < count; i++) ys.push(rng.next());
  ys.sort((a, b) => a - b);
  for (const v of ys) {
    const y = (top + (1 - top) * v) * c.h;
    const x = rng.next() * c.w;
    const s = Math.min(c.w, c.h) * (0.012 + v * 0.035);
    paintSegment(ctx, x, y, x + rng.range(-0.5, 0.5) * s, y + s * 5, Math.max(0.6, s * 0.08), solid(stem));
    const col = petals[rng.int(petals.length)] ?? p.hero;
    const n = 5 + rng.int(3);
    const rot = rng.next() * TAU;
    for (let k = 0; k < n; k++) {
      const a = rot + (k * TAU) / n;
      paintEllipse(ctx, x + dcos(a) * s * 0.8, y + dsin(a) * s * 0.8, s * 0.75, s * 0.42, a, solid(adjust(col, { lMul: 0.9 + (k % 2) * 0.15 })));
    }
    paintCircle(ctx, x, y, s * 0.45, solid(centre));
  }
}
