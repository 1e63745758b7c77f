import { mixRgb } from '../color';
import { mix32 } from '../hash';
import { bell, clamp01, smoothstep } from '../math';
import { noise2 } from '../noise';
import type { PaintContext } from '../scene';
import { paintNeonWater } from './neon-water';

/** Paints water below `top`: a rippled, darkened mirror of everything above the horizon, with glitter under the light. */
export function paintWater(ctx: PaintContext, top: number): void {
  if (ctx.look.neon) return paintNeonWater(ctx, top);
  const { canvas: c, palette: p, look, plan, detail } = ctx;
  const { w, h, px } = c;
  const hy = Math.floor(top * h);
  const seed = mix32(ctx.seed, 83);
  const water = p.water;
  const deep = mixRgb(water, p.dark, 0.45);
  const glitter = mixRgb(p.sun, p.light, 0.5);
  const lx = plan.light ? plan.light.x * w : -1e9;
  const spread = plan.light ? plan.light.r * Math.min(w, h) * 1.4 : 1;
  const rippleAmp = look.flat ? 0 : (6 + detail * 8) * c.unit;
  const lineFreq = 0.9 / c.unit;
  for (let y = hy; y < h; y++) {
    const t = (y - hy) / Math.max(1, h - hy);
    // Perspective: ripples are thin and dense near the horizon, broad close by.
    const persp = 0.08 + t;
    const tint = look.neon ? 0.5 + t * 0.3 : 0.22 + t * 0.5;
    const wr = water.r + (deep.r - water.r) * t;
    const wg = water.g + (deep.g - water.g) * t;
    const wb = water.b + (deep.b - water.b) * t;
    const stripe = look.flat ? (Math.floor(t * 9) % 3 === 1 ? 0.06 : 0) : 0;
    for (let x = 0; x < w; x++) {
      let sx = x;
      let sy = 2 * hy - y - 1;
      if (rippleAmp > 0) {
        const n = noise2(x * 0.012 / (c.unit * persp), y * lineFreq / persp, seed) - 0.5;
        sx = Math.round(x + n * rippleAmp * persp * 2);
        sy = Math.round(sy - Math.abs(n) * rippleAmp * persp * 3);
      }
      sx = sx < 0 ? 0 : sx >= w ? w - 1 : sx;
      sy = sy < 0 ? 0 : sy >= hy ? hy - 1 : sy;
      const si = (sy * w + sx) * 3;
      const dark = look.neon ? 0.7 : 0.82;
      let r = (px[si] ?? 0) * dark;
      let g = (px[si + 1] ?? 0) * dark;
      let b = (px[si + 2] ?? 0) * dark;
      r += (wr - r) * tint + stripe;
      g += (wg - g) * tint + stripe;
      b += (wb - b) * tint + stripe;
      if (plan.light && !look.flat) {
        const near = bell((x - lx) / (spread * (0.6 + t * 2)));
        if (near > 0.05) {
          const sparkle = smoothstep(0.62, 0.8, noise2(x * 0.15 / (c.unit * persp), y * 1.6 / (c.unit * persp), seed + 1));
          const k = near * sparkle * (plan.time === 'night' ? 0.5 : 0.85);
          r += (glitter.r - r) * k;
          g += (glitter.g - g) * k;
          b += (glitter.b - b) * k;
        }
      }
      const i = (y * w + x) * 3;
      // A faint bright line where water meets sky.
      const edge = clamp01(1 - (y - hy) / (1.5 * c.unit)) * (look.neon ? 0 : 0.15);
      px[i] = r + edge;
      px[i + 1] = g + edge;
      px[i + 2] = b + edge;
    }
  }
}
