import { bounds, ink } from '../canvas';
import type { Rgb } from '../color';
import { mix32, Rng } from '../hash';
import { datan2, TAU } from '../math';
import type { PaintContext } from '../scene';

const scratch: Rgb = { r: 0, g: 0, b: 0 };

/** Paints an Archimedean spiral ribbon that widens outward, its colour walking through the palette. */
export function paintSpiral(ctx: PaintContext, fx: number, fy: number, fr: number): void {
  const { canvas: c, palette: p, look, detail } = ctx;
  const rng = new Rng(mix32(ctx.seed, 181));
  const cx = fx * c.w;
  const cy = fy * c.h;
  const R = fr * Math.min(c.w, c.h);
  const turns = 3 + Math.round(detail * 3) + rng.int(2);
  const pitch = R / turns;
  const dir = rng.chance(0.5) ? 1 : -1;
  const offset = rng.next() * TAU;
  const cols = p.colours.length > 0 ? p.colours : [p.hero];
  const [x0, y0, x1, y1] = bounds(c, look, cx - R, cy - R, cx + R, cy + R);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - cy;
      const r = Math.sqrt(dx * dx + dy * dy);
      const theta = dir * datan2(dy, dx) + offset;
      // Distance to the nearest winding, measured along the radius.
      const s = r / pitch - theta / TAU;
      const k = Math.round(s);
      const ribbonR = (k + theta / TAU) * pitch;
      if (ribbonR < 0 || ribbonR > R) continue;
      const half = pitch * (0.12 + 0.22 * (ribbonR / R));
      const d = Math.abs(r - ribbonR) - half;
      const t = (ribbonR / R) * (cols.length - 1);
      const i = Math.min(cols.length - 2, Math.floor(t));
      const a = cols[Math.max(0, i)] ?? p.hero;
      const b = cols[Math.max(0, i + 1)] ?? a;
      const f = cols.length > 1 ? t - Math.max(0, i) : 0;
      scratch.r = a.r + (b.r - a.r) * f;
      scratch.g = a.g + (b.g - a.g) * f;
      scratch.b = a.b + (b.b - a.b) * f;
      ink(c, look, x, y, d, scratch, 1);
    }
  }
}
