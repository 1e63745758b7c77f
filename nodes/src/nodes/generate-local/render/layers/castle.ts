import { blend } from '../canvas';
import { adjust, mixRgb } from '../color';
import { mix32, Rng } from '../hash';
import type { PaintContext } from '../scene';
import { paintBox, paintEllipse, paintTriangle, solid, vertical } from './primitives';

/** Paints a castle on a mound: a keep, towers with pointed roofs, battlements, a gate and slit windows. */
export function paintCastle(ctx: PaintContext, base: number, fx: number, size: number): void {
  const { canvas: c, palette: p, plan, look } = ctx;
  const rng = new Rng(mix32(ctx.seed, 149));
  const S = size * Math.min(c.w, c.h);
  const cx = fx * c.w;
  const by = base * c.h;
  const night = plan.time === 'night';
  const stone = night ? mixRgb(p.dark, p.skyTop, 0.4) : mixRgb(adjust(p.land, { sMul: 0.35, l: 0.55 }), p.light, 0.15);
  const stoneDark = adjust(stone, { lMul: 0.78 });
  const roof = look.neon ? p.accent : adjust(p.hero, { l: night ? 0.3 : 0.42 });
  const windowCol = night ? p.accent : p.dark;
  const hill = adjust(p.land, { lMul: 0.85 });
  paintEllipse(ctx, cx, by + S * 0.32, S * 1.6, S * 0.5, 0, vertical(hill, adjust(hill, { lMul: 0.6 }), cx, by - S * 0.2, by + S * 0.5));
  const groundY = by - S * 0.12;
  const wallTop = groundY - S * 0.32;
  const wallL = cx - S * 0.55;
  const wallR = cx + S * 0.55;
  const fill = (col: typeof stone, y0: number, y1: number) => (look.flat ? solid(col) : vertical(adjust(col, { lMul: 1.12 }), adjust(col, { lMul: 0.85 }), cx, y0, y1));
  // Battlements along a wall top: merlons every few pixels.
  const merlons = (x0: number, x1: number, y: number, col: typeof stone) => {
    const m = S * 0.045;
    for (let x = x0; x + m <= x1 + 0.5; x += m * 2) paintBox(ctx, x, y - m, x + m, y + 1, solid(col));
  };
  const keepW = S * rng.range(0.36, 0.46);
  const keepTop = groundY - S * rng.range(0.7, 0.85);
  paintBox(ctx, cx - keepW / 2, keepTop, cx + keepW / 2, groundY, fill(stoneDark, keepTop, groundY));
  merlons(cx - keepW / 2, cx + keepW / 2, keepTop, stoneDark);
  paintBox(ctx, wallL, wallTop, wallR, groundY, fill(stone, wallTop, groundY));
  merlons(wallL, wallR, wallTop, stone);
  const towers = [wallL - S * 0.06, wallR - S * 0.12, cx - S * 0.08];
  towers.forEach((tx, i) => {
    const tw = i === 2 ? S * 0.16 : S * 0.18;
    const tt = i === 2 ? keepTop - S * 0.28 : groundY - S * rng.range(0.55, 0.68);
    paintBox(ctx, tx, tt, tx + tw, i === 2 ? keepTop + 2 : groundY, fill(stone, tt, groundY));
    paintTriangle(ctx, tx - tw * 0.12, tt + 0.5, tx + tw * 1.12, tt + 0.5, tx + tw / 2, tt - tw * 1.3, fill(roof, tt - tw * 1.3, tt));
    const sw = Math.max(1, tw * 0.12);
    paintBox(ctx, tx + tw / 2 - sw / 2, tt + tw * 0.4, tx + tw / 2 + sw / 2, tt + tw * 0.9, solid(windowCol));
  });
  paintBox(ctx, cx - S * 0.08, groundY - S * 0.2, cx + S * 0.08, groundY + 1, solid(p.dark), S * 0.08);
  // Slit windows along the keep.
  for (let i = 0; i < 3; i++) {
    const wx = cx - keepW / 2 + keepW * (0.25 + i * 0.25);
    const wy = keepTop + S * 0.12;
    for (let y = Math.floor(wy); y < wy + S * 0.08 && y < c.h; y++) {
      for (let x = Math.floor(wx - S * 0.012); x < wx + S * 0.012 && x < c.w; x++) if (x >= 0 && y >= 0) blend(c, x, y, windowCol.r, windowCol.g, windowCol.b, 0.9);
    }
  }
}
