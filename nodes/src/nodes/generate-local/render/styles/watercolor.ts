import type { Canvas } from '../canvas';
import { mix32 } from '../hash';
import { fbm2, noise2 } from '../noise';
import { boxBlur } from './blur';

/** Watercolor finish: pigment bleeds a little, the wash turns transparent, granulates, and paper shows through. */
export function applyWatercolor(c: Canvas, seed: number): void {
  boxBlur(c.px, c.w, c.h, 1.2 * c.unit, 1);
  const s = mix32(seed, 307);
  const paper = [0.97, 0.955, 0.92];
  const fibre = 0.35 / c.unit;
  const grain = 0.12 / c.unit;
  for (let y = 0; y < c.h; y++) {
    for (let x = 0; x < c.w; x++) {
      const i = (y * c.w + x) * 3;
      const r = c.px[i] ?? 0;
      const g = c.px[i + 1] ?? 0;
      const b = c.px[i + 2] ?? 0;
      const pigment = 1 - (0.299 * r + 0.587 * g + 0.114 * b);
      // Granulation: pigment settles into the paper's pits.
      const gran = (noise2(x * grain, y * grain, s) - 0.5) * 0.07 * pigment;
      const tooth = 0.94 + 0.06 * fbm2(x * fibre, y * fibre, 3, s + 1);
      const wash = 0.14 + (fbm2(x * 0.004 / c.unit, y * 0.004 / c.unit, 3, s + 2) - 0.5) * 0.16;
      for (let k = 0; k < 3; k++) {
        const v = c.px[i + k] ?? 0;
        const pv = paper[k] ?? 1;
        c.px[i + k] = (v + (pv - v) * wash - gran) * tooth;
      }
    }
  }
}
