import { blend, ink, margin } from '../canvas';
import type { Rgb } from '../color';
import { adjust, mixRgb } from '../color';
import { mix32, Rng } from '../hash';
import { clamp01, dsin, smoothstep } from '../math';
import { fbm1, fbm2, noise1 } from '../noise';
import type { PaintContext } from '../scene';

const scratch: Rgb = { r: 0, g: 0, b: 0 };

function profile(kind: 'mountains' | 'hills' | 'dunes', u: number, octaves: number, seed: number): number {
  if (kind === 'mountains') {
    // Big masses from smooth noise, stretched because fbm clusters around its middle,
    // then ridged octaves (each folded about its middle) for sharp peaks and gullies.
    const big = smoothstep(0.28, 0.72, fbm1(u * 0.45, 3, 0.5, seed + 9));
    let ridged = 0;
    let amp = 0.5;
    let f = u;
    for (let o = 0; o < octaves; o++) {
      const r = 1 - Math.abs(noise1(f, seed + o * 131) * 2 - 1);
      ridged += r * r * amp;
      amp *= 0.5;
      f *= 2.1;
    }
    return big * 0.62 + ridged * 0.45;
  }
  if (kind === 'dunes') {
    const s = dsin(u * 2.1 + fbm1(u * 0.7, 2, 0.5, seed) * 4);
    return 0.5 + 0.5 * (s > 0 ? s : s * 0.5);
  }
  return fbm1(u * 0.6, Math.min(octaves, 3), 0.35, seed);
}

/** Paints layered ridge silhouettes from far (hazy, high) to near (dark, low), with mist and snow on mountains. */
export function paintRidges(ctx: PaintContext, kind: 'mountains' | 'hills' | 'dunes', top: number, bottom: number, count: number): void {
  const { canvas: c, palette: p, look, detail } = ctx;
  const rng = new Rng(mix32(ctx.seed, 67));
  const haze = mixRgb(p.skyHorizon, p.skyTop, 0.2);
  const octaves = 3 + Math.round(detail * 4);
  const m = margin(look);
  const snow = kind === 'mountains' && !look.neon && rng.chance(0.55);
  const neonCols = p.colours;
  for (let k = 0; k < count; k++) {
    const depth = (k + 1) / count;
    const seed = mix32(ctx.seed, 71 + k);
    const amp = (kind === 'mountains' ? 0.32 : kind === 'dunes' ? 0.1 : 0.14) * (1.1 - depth * 0.45) * c.h;
    const span = bottom - top;
    const baseLine = (top + span * (kind === 'mountains' ? 0.35 : 0.2) + span * 0.55 * (k / count)) * c.h;
    const wavelength = (kind === 'mountains' ? 0.22 : 0.4) * c.w * (1.3 - depth * 0.5) * rng.range(0.8, 1.2);
    const shift = rng.next() * 1000;
    const col = look.neon ? (neonCols[k % neonCols.length] ?? p.hero) : mixRgb(adjust(p.land, { lMul: 0.65 + 0.35 * (1 - depth) }), haze, (1 - depth) * 0.72);
    const mist = mixRgb(col, haze, 0.5);
    // Snow takes the light of the hour: bright by day, a dim blue-grey by night.
    const snowCol = mixRgb(mixRgb(p.light, haze, 0.25), col, ctx.plan.time === 'night' ? 0.7 : 0.1);
    const bottomY = Math.min(c.h, bottom * c.h + m);
    for (let x = 0; x < c.w; x++) {
      const u = shift + x / wavelength;
      const ridge = baseLine - profile(kind, u, octaves, seed) * amp;
      const ridgeNext = baseLine - profile(kind, u + 1 / wavelength, octaves, seed) * amp;
      // Vertical distance over-estimates on steep slopes; dividing by the slope's length corrects edges and glows.
      const slope = ridgeNext - ridge;
      const inv = 1 / Math.sqrt(1 + slope * slope);
      const y0 = Math.max(0, Math.floor(ridge - m));
      for (let y = y0; y < bottomY; y++) {
        const d = (ridge - (y + 0.5)) * inv;
        const below = (y - (baseLine - amp * 0.45)) / (c.h * 0.22);
        let fill: Rgb = col;
        if (!look.flat && !look.neon) {
          const tm = clamp01(below) * 0.6;
          scratch.r = col.r + (mist.r - col.r) * tm;
          scratch.g = col.g + (mist.g - col.g) * tm;
          scratch.b = col.b + (mist.b - col.b) * tm;
          if (kind === 'mountains' && look.texture > 0) {
            // Soft mottling, fading out below the ridge, reads as rock without ruling the slope into stripes.
            const n = (fbm2(x * 0.02 / c.unit, y * 0.02 / c.unit, 3, seed) - 0.5) * 0.2 * look.texture * (1 - clamp01(below));
            scratch.r *= 1 + n;
            scratch.g *= 1 + n;
            scratch.b *= 1 + n;
          }
          if (snow && k < 2) {
            const height = (baseLine - ridge) / amp;
            const depthBelow = (y - ridge) / amp;
            if (height > 0.7 && depthBelow < (height - 0.7) * 0.7 * (0.6 + fbm2(x * 0.06 / c.unit, y * 0.03 / c.unit, 2, seed) * 0.8)) {
              const sk = (0.85 - k * 0.25) * (1 - depth * 0.3);
              scratch.r += (snowCol.r - scratch.r) * sk;
              scratch.g += (snowCol.g - scratch.g) * sk;
              scratch.b += (snowCol.b - scratch.b) * sk;
            }
          }
          fill = scratch;
        }
        if (d < -m && !look.neon) blend(c, x, y, fill.r, fill.g, fill.b, 1);
        else ink(c, look, x, y, d, fill, 1);
      }
    }
  }
}
