import { adjust } from '../color';
import { mix32 } from '../hash';
import { smoothstep } from '../math';
import { fbm2 } from '../noise';
import type { PaintContext } from '../scene';

/** Paints glowing, domain-warped clouds of gas in the palette's colours. */
export function paintNebula(ctx: PaintContext): void {
  const { canvas: c, palette: p, look, detail } = ctx;
  const seed = mix32(ctx.seed, 31);
  const a = p.colours[0] ?? p.hero;
  // A lone colour glows against a neighbouring hue rather than its opposite, which would mix to grey.
  const b = p.colours[1] ?? adjust(a, { dh: -50 });
  const octaves = 3 + Math.round(detail * 2);
  const s = 2.6 / Math.min(c.w, c.h);
  const strength = look.neon ? 0.6 : 0.55;
  for (let y = 0; y < c.h; y++) {
    for (let x = 0; x < c.w; x++) {
      const qx = fbm2(x * s, y * s, 2, seed);
      const qy = fbm2(x * s + 5.2, y * s + 1.3, 2, seed);
      const n = fbm2(x * s + qx * 2.5, y * s + qy * 2.5, octaves, seed + 3);
      const dens = smoothstep(0.38, 0.78, n);
      if (dens <= 0) continue;
      const t = smoothstep(0.3, 0.7, qx);
      const k = dens * dens * strength;
      const i = (y * c.w + x) * 3;
      c.px[i] = (c.px[i] ?? 0) + (a.r + (b.r - a.r) * t) * k;
      c.px[i + 1] = (c.px[i + 1] ?? 0) + (a.g + (b.g - a.g) * t) * k;
      c.px[i + 2] = (c.px[i + 2] ?? 0) + (a.b + (b.b - a.b) * t) * k;
    }
  }
}
