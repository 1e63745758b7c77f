import { mixRgb } from '../color';
import { mix32 } from '../hash';
import { bell, clamp01, smoothstep } from '../math';
import { fbm2 } from '../noise';
import type { PaintContext } from '../scene';

/** Paints the sky gradient down to the horizon, the glow around the light and optional clouds. */
export function paintSky(ctx: PaintContext, clouds: boolean): void {
  const { canvas: c, palette: p, plan, look, detail } = ctx;
  const { w, h, px } = c;
  const hy = Math.max(1, plan.horizon * h);
  const top = p.skyTop;
  const hor = p.skyHorizon;
  const seed = mix32(ctx.seed, 11);
  const night = plan.time === 'night';
  const glowCol = mixRgb(p.sun, p.light, plan.time === 'sunset' ? 0.2 : 0.5);
  // A moon lights little of a twilight sky; a setting sun floods it.
  const glowK = plan.light?.kind === 'moon' && !night ? 0.15 : plan.time === 'sunset' ? 0.55 : night ? 0.22 : 0.35;
  const lx = plan.light ? plan.light.x * w : 0;
  const ly = plan.light ? plan.light.y * h : 0;
  const lr = plan.light ? plan.light.r * Math.min(w, h) * 3 : 1;
  const litCloud = night ? mixRgb(top, p.light, 0.25) : plan.time === 'sunset' ? mixRgb(mixRgb(p.sun, hor, 0.5), p.light, 0.3) : p.light;
  const shadowCloud = night ? mixRgb(top, hor, 0.5) : plan.time === 'sunset' ? mixRgb(top, p.sun, 0.35) : mixRgb(hor, top, 0.35);
  const octaves = 2 + Math.round(detail * 3);
  const noiseAmp = look.flat ? 0 : look.wash ? 0.16 : 0.035 * (0.5 + look.texture);
  const sx = 3.2 / w;
  const sy = 9 / h;
  const bands = look.flat ? 4 : 0;
  for (let y = 0; y < h; y++) {
    let t = clamp01(y / hy);
    t = t * (0.35 + 0.65 * t);
    if (bands > 0) t = Math.floor(t * bands) / (bands - 1);
    const rr = top.r + (hor.r - top.r) * t;
    const rg = top.g + (hor.g - top.g) * t;
    const rb = top.b + (hor.b - top.b) * t;
    const cloudFade = 1 - smoothstep(hy * 0.55, hy * 1.02, y);
    for (let x = 0; x < w; x++) {
      let r = rr;
      let g = rg;
      let b = rb;
      if (plan.light && !look.flat) {
        const dx = x - lx;
        const dy = y - ly;
        const k = bell(Math.sqrt(dx * dx + dy * dy) / lr) * glowK;
        r += (glowCol.r - r) * k;
        g += (glowCol.g - g) * k;
        b += (glowCol.b - b) * k;
      }
      if (noiseAmp > 0) {
        const n = (fbm2(x * 2.2 / w, y * 2.2 / h, 3, seed + 5) - 0.5) * noiseAmp;
        r += n;
        g += n * 0.9;
        b += n * (look.wash ? 0.5 : 0.8);
      }
      if (clouds && cloudFade > 0) {
        const n = fbm2(x * sx, y * sy, octaves, seed);
        const dens = smoothstep(0.5, look.flat ? 0.52 : 0.72, n) * cloudFade * (look.flat ? 1 : 0.9);
        if (dens > 0) {
          // Brighter where the noise rises toward the light, as if lit from above.
          const lit = look.flat ? 1 : clamp01(0.35 + (n - fbm2(x * sx, (y + 6 * c.unit) * sy, octaves, seed)) * 9 + (1 - y / hy) * 0.3);
          r += (shadowCloud.r + (litCloud.r - shadowCloud.r) * lit - r) * dens;
          g += (shadowCloud.g + (litCloud.g - shadowCloud.g) * lit - g) * dens;
          b += (shadowCloud.b + (litCloud.b - shadowCloud.b) * lit - b) * dens;
        }
      }
      const i = (y * w + x) * 3;
      px[i] = r;
      px[i + 1] = g;
      px[i + 2] = b;
    }
  }
}
