import { addLight } from '../canvas';
import { mix32, Rng } from '../hash';
import { bell, clamp01, dsin, smoothstep } from '../math';
import { noise1 } from '../noise';
import type { PaintContext } from '../scene';

/**
 * Paints neon water below `top`: a dark sea faintly mirroring the sky, a
 * glowing horizon line, broken wave lines that crowd toward the horizon, and
 * the sun's reflection as a column of glowing stripes.
 */
export function paintNeonWater(ctx: PaintContext, top: number): void {
  const { canvas: c, palette: p, look, plan, detail } = ctx;
  const { w, h, px } = c;
  const hy = Math.floor(top * h);
  const rng = new Rng(mix32(ctx.seed, 89));
  const seed = mix32(ctx.seed, 97);
  const cols = p.colours.length > 0 ? p.colours : [p.hero];
  const deep = p.dark;
  for (let y = hy; y < h; y++) {
    const t = (y - hy) / Math.max(1, h - hy);
    const sy = Math.max(0, 2 * hy - y - 1);
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      const si = (sy * w + x) * 3;
      // The mirror fades fast so the lines, not the reflection, carry the picture.
      const k = 0.3 * (1 - t);
      px[i] = (px[si] ?? 0) * k + deep.r * 0.3;
      px[i + 1] = (px[si + 1] ?? 0) * k + deep.g * 0.3;
      px[i + 2] = (px[si + 2] ?? 0) * k + deep.b * 0.3;
    }
  }
  const glow = look.glow;
  const core = look.lineWidth;
  const line = (x0: number, x1: number, yAt: (x: number) => number, col: { r: number; g: number; b: number }, k: number, width: number): void => {
    const reach = Math.ceil(glow * 2.5 + width);
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(w, Math.ceil(x1)); x++) {
      // Soft ends so broken lines taper instead of stopping dead.
      const end = clamp01(Math.min(x - x0, x1 - x) / (glow * 2));
      const ly = yAt(x);
      for (let y = Math.max(hy, Math.floor(ly - reach)); y < Math.min(h, Math.ceil(ly + reach)); y++) {
        const d = Math.abs(y + 0.5 - ly);
        const v = clamp01(width - d + 0.5) * 0.9 + (bell(d / glow) - 0.12) * 0.55;
        if (v > 0) addLight(c, x, y, col.r + 0.25 * clamp01(width - d), col.g + 0.25 * clamp01(width - d), col.b + 0.25 * clamp01(width - d), v * k * end);
      }
    }
  };
  // The horizon: one unbroken, bright line.
  const hero = cols[0] ?? p.hero;
  line(0, w, () => hy + 0.5, hero, 1.1, core * 1.3);
  // Wave lines: broken dashes, thinner and closer together toward the horizon.
  const rows = 7 + Math.round(detail * 7);
  for (let k = 1; k <= rows; k++) {
    const t = (k / (rows + 1)) ** 1.7;
    const yk = hy + t * (h - hy);
    const persp = 0.25 + t;
    const col = cols[k % cols.length] ?? hero;
    const freq = 6.283 / (w * rng.range(0.25, 0.5) * persp);
    const phase = rng.next() * 6.283;
    const amp = (2 + 5 * t) * c.unit;
    const dash = 0.018 / (c.unit * persp);
    const rowSeed = seed + k * 131;
    let start = -1;
    for (let x = 0; x <= w; x++) {
      const on = x < w && noise1(x * dash, rowSeed) > 0.48;
      if (on && start < 0) start = x;
      if (!on && start >= 0) {
        line(start, x, (xx) => yk + amp * dsin(xx * freq + phase), col, 0.55 + 0.35 * t, core * (0.6 + t * 0.6));
        start = -1;
      }
    }
  }
  if (plan.light === undefined) return;
  // The sun's reflection: stacked stripes, narrowing with distance, glowing in the sun's colour.
  const lx = plan.light.x * w;
  const R = plan.light.r * Math.min(w, h);
  for (let y = hy + 1; y < h; y++) {
    const t = (y - hy) / Math.max(1, h - hy);
    const phase = Math.sqrt(t) * (10 + detail * 8);
    const band = phase - Math.floor(phase);
    const on = smoothstep(0.15, 0.3, band) * (1 - smoothstep(0.55, 0.7, band));
    if (on <= 0) continue;
    const half = R * (1.05 - 0.45 * t) * (0.6 + 0.7 * noise1(Math.floor(phase) * 1.7, seed + 7));
    const fade = 0.9 - 0.55 * t;
    for (let x = Math.max(0, Math.floor(lx - half - glow)); x < Math.min(w, Math.ceil(lx + half + glow)); x++) {
      const d = Math.abs(x + 0.5 - lx) - half;
      const v = (d < 0 ? 1 : bell(d / (glow * 0.5)) - 0.1) * on * fade;
      if (v > 0) addLight(c, x, y, p.sun.r, p.sun.g, p.sun.b, v);
    }
  }
}
