import { bounds, ink } from '../canvas';
import type { Rgb } from '../color';
import { clamp01, dcos, dsin } from '../math';
import type { PaintContext } from '../scene';

/** A linear gradient from colour a at (ax, ay) to colour b at (bx, by), in pixels; flat looks use a alone. */
export interface Fill {
  a: Rgb;
  b: Rgb;
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

/** A flat fill. */
export function solid(c: Rgb): Fill {
  return { a: c, b: c, ax: 0, ay: 0, bx: 0, by: 1 };
}

/** A vertical gradient over y0..y1. */
export function vertical(a: Rgb, b: Rgb, x: number, y0: number, y1: number): Fill {
  return { a, b, ax: x, ay: y0, bx: x, by: y1 };
}

const scratch: Rgb = { r: 0, g: 0, b: 0 };

function shade(ctx: PaintContext, f: Fill, x: number, y: number): Rgb {
  if (ctx.look.flat || f.a === f.b) return f.a;
  const dx = f.bx - f.ax;
  const dy = f.by - f.ay;
  const t = clamp01(((x - f.ax) * dx + (y - f.ay) * dy) / (dx * dx + dy * dy));
  scratch.r = f.a.r + (f.b.r - f.a.r) * t;
  scratch.g = f.a.g + (f.b.g - f.a.g) * t;
  scratch.b = f.a.b + (f.b.b - f.a.b) * t;
  return scratch;
}

/** Paints an ellipse (rx, ry in pixels) rotated by angle radians. */
export function paintEllipse(ctx: PaintContext, cx: number, cy: number, rx: number, ry: number, angle: number, fill: Fill, opacity = 1): void {
  const { canvas: c, look } = ctx;
  const rr = Math.max(rx, ry);
  const [x0, y0, x1, y1] = bounds(c, look, cx - rr, cy - rr, cx + rr, cy + rr);
  const ca = dcos(angle);
  const sa = dsin(angle);
  const k = Math.min(rx, ry);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const px = x + 0.5 - cx;
      const py = y + 0.5 - cy;
      const u = (px * ca + py * sa) / rx;
      const v = (-px * sa + py * ca) / ry;
      // Distance to an ellipse, approximated by scaling the unit-circle distance.
      const d = (Math.sqrt(u * u + v * v) - 1) * k;
      ink(c, look, x, y, d, shade(ctx, fill, x, y), opacity);
    }
  }
}

/** Paints a circle. */
export function paintCircle(ctx: PaintContext, cx: number, cy: number, r: number, fill: Fill, opacity = 1): void {
  paintEllipse(ctx, cx, cy, r, r, 0, fill, opacity);
}

/** Paints a box (optionally rounded, optionally rotated by angle radians about its centre). */
export function paintBox(ctx: PaintContext, x0: number, y0: number, x1: number, y1: number, fill: Fill, radius = 0, opacity = 1, angle = 0): void {
  const { canvas: c, look } = ctx;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - radius;
  const hy = (y1 - y0) / 2 - radius;
  const reach = angle === 0 ? 0 : Math.sqrt(hx * hx + hy * hy) + radius;
  const [bx0, by0, bx1, by1] = angle === 0 ? bounds(c, look, x0, y0, x1, y1) : bounds(c, look, cx - reach, cy - reach, cx + reach, cy + reach);
  const ca = dcos(angle);
  const sa = dsin(angle);
  for (let y = by0; y < by1; y++) {
    for (let x = bx0; x < bx1; x++) {
      const px = x + 0.5 - cx;
      const py = y + 0.5 - cy;
      const qx = Math.abs(px * ca + py * sa) - hx;
      const qy = Math.abs(-px * sa + py * ca) - hy;
      const ox = qx > 0 ? qx : 0;
      const oy = qy > 0 ? qy : 0;
      const d = Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0) - radius;
      ink(c, look, x, y, d, shade(ctx, fill, x, y), opacity);
    }
  }
}

/** Paints a triangle given its corners in pixels. */
export function paintTriangle(ctx: PaintContext, ax: number, ay: number, bx: number, by: number, qx: number, qy: number, fill: Fill, opacity = 1): void {
  const { canvas: c, look } = ctx;
  const [x0, y0, x1, y1] = bounds(c, look, Math.min(ax, bx, qx), Math.min(ay, by, qy), Math.max(ax, bx, qx), Math.max(ay, by, qy));
  const pts = [ax, ay, bx, by, qx, qy];
  // Orientation makes "inside" negative whichever way the corners wind.
  const sign = (bx - ax) * (qy - ay) - (by - ay) * (qx - ax) > 0 ? 1 : -1;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      let d = -Infinity;
      for (let e = 0; e < 3; e++) {
        const ex = pts[e * 2] ?? 0;
        const ey = pts[e * 2 + 1] ?? 0;
        const fx = pts[((e + 1) % 3) * 2] ?? 0;
        const fy = pts[((e + 1) % 3) * 2 + 1] ?? 0;
        const nx = (fy - ey) * sign;
        const ny = -(fx - ex) * sign;
        const len = Math.sqrt(nx * nx + ny * ny);
        const de = ((px - ex) * nx + (py - ey) * ny) / len;
        if (de > d) d = de;
      }
      ink(c, look, x, y, d, shade(ctx, fill, x, y), opacity);
    }
  }
}

/** Paints a segment with round caps (a capsule) of half-width r. */
export function paintSegment(ctx: PaintContext, ax: number, ay: number, bx: number, by: number, r: number, fill: Fill, opacity = 1): void {
  const { canvas: c, look } = ctx;
  const [x0, y0, x1, y1] = bounds(c, look, Math.min(ax, bx) - r, Math.min(ay, by) - r, Math.max(ax, bx) + r, Math.max(ay, by) + r);
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy || 1;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const px = x + 0.5 - ax;
      const py = y + 0.5 - ay;
      const t = clamp01((px * dx + py * dy) / l2);
      const qx = px - dx * t;
      const qy = py - dy * t;
      ink(c, look, x, y, Math.sqrt(qx * qx + qy * qy) - r, shade(ctx, fill, x, y), opacity);
    }
  }
}
