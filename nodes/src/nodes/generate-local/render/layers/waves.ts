import { ink, margin } from '../canvas';
import type { Rgb } from '../color';
import { adjust, mixRgb } from '../color';
import { mix32, Rng } from '../hash';
import { dsin } from '../math';
import { fbm1 } from '../noise';
import type { PaintContext } from '../scene';

/** Paints stacked wave bands from `top` down, each with a pale crest, cycling through the palette. */
export function paintWaves(ctx: PaintContext, top: number): void {
  const { canvas: c, palette: p, look, detail } = ctx;
  const rng = new Rng(mix32(ctx.seed, 191));
  const bands = 5 + Math.round(detail * 6);
  const m = margin(look);
  const cols = p.colours.length > 0 ? p.colours : [p.water];
  const crest = mixRgb(p.light, p.skyHorizon, 0.2);
  const gap = ((1 - top) * c.h) / bands;
  for (let k = 0; k < bands; k++) {
    const seed = mix32(ctx.seed, 200 + k);
    const base = top * c.h + gap * (k + 0.3);
    const amp = gap * rng.range(0.5, 0.9);
    const freq = (rng.range(1.5, 3.5) * 6.283) / c.w;
    const phase = rng.next() * 6.283;
    const col: Rgb = adjust(cols[k % cols.length] ?? p.water, { lMul: 0.75 + (k / bands) * 0.4 });
    const crestW = look.flat ? 0 : Math.max(1.5, gap * 0.12);
    for (let x = 0; x < c.w; x++) {
      const edge = base - amp * (0.6 * dsin(x * freq + phase) + 0.4 * (fbm1(x * freq * 0.5, 3, 0.5, seed) * 2 - 1));
      for (let y = Math.max(0, Math.floor(edge - m)); y < c.h; y++) {
        const d = edge - (y + 0.5);
        if (crestW > 0 && d > -crestW - m) ink(c, look, x, y, d, crest, 1);
        ink(c, look, x, y, d + crestW, col, 1);
      }
    }
  }
}
