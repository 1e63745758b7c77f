import type { Canvas } from '../canvas';
import { hash2, mix32 } from '../hash';
import { clamp01 } from '../math';

/** Sepia toning with lifted blacks, as in an old print. */
export function applySepia(c: Canvas): void {
  for (let i = 0; i < c.px.length; i += 3) {
    const r = c.px[i] ?? 0;
    const g = c.px[i + 1] ?? 0;
    const b = c.px[i + 2] ?? 0;
    const l = 0.299 * r + 0.587 * g + 0.114 * b;
    c.px[i] = 0.07 + (r * 0.25 + (l * 1.05 + 0.04) * 0.75) * 0.86;
    c.px[i + 1] = 0.06 + (g * 0.25 + (l * 0.86 + 0.02) * 0.75) * 0.86;
    c.px[i + 2] = 0.05 + (b * 0.25 + l * 0.62 * 0.75) * 0.86;
  }
}

/** Film grain: triangular-distributed noise per pixel, strongest in the mid-tones, with a touch of colour. */
export function applyGrain(c: Canvas, seed: number, amount: number): void {
  const s = mix32(seed, 331);
  for (let y = 0; y < c.h; y++) {
    for (let x = 0; x < c.w; x++) {
      const i = (y * c.w + x) * 3;
      const l = 0.299 * (c.px[i] ?? 0) + 0.587 * (c.px[i + 1] ?? 0) + 0.114 * (c.px[i + 2] ?? 0);
      const mid = 0.45 + 2 * clamp01(l) * (1 - clamp01(l));
      const n = (hash2(x, y, s) + hash2(x, y, s + 1) - 1) * amount * mid;
      c.px[i] = (c.px[i] ?? 0) + n + (hash2(x, y, s + 2) - 0.5) * amount * 0.25;
      c.px[i + 1] = (c.px[i + 1] ?? 0) + n;
      c.px[i + 2] = (c.px[i + 2] ?? 0) + n + (hash2(x, y, s + 3) - 0.5) * amount * 0.25;
    }
  }
}

/** Darkens the corners. */
export function applyVignette(c: Canvas, strength: number): void {
  const cx = c.w / 2;
  const cy = c.h / 2;
  for (let y = 0; y < c.h; y++) {
    const dy = (y + 0.5 - cy) / cy;
    for (let x = 0; x < c.w; x++) {
      const dx = (x + 0.5 - cx) / cx;
      const d2 = (dx * dx + dy * dy) * 0.5;
      const k = 1 - strength * d2 * d2;
      const i = (y * c.w + x) * 3;
      c.px[i] = (c.px[i] ?? 0) * k;
      c.px[i + 1] = (c.px[i + 1] ?? 0) * k;
      c.px[i + 2] = (c.px[i + 2] ?? 0) * k;
    }
  }
}
