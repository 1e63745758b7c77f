import { addLight, blend } from '../canvas';
import { mixRgb } from '../color';
import { mix32, Rng } from '../hash';
import { bell, clamp01 } from '../math';
import type { PaintContext } from '../scene';

/** Paints a star field above `bottom` (fraction of height); a few bright stars get diffraction spikes. */
export function paintStars(ctx: PaintContext, density: number, bottom: number): void {
  const { canvas: c, palette: p, look, detail } = ctx;
  const rng = new Rng(mix32(ctx.seed, 23));
  const maxY = bottom * c.h;
  const count = Math.round(((c.w * maxY) / 260) * density * (0.4 + detail * 1.2));
  const tints = [p.light, mixRgb(p.light, p.accent, 0.5), mixRgb(p.light, { r: 0.6, g: 0.75, b: 1 }, 0.6), mixRgb(p.light, { r: 1, g: 0.8, b: 0.6 }, 0.5)];
  for (let s = 0; s < count; s++) {
    const x = rng.next() * c.w;
    const y = rng.next() * maxY;
    const m = rng.next();
    const bright = m * m * m;
    const tint = rng.pick(tints);
    // Fade toward the horizon where the air is thicker.
    const k = (0.25 + bright * 1.4) * clamp01(1.25 - y / maxY);
    const r = (0.5 + bright * 1.3) * Math.max(0.7, c.unit);
    if (look.flat) {
      if (bright > 0.25) {
        const x0 = Math.floor(x);
        const y0 = Math.floor(y);
        const size = Math.max(1, Math.round(r * 1.5));
        for (let yy = y0; yy < Math.min(c.h, y0 + size); yy++) for (let xx = x0; xx < Math.min(c.w, x0 + size); xx++) blend(c, xx, yy, tint.r, tint.g, tint.b, 1);
      }
      continue;
    }
    const spikes = bright > 0.55 && detail > 0.2;
    const reach = Math.ceil(spikes ? r * 12 : r * 3);
    const x0 = Math.max(0, Math.floor(x - reach));
    const x1 = Math.min(c.w, Math.ceil(x + reach));
    const y0 = Math.max(0, Math.floor(y - reach));
    const y1 = Math.min(c.h, Math.ceil(y + reach));
    for (let yy = y0; yy < y1; yy++) {
      const dy = yy + 0.5 - y;
      for (let xx = x0; xx < x1; xx++) {
        const dx = xx + 0.5 - x;
        const d = Math.sqrt(dx * dx + dy * dy) / r;
        let v = d < 3 ? bell(d * 1.3) - 0.1 : 0;
        if (spikes) v += (bell(dx / 0.6) * bell(dy / (r * 3.5)) + bell(dy / 0.6) * bell(dx / (r * 3.5))) * 0.5;
        if (v > 0) addLight(c, xx, yy, tint.r, tint.g, tint.b, v * k);
      }
    }
  }
}
