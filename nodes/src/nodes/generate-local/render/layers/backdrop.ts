import { addLight } from '../canvas';
import { adjust, mixRgb } from '../color';
import { mix32 } from '../hash';
import { bell, clamp01, smoothstep } from '../math';
import { fbm2 } from '../noise';
import type { PaintContext } from '../scene';

/**
 * Paints an indoor backdrop for a portrait or an animal: a softly lit wall in
 * a colour chosen to stand apart from the figure, and the edge of whatever it
 * sits on (a chair, a bed, a floor) as a band across the bottom.
 */
export function paintBackdrop(ctx: PaintContext): void {
  const { canvas: c, palette: p, look } = ctx;
  const { w, h, px } = c;
  const seed = mix32(ctx.seed, 241);
  const wall = look.neon ? adjust(p.backdrop, { l: 0.05, sMul: 0.8 }) : p.backdrop;
  const seat = look.neon ? adjust(p.backdrop, { l: 0.02 }) : adjust(p.seat, { lMul: 0.85 });
  const edge = h * 0.8;
  const s = Math.min(w, h);
  for (let y = 0; y < h; y++) {
    const onSeat = y >= edge;
    const t = onSeat ? (y - edge) / (h - edge) : y / edge;
    const base = onSeat ? adjust(seat, { lMul: 1.08 - t * 0.25 }) : mixRgb(adjust(wall, { lMul: 1.1 }), adjust(wall, { lMul: 0.82 }), t);
    for (let x = 0; x < w; x++) {
      let r = base.r;
      let g = base.g;
      let b = base.b;
      if (!look.flat) {
        // A pool of light behind the head, and a little cloth or plaster texture.
        const dx = (x - w * 0.5) / s;
        const dy = (y - h * 0.3) / s;
        const glow = onSeat ? 0 : bell(Math.sqrt(dx * dx + dy * dy) / 0.35) * (look.neon ? 0.02 : 0.12);
        const n = (fbm2(x * 6 / s, y * (onSeat ? 40 : 6) / s, 3, seed) - 0.5) * 0.06 * (0.5 + look.texture);
        r += glow + n;
        g += glow + n;
        b += glow * 0.9 + n;
      }
      const i = (y * w + x) * 3;
      px[i] = r;
      px[i + 1] = g;
      px[i + 2] = b;
    }
  }
  if (!look.neon) return;
  // Neon: the seat's edge is a glowing line in the named colour.
  const reach = Math.ceil(look.glow * 3);
  for (let y = Math.max(0, Math.floor(edge - reach)); y < Math.min(h, Math.ceil(edge + reach)); y++) {
    const d = Math.abs(y + 0.5 - edge);
    const v = clamp01(look.lineWidth - d + 0.5) * 0.9 + (bell(d / look.glow) - 0.1) * 0.6;
    if (v <= 0) continue;
    for (let x = 0; x < w; x++) addLight(c, x, y, p.hero.r, p.hero.g, p.hero.b, v * (1 - smoothstep(0.35, 0.5, Math.abs(x / w - 0.5))));
  }
}
