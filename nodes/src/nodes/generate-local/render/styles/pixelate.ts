import type { Canvas } from '../canvas';

const BAYER4 = [0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5];

/** Posterises a small canvas to a few levels per channel with ordered dithering, the 8-bit look. */
export function posterize(c: Canvas, levels: number): void {
  const q = levels - 1;
  for (let y = 0; y < c.h; y++) {
    for (let x = 0; x < c.w; x++) {
      const t = ((BAYER4[(y & 3) * 4 + (x & 3)] ?? 0) + 0.5) / 16 - 0.5;
      const i = (y * c.w + x) * 3;
      for (let k = 0; k < 3; k++) {
        const v = c.px[i + k] ?? 0;
        c.px[i + k] = Math.round(Math.min(1, Math.max(0, v)) * q + t * 0.45) / q;
      }
    }
  }
}

/** Scales a small canvas up to w×h with nearest-neighbour sampling, so every source pixel becomes a crisp block. */
export function upscaleNearest(src: Canvas, w: number, h: number): Float32Array {
  const out = new Float32Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    const sy = Math.min(src.h - 1, Math.floor((y * src.h) / h));
    for (let x = 0; x < w; x++) {
      const sx = Math.min(src.w - 1, Math.floor((x * src.w) / w));
      const si = (sy * src.w + sx) * 3;
      const i = (y * w + x) * 3;
      out[i] = src.px[si] ?? 0;
      out[i + 1] = src.px[si + 1] ?? 0;
      out[i + 2] = src.px[si + 2] ?? 0;
    }
  }
  return out;
}
