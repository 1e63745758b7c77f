import { clamp01 } from './math';

/** A colour with channels in 0..1. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Parses #rrggbb. */
export function hex(s: string): Rgb {
  const n = parseInt(s.slice(1), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255 };
}

/** HSL (hue in degrees, s and l in 0..1) to RGB. */
export function hsl(h: number, s: number, l: number): Rgb {
  const hh = (((h % 360) + 360) % 360) / 60;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((hh % 2) - 1));
  const m = l - c / 2;
  const sector = Math.floor(hh);
  const [r, g, b] = sector === 0 ? [c, x, 0] : sector === 1 ? [x, c, 0] : sector === 2 ? [0, c, x] : sector === 3 ? [0, x, c] : sector === 4 ? [x, 0, c] : [c, 0, x];
  return { r: r + m, g: g + m, b: b + m };
}

/** Hue, saturation and lightness of a colour (hue in degrees). */
export interface Hsl {
  h: number;
  s: number;
  l: number;
}

/** RGB to HSL. */
export function toHsl(c: Rgb): Hsl {
  const max = Math.max(c.r, c.g, c.b);
  const min = Math.min(c.r, c.g, c.b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  let h: number;
  if (max === c.r) h = ((c.g - c.b) / d) % 6;
  else if (max === c.g) h = (c.b - c.r) / d + 2;
  else h = (c.r - c.g) / d + 4;
  return { h: (h * 60 + 360) % 360, s: clamp01(s), l };
}

/** Mixes two colours. */
export function mixRgb(a: Rgb, b: Rgb, t: number): Rgb {
  return { r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t };
}

/** Multiplies every channel (darkens below 1). */
export function scaleRgb(a: Rgb, k: number): Rgb {
  return { r: clamp01(a.r * k), g: clamp01(a.g * k), b: clamp01(a.b * k) };
}

/** Moves lightness and saturation while keeping the hue. */
export function adjust(c: Rgb, opts: { l?: number; s?: number; dh?: number; lMul?: number; sMul?: number }): Rgb {
  const x = toHsl(c);
  const l = opts.l ?? x.l * (opts.lMul ?? 1);
  const s = opts.s ?? x.s * (opts.sMul ?? 1);
  return hsl(x.h + (opts.dh ?? 0), clamp01(s), clamp01(l));
}

/** Perceived luminance (Rec. 601 weights). */
export function luma(c: Rgb): number {
  return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
}
