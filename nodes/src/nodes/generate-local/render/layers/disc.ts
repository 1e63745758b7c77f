import { addLight, bounds, ink } from '../canvas';
import type { Rgb } from '../color';
import { adjust, mixRgb } from '../color';
import { mix32, Rng } from '../hash';
import { bell, clamp01, dcos, dsin } from '../math';
import { fbm2 } from '../noise';
import type { PaintContext } from '../scene';

const scratch: Rgb = { r: 0, g: 0, b: 0 };

/** Paints a sun (glowing, banded when neon), a moon (cratered, maybe a crescent) or a shaded planet with a ring. */
export function paintDisc(ctx: PaintContext, kind: 'sun' | 'moon' | 'planet', fx: number, fy: number, fr: number): void {
  const { canvas: c, palette: p, look, plan } = ctx;
  const rng = new Rng(mix32(ctx.seed, 53));
  const cx = fx * c.w;
  const cy = fy * c.h;
  const r = fr * Math.min(c.w, c.h);
  const hy = plan.horizon * c.h;
  const base = kind === 'sun' ? adjust(p.sun, { lMul: 1.1 }) : kind === 'moon' ? mixRgb(p.light, p.sun, 0.3) : p.hero;
  const rim = kind === 'sun' ? adjust(base, { lMul: 0.9, sMul: 1.2 }) : kind === 'moon' ? mixRgb(base, p.skyTop, 0.45) : adjust(p.hero, { lMul: 0.35 });
  const crescent = kind === 'moon' && rng.chance(0.5);
  const ox = cx + r * (0.35 + rng.next() * 0.3);
  const oy = cy - r * 0.2;
  const lightAngle = rng.range(-2.6, -0.6);
  const lxDir = dcos(lightAngle);
  const lyDir = dsin(lightAngle);
  const seed = mix32(ctx.seed, 59);
  const bandSeed = rng.next() * 100;
  const banded = kind === 'sun' && look.neon;
  const ring = kind === 'planet' && rng.chance(0.6);
  // Neon suns stay filled: a glowing outline of a sun reads as a ring.
  const bodyLook = look.neon && kind === 'sun' ? { ...look, neon: false } : look;
  if (kind === 'sun' && (look.neon || plan.light === undefined)) {
    // Corona for skies that did not already paint a glow.
    const R = r * 4;
    const [x0, y0, x1, y1] = bounds(c, look, cx - R, cy - R, cx + R, cy + R);
    for (let y = y0; y < Math.min(y1, hy); y++) for (let x = x0; x < x1; x++) {
      const dx = x - cx;
      const dy = y - cy;
      const g = bell(Math.sqrt(dx * dx + dy * dy) / (r * (look.neon ? 0.9 : 1.2))) * (look.neon ? 0.3 : 0.45) - 0.03;
      if (g > 0) addLight(c, x, y, base.r, base.g, base.b, g);
    }
  }
  const [x0, y0, x1, y1] = bounds(c, look, cx - r, cy - r, cx + r, cy + r);
  for (let y = y0; y < y1; y++) {
    // A setting sun or rising moon disappears behind the horizon line.
    if (kind !== 'planet' && y >= hy && plan.horizon < 0.98) break;
    for (let x = x0; x < x1; x++) {
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - cy;
      const dist = Math.sqrt(dx * dx + dy * dy);
      let d = dist - r;
      if (crescent) {
        const ex = x + 0.5 - ox;
        const ey = y + 0.5 - oy;
        d = Math.max(d, r * 0.92 - Math.sqrt(ex * ex + ey * ey));
      }
      if (banded && dy > -r * 0.1) {
        // The retro striped sun: gaps widen toward the bottom.
        const s = (dy / r + 0.1) * 5;
        const gap = (s - Math.floor(s)) - (1 - clamp01(dy / r) * 0.6);
        if (gap > 0) d = Math.max(d, gap * r * 0.2);
      }
      let t = clamp01(dist / r);
      t *= t;
      if (kind === 'planet' && !look.flat) {
        // Lambert-ish shading from a fixed light direction, plus cloud bands.
        const nz = Math.sqrt(clamp01(1 - t));
        const lit = clamp01((dx / r) * lxDir + (dy / r) * lyDir + nz * 0.6);
        const band = fbm2(bandSeed + dx * 0.6 / r, dy * 7 / r, 3, seed);
        t = 1 - clamp01(lit * (0.75 + band * 0.5));
      } else if (kind === 'moon' && !look.flat) {
        t = t * 0.6 + fbm2(dx * 4 / r, dy * 4 / r, 4, seed) * 0.6;
      } else if (look.flat) t = 0;
      scratch.r = base.r + (rim.r - base.r) * t;
      scratch.g = base.g + (rim.g - base.g) * t;
      scratch.b = base.b + (rim.b - base.b) * t;
      ink(c, bodyLook, x, y, d, scratch, 1);
    }
  }
  if (ring) {
    const tilt = rng.range(-0.5, 0.5);
    const ca = dcos(tilt);
    const sa = dsin(tilt);
    const R = r * 2;
    const [rx0, ry0, rx1, ry1] = bounds(c, look, cx - R, cy - R, cx + R, cy + R);
    const ringCol = mixRgb(p.accent, p.light, 0.4);
    for (let y = ry0; y < ry1; y++) for (let x = rx0; x < rx1; x++) {
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - cy;
      const u = dx * ca + dy * sa;
      const v = (-dx * sa + dy * ca) / 0.22;
      // The half of the ring behind the planet stays hidden.
      if (v < 0 && dx * dx + dy * dy < r * r) continue;
      const rr = Math.sqrt(u * u + v * v);
      const d = Math.abs(rr - r * 1.6) - r * 0.22;
      ink(c, look, x, y, d * 0.22, ringCol, 0.85);
    }
  }
}
