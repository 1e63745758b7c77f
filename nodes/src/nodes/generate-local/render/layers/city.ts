import { blend } from '../canvas';
import { adjust, mixRgb } from '../color';
import { mix32, Rng } from '../hash';
import type { PaintContext } from '../scene';
import { paintBox, paintTriangle, solid, vertical } from './primitives';

/** Paints a skyline: rows of blocks (far rows hazy), antennas and spires, and lit windows. */
export function paintCity(ctx: PaintContext, base: number, top: number): void {
  const { canvas: c, palette: p, plan, look, detail } = ctx;
  const rng = new Rng(mix32(ctx.seed, 131));
  const night = plan.time === 'night' || look.neon;
  const haze = mixRgb(p.skyHorizon, p.skyTop, 0.3);
  const baseY = base * c.h;
  const rows = 2 + (detail > 0.5 ? 1 : 0);
  const windowLit = night ? 0.45 : 0.15;
  const windowCol = look.neon ? p.accent : night ? p.accent : mixRgb(p.light, p.skyHorizon, 0.5);
  for (let r = 0; r < rows; r++) {
    const depth = (r + 1) / rows;
    const bodyBase = night ? mixRgb(p.dark, p.skyTop, 0.3) : mixRgb(adjust(p.land, { sMul: 0.5 }), p.colours[r % p.colours.length] ?? p.land, 0.25);
    const body = mixRgb(adjust(bodyBase, { lMul: 0.7 + depth * 0.3 }), haze, (1 - depth) * 0.55);
    const maxH = (base - top) * c.h * (1.05 - depth * 0.35);
    let x = -rng.next() * 40 * c.unit;
    while (x < c.w) {
      const bw = c.w * rng.range(0.035, 0.09) * (1.3 - detail * 0.4);
      const bh = maxH * rng.range(0.35, 1);
      const y0 = baseY - bh;
      const col = look.neon ? (p.colours[rng.int(p.colours.length)] ?? p.hero) : adjust(body, { lMul: rng.range(0.85, 1.15) });
      paintBox(ctx, x, y0, x + bw, baseY + 2, look.flat ? solid(col) : vertical(adjust(col, { lMul: 1.12 }), col, x, y0, baseY));
      const roof = rng.next();
      if (roof < 0.2) paintBox(ctx, x + bw * 0.48, y0 - bh * 0.12, x + bw * 0.52, y0 + 1, solid(col));
      else if (roof < 0.32) paintTriangle(ctx, x, y0 + 0.5, x + bw, y0 + 0.5, x + bw / 2, y0 - bw * 0.6, solid(col));
      else if (roof < 0.5) paintBox(ctx, x + bw * 0.2, y0 - bh * 0.06, x + bw * 0.8, y0 + 1, solid(col));
      if (r === rows - 1 || night) {
        // Windows: a grid of small cells, some lit.
        const cell = Math.max(3, Math.round((5 - detail * 2) * c.unit * (0.6 + depth * 0.6)));
        const wr = rng.next() * 0.3 + 0.25;
        const lit = mixRgb(windowCol, body, 1 - depth * 0.9);
        for (let wy = Math.ceil(y0 + cell); wy < baseY - cell; wy += cell * 2) {
          for (let wx = Math.ceil(x + cell * 0.8); wx < x + bw - cell * 1.2; wx += cell * 2) {
            if (rng.next() > windowLit + wr * 0.3) continue;
            const k = rng.range(0.6, 1);
            for (let yy = wy; yy < wy + cell && yy < c.h; yy++) {
              for (let xx = Math.max(0, wx); xx < wx + cell && xx < c.w; xx++) blend(c, xx, yy, lit.r, lit.g, lit.b, k);
            }
          }
        }
      }
      x += bw * rng.range(0.75, 1.05);
    }
  }
}
