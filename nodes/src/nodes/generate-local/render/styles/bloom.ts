import type { Canvas } from '../canvas';
import { boxBlur } from './blur';

/** Adds a blurred copy of the bright parts back onto the picture: neon halation or a dreamy glow. */
export function applyBloom(c: Canvas, radius: number, strength: number, threshold: number): void {
  const bright = new Float32Array(c.px.length);
  for (let i = 0; i < c.px.length; i++) {
    const v = (c.px[i] ?? 0) - threshold;
    bright[i] = v > 0 ? v : 0;
  }
  boxBlur(bright, c.w, c.h, radius, 3);
  for (let i = 0; i < c.px.length; i++) c.px[i] = (c.px[i] ?? 0) + (bright[i] ?? 0) * strength;
}
