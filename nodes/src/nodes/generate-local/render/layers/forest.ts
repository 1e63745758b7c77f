import { bounds, ink } from '../canvas';
import type { Rgb } from '../color';
import { adjust, mixRgb } from '../color';
import { mix32, Rng } from '../hash';
import { clamp01 } from '../math';
import { fbm1, noise2 } from '../noise';
import type { PaintContext } from '../scene';
import { paintBox, vertical } from './primitives';

const scratch: Rgb = { r: 0, g: 0, b: 0 };

/** A conifer: a tiered spike whose half-width grows toward its base. */
function conifer(ctx: PaintContext, cx: number, base: number, height: number, col: Rgb, tiers: number): void {
  const { canvas: c, look } = ctx;
  const apex = base - height;
  const half = height * 0.2;
  const [x0, y0, x1, y1] = bounds(c, look, cx - half, apex, cx + half, base);
  const trunkW = Math.max(1, height * 0.03);
  for (let y = y0; y < y1; y++) {
    const t = (y + 0.5 - apex) / (height * 0.88);
    const saw = t * tiers - Math.floor(t * tiers);
    const hw = half * t * (0.6 + 0.4 * saw);
    for (let x = x0; x < x1; x++) {
      const dx = Math.abs(x + 0.5 - cx);
      const d = t < 0 ? Math.max(dx, apex - y - 0.5) : t <= 1 ? dx - hw : Math.max(dx - trunkW, y + 0.5 - base);
      const shade = look.flat ? 1 : 0.8 + 0.35 * clamp01(0.5 - (x + 0.5 - cx) / (half * 2));
      scratch.r = col.r * shade;
      scratch.g = col.g * shade;
      scratch.b = col.b * shade;
      ink(c, look, x, y, d, scratch, 1);
    }
  }
}

/** A broadleaf tree: a trunk under a lumpy round canopy. */
function broadleaf(ctx: PaintContext, cx: number, base: number, height: number, col: Rgb, trunk: Rgb, seed: number): void {
  const { canvas: c, look } = ctx;
  paintBox(ctx, cx - height * 0.035, base - height * 0.55, cx + height * 0.035, base, vertical(trunk, trunk, cx, 0, 1));
  const R = height * 0.3;
  const cy = base - height * 0.65;
  const [x0, y0, x1, y1] = bounds(c, look, cx - R * 1.3, cy - R * 1.3, cx + R * 1.3, cy + R * 1.3);
  const lumps = 2.2 / R;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const dx = x + 0.5 - cx;
      const dy = (y + 0.5 - cy) * 1.1;
      const bump = look.flat ? 0 : (noise2(x * lumps * 2, y * lumps * 2, seed) - 0.5) * R * 0.45;
      const d = Math.sqrt(dx * dx + dy * dy) - R + bump;
      const shade = look.flat ? 1 : 0.72 + 0.5 * clamp01(0.5 - (dx + dy) / (R * 2.4));
      scratch.r = col.r * shade;
      scratch.g = col.g * shade;
      scratch.b = col.b * shade;
      ink(c, look, x, y, d, scratch, 1);
    }
  }
}

/** Paints rows of trees, far rows small and hazy, each row standing on its own strip of ground. */
export function paintForest(ctx: PaintContext, top: number, bottom: number, rows: number, broadleaved: boolean): void {
  const { canvas: c, palette: p, detail, look } = ctx;
  const rng = new Rng(mix32(ctx.seed, 97));
  const haze = mixRgb(p.skyHorizon, p.skyTop, 0.25);
  const ground = adjust(p.land, { lMul: 0.8 });
  const trunk = adjust(p.land, { lMul: 0.5, sMul: 0.6 });
  for (let r = 0; r < rows; r++) {
    const depth = (r + 1) / rows;
    const base = (top + (bottom - top) * depth) * c.h;
    const height = c.h * (bottom - top) * (0.55 + 0.9 * depth) * (rows > 1 ? 0.55 : 0.9);
    const fog = (1 - depth) * 0.6;
    const groundCol = mixRgb(ground, haze, fog);
    const seed = mix32(ctx.seed, 101 + r);
    // The ground under this row follows a gentle swell so rows do not look ruled.
    for (let x = 0; x < c.w; x++) {
      const gy = base - height * 0.08 * fbm1(x / (c.w * 0.3), 2, 0.5, seed);
      for (let y = Math.max(0, Math.floor(gy - 2)); y < c.h; y++) ink(c, look, x, y, gy - (y + 0.5), groundCol, 1);
    }
    const spacing = height * (0.3 - detail * 0.12) * (look.neon ? 1.6 : 1);
    let x = -rng.next() * spacing;
    while (x < c.w + spacing) {
      const hgt = height * rng.range(0.6, 1.15);
      const leaf = p.foliage[rng.int(p.foliage.length)] ?? p.land;
      const col = mixRgb(adjust(leaf, { lMul: 0.7 + depth * 0.35 }), haze, fog);
      const b = base + rng.range(-0.04, 0.04) * height;
      if (broadleaved) broadleaf(ctx, x, b, hgt, col, mixRgb(trunk, haze, fog), mix32(seed, Math.floor(x)));
      else conifer(ctx, x, b, hgt, col, 4 + Math.round(detail * 3));
      x += spacing * rng.range(0.5, 1.2);
    }
  }
}
