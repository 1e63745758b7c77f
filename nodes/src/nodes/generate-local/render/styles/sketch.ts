import type { Canvas } from '../canvas';
import { mix32 } from '../hash';
import { clamp01, smoothstep } from '../math';
import { noise2 } from '../noise';

function lineMask(s: number, spacing: number, width: number): number {
  const f = s / spacing;
  const dist = Math.abs(f - Math.round(f)) * spacing;
  return clamp01(width - dist + 0.5);
}

/** Pencil finish: paper, contour lines from edges, and cross-hatching that thickens with darkness. */
export function applySketch(c: Canvas, seed: number, detail: number): void {
  const { w, h } = c;
  const L = new Float32Array(w * h);
  for (let i = 0; i < w * h; i++) L[i] = 0.299 * (c.px[i * 3] ?? 0) + 0.587 * (c.px[i * 3 + 1] ?? 0) + 0.114 * (c.px[i * 3 + 2] ?? 0);
  const s = mix32(seed, 313);
  const spacing = (3.5 + (1 - detail) * 4) * c.unit;
  const width = 0.35 * c.unit + 0.25;
  const wob = 0.04 / c.unit;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const l = L[i] ?? 0;
      const xl = x > 0 ? (L[i - 1] ?? l) : l;
      const xr = x < w - 1 ? (L[i + 1] ?? l) : l;
      const yu = y > 0 ? (L[i - w] ?? l) : l;
      const yd = y < h - 1 ? (L[i + w] ?? l) : l;
      const edge = smoothstep(0.04, 0.16, Math.abs(xr - xl) + Math.abs(yd - yu));
      const t = 1 - l;
      const o = (noise2(x * wob, y * wob, s) - 0.5) * spacing * 1.2;
      let ink = edge * 0.9;
      ink += lineMask(x + y + o, spacing, width) * smoothstep(0.25, 0.4, t) * 0.6;
      ink += lineMask(x - y + o, spacing, width) * smoothstep(0.48, 0.62, t) * 0.6;
      ink += lineMask(y + o * 0.5, spacing * 0.8, width) * smoothstep(0.7, 0.85, t) * 0.6;
      const pressure = 0.7 + 0.3 * noise2(x * 0.3, y * 0.02, s + 1);
      const k = clamp01(ink) * pressure * 0.82;
      const j = i * 3;
      // A breath of the original colour, like a pencil sketch with a light wash.
      c.px[j] = (0.965 + ((c.px[j] ?? 0) - 0.965) * 0.12) * (1 - k) + 0.17 * k;
      c.px[j + 1] = (0.955 + ((c.px[j + 1] ?? 0) - 0.955) * 0.12) * (1 - k) + 0.17 * k;
      c.px[j + 2] = (0.925 + ((c.px[j + 2] ?? 0) - 0.925) * 0.12) * (1 - k) + 0.19 * k;
    }
  }
}
