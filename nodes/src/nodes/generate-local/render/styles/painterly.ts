import type { Canvas } from '../canvas';
import { blend } from '../canvas';
import { mix32, Rng } from '../hash';
import { clamp01, datan2, dcos, dsin, TAU } from '../math';
import { fbm2, noise1 } from '../noise';

function lum(src: Float32Array, w: number, h: number, x: number, y: number): number {
  const xi = x < 0 ? 0 : x >= w ? w - 1 : x;
  const yi = y < 0 ? 0 : y >= h ? h - 1 : y;
  const i = (yi * w + xi) * 3;
  return 0.299 * (src[i] ?? 0) + 0.587 * (src[i + 1] ?? 0) + 0.114 * (src[i + 2] ?? 0);
}

/** Oil-paint finish: re-paints the picture with bristled strokes that follow its contours, big strokes first. */
export function applyPainterly(c: Canvas, seed: number, detail: number): void {
  const src = c.px.slice();
  const { w, h } = c;
  const rng = new Rng(mix32(seed, 311));
  const passes = [
    { len: (16 + (1 - detail) * 22) * c.unit, cover: 1.4, onlyEdges: false },
    { len: (7 + (1 - detail) * 8) * c.unit, cover: 0.9, onlyEdges: true },
  ];
  for (const pass of passes) {
    const width = pass.len * 0.38;
    const count = Math.round(((w * h) / (pass.len * width)) * pass.cover * 2);
    for (let s = 0; s < count; s++) {
      const x = rng.next() * w;
      const y = rng.next() * h;
      const xi = Math.floor(x);
      const yi = Math.floor(y);
      const step = Math.max(1, Math.round(2 * c.unit));
      const gx = lum(src, w, h, xi + step, yi) - lum(src, w, h, xi - step, yi);
      const gy = lum(src, w, h, xi, yi + step) - lum(src, w, h, xi, yi - step);
      const mag = Math.sqrt(gx * gx + gy * gy);
      if (pass.onlyEdges && mag < 0.04) continue;
      // Strokes run along contours; in flat areas a slow noise field steers them.
      const flowAngle = fbm2(x * 0.006 / c.unit, y * 0.006 / c.unit, 2, seed) * TAU * 1.5;
      const angle = mag > 0.02 ? datan2(gy, gx) + TAU / 4 : flowAngle;
      const ca = dcos(angle);
      const sa = dsin(angle);
      const i = (yi * w + xi) * 3;
      const jitter = 0.94 + rng.next() * 0.12;
      const r = (src[i] ?? 0) * jitter;
      const g = (src[i + 1] ?? 0) * jitter;
      const b = (src[i + 2] ?? 0) * jitter;
      const L = pass.len * (0.7 + rng.next() * 0.6);
      const half = L / 2;
      const reach = Math.ceil(half + width);
      const bristleSeed = rng.int(1 << 30);
      for (let py = Math.max(0, yi - reach); py < Math.min(h, yi + reach); py++) {
        for (let px = Math.max(0, xi - reach); px < Math.min(w, xi + reach); px++) {
          const dx = px + 0.5 - x;
          const dy = py + 0.5 - y;
          const u = dx * ca + dy * sa;
          const v = -dx * sa + dy * ca;
          if (u < -half || u > half || v < -width / 2 || v > width / 2) continue;
          const bristle = noise1((v / width) * 9, bristleSeed);
          const taper = clamp01((half - Math.abs(u)) / (width * 0.6)) * clamp01((width / 2 - Math.abs(v)) / (width * 0.15));
          const k = 0.86 + bristle * 0.22;
          blend(c, px, py, r * k, g * k, b * k, taper * (0.55 + bristle * 0.45));
        }
      }
    }
  }
}
