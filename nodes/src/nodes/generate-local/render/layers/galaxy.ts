import { addLight } from '../canvas';
import { mixRgb } from '../color';
import { mix32, Rng } from '../hash';
import { bell, clamp01, datan2, dcos, dsin } from '../math';
import { fbm2 } from '../noise';
import type { PaintContext } from '../scene';

/** Paints a two-armed spiral galaxy: a bright core, dusty arms and stars strewn along them. */
export function paintGalaxy(ctx: PaintContext, fx: number, fy: number, fr: number, tilt: number): void {
  const { canvas: c, palette: p, detail } = ctx;
  const seed = mix32(ctx.seed, 41);
  const rng = new Rng(seed);
  const cx = fx * c.w;
  const cy = fy * c.h;
  const R = fr * Math.min(c.w, c.h);
  const squash = 0.45 + rng.next() * 0.25;
  const ca = dcos(tilt);
  const sa = dsin(tilt);
  const twist = 7 + rng.next() * 4;
  const core = mixRgb(p.light, { r: 1, g: 0.85, b: 0.6 }, 0.5);
  const armA = p.colours[0] ?? p.hero;
  const armB = p.colours[1] ?? p.accent;
  const x0 = Math.max(0, Math.floor(cx - R * 1.3));
  const x1 = Math.min(c.w, Math.ceil(cx + R * 1.3));
  const y0 = Math.max(0, Math.floor(cy - R * 1.3));
  const y1 = Math.min(c.h, Math.ceil(cy + R * 1.3));
  const density = (x: number, y: number): number => {
    const dx = x - cx;
    const dy = y - cy;
    const u = (dx * ca + dy * sa) / R;
    const v = (-dx * sa + dy * ca) / (R * squash);
    const r = Math.sqrt(u * u + v * v);
    const arm = 0.5 + 0.5 * dcos(2 * datan2(v, u) - r * twist);
    const arm4 = arm * arm * arm * arm;
    return arm4 * clamp01(1.1 - r) * (0.7 + 0.8 * r) + bell(r / 0.09) * 1.1 + clamp01(1 - r) * 0.12;
  };
  const octaves = 3 + Math.round(detail * 2);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const d = density(x, y);
      if (d < 0.01) continue;
      const dust = fbm2(x * 6 / R, y * 6 / R, octaves, seed);
      const k = d * (0.55 + dust * 0.9);
      const dx = (x - cx) / R;
      const dy = (y - cy) / R;
      const t = clamp01(Math.sqrt(dx * dx + dy * dy) * 1.6);
      const ct = clamp01(1 - t * 2.5);
      const ar = armA.r + (armB.r - armA.r) * t;
      const ag = armA.g + (armB.g - armA.g) * t;
      const ab = armA.b + (armB.b - armA.b) * t;
      addLight(c, x, y, ar + (core.r - ar) * ct, ag + (core.g - ag) * ct, ab + (core.b - ab) * ct, k * 1.1);
    }
  }
  // Stars along the arms: rejection-sample the density.
  const stars = Math.round(R * R * 0.02 * (0.5 + detail));
  for (let s = 0; s < stars; s++) {
    const x = cx + (rng.next() * 2 - 1) * R * 1.2;
    const y = cy + (rng.next() * 2 - 1) * R * 1.2;
    const m = rng.next();
    if (m > density(x, y) * 1.5 || x < 0 || y < 0 || x >= c.w || y >= c.h) continue;
    addLight(c, Math.floor(x), Math.floor(y), p.light.r, p.light.g, p.light.b, 0.5 + rng.next() * 0.6);
  }
}
