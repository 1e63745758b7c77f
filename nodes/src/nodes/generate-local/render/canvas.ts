import type { Rgb } from './color';
import { bell, clamp01 } from './math';
import { noise2 } from './noise';

/** A float RGB drawing surface (channels 0..1, interleaved, row-major). */
export interface Canvas {
  w: number;
  h: number;
  px: Float32Array;
  /** Pixels per reference pixel: min(w, h) / 512, so strokes scale with the picture. */
  unit: number;
}

/** How shapes are inked: the style knobs every layer honours. */
export interface Look {
  /** Edge softness in pixels (about 1 for anti-aliasing). */
  soft: number;
  /** Edge displacement amplitude in pixels (watercolor bleeding). */
  jitter: number;
  jitterFreq: number;
  /** Pigment pooling at edges (watercolor), 0..1. */
  rim: number;
  /** Flat fills: layers skip internal shading and texture. */
  flat: boolean;
  /** Glowing outlines on dark instead of fills. */
  neon: boolean;
  lineWidth: number;
  glow: number;
  /** Strength of in-layer noise texture, 0..1. */
  texture: number;
  /** Wet washes: sky and large fills get blotchy variation. */
  wash: boolean;
  seed: number;
}

/** Creates a canvas. */
export function createCanvas(w: number, h: number): Canvas {
  return { w, h, px: new Float32Array(w * h * 3), unit: Math.min(w, h) / 512 };
}

/** Pixels around a shape that its edges can still touch under this look. */
export function margin(look: Look): number {
  return Math.ceil(Math.max(look.soft, look.jitter * 1.6, look.neon ? look.glow * 3 : 0)) + 2;
}

/** Mixes a colour into one pixel with opacity a. */
export function blend(c: Canvas, x: number, y: number, r: number, g: number, b: number, a: number): void {
  const i = (y * c.w + x) * 3;
  const px = c.px;
  px[i] = (px[i] ?? 0) + (r - (px[i] ?? 0)) * a;
  px[i + 1] = (px[i + 1] ?? 0) + (g - (px[i + 1] ?? 0)) * a;
  px[i + 2] = (px[i + 2] ?? 0) + (b - (px[i + 2] ?? 0)) * a;
}

/** Adds light to one pixel (glows); clamped only at the end of the render. */
export function addLight(c: Canvas, x: number, y: number, r: number, g: number, b: number, k: number): void {
  const i = (y * c.w + x) * 3;
  const px = c.px;
  px[i] = (px[i] ?? 0) + r * k;
  px[i + 1] = (px[i + 1] ?? 0) + g * k;
  px[i + 2] = (px[i + 2] ?? 0) + b * k;
}

/**
 * Inks one pixel of a shape given its signed distance d (negative inside, in
 * pixels): an anti-aliased fill, a bleeding watercolor edge or a neon outline.
 */
export function ink(c: Canvas, look: Look, x: number, y: number, d: number, col: Rgb, opacity: number): void {
  let dd = d;
  if (look.jitter > 0 && dd < look.jitter * 1.6 + look.soft && dd > -look.jitter * 1.6 - look.soft) {
    const f = look.jitterFreq;
    dd += (noise2(x * f, y * f, look.seed) - 0.5) * 2 * look.jitter + (noise2(x * f * 4, y * f * 4, look.seed + 7) - 0.5) * look.jitter * 0.6;
  }
  if (look.neon) {
    const ad = dd < 0 ? -dd : dd;
    if (dd < 0) blend(c, x, y, col.r * 0.05, col.g * 0.05, col.b * 0.05, clamp01(0.5 - dd) * 0.9 * opacity);
    const core = clamp01(look.lineWidth - ad + 0.5);
    const g = ad < look.glow * 3 ? bell(ad / look.glow) - 0.1 : 0;
    const k = (core * 0.9 + g * 0.75) * opacity;
    if (k > 0) addLight(c, x, y, col.r + core * 0.3, col.g + core * 0.3, col.b + core * 0.3, k);
    return;
  }
  const a = clamp01(0.5 - dd / look.soft) * opacity;
  if (a <= 0) return;
  if (look.rim > 0 && dd < 0) {
    // Pigment pools where a wet wash dries: darker just inside the edge.
    const k = 1 - look.rim * clamp01(1 + dd / (look.soft * 3 + 2 * c.unit));
    blend(c, x, y, col.r * k, col.g * k, col.b * k, a);
    return;
  }
  blend(c, x, y, col.r, col.g, col.b, a);
}

/** Clamps a box to the canvas, grown by the look's margin; returns [x0, y0, x1, y1] (x1, y1 exclusive). */
export function bounds(c: Canvas, look: Look, x0: number, y0: number, x1: number, y1: number): [number, number, number, number] {
  const m = margin(look);
  return [
    Math.max(0, Math.floor(x0 - m)),
    Math.max(0, Math.floor(y0 - m)),
    Math.min(c.w, Math.ceil(x1 + m)),
    Math.min(c.h, Math.ceil(y1 + m)),
  ];
}
