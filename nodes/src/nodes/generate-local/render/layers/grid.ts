import { ink } from '../canvas';
import type { PaintContext } from '../scene';

/** Paints a grid: a perspective floor below the horizon (synthwave) or flat lines over the picture. */
export function paintGrid(ctx: PaintContext, perspective: boolean, top: number): void {
  const { canvas: c, palette: p, look, detail } = ctx;
  const col = look.neon ? (p.colours[0] ?? p.accent) : p.light;
  const hy = top * c.h;
  const half = look.neon ? 0 : Math.max(0.6, c.unit * 0.9);
  const cells = 8 + Math.round(detail * 10);
  const opacity = look.neon ? 0.8 : 0.55;
  if (!perspective) {
    const step = Math.min(c.w, c.h) / cells;
    for (let y = 0; y < c.h; y++) {
      const fy = (y + 0.5) / step;
      const dy = Math.abs(fy - Math.round(fy)) * step;
      for (let x = 0; x < c.w; x++) {
        const fx = (x + 0.5) / step;
        const dx = Math.abs(fx - Math.round(fx)) * step;
        ink(c, look, x, y, Math.min(dx, dy) - half, col, opacity);
      }
    }
    return;
  }
  const cam = c.h * 0.5;
  for (let y = Math.ceil(hy); y < c.h; y++) {
    const dyh = y + 0.5 - hy;
    // Depth along the floor; rows get closer together toward the horizon.
    const z = cam / dyh;
    const dzdy = cam / (dyh * dyh);
    const fz = z * cells * 0.25;
    const rowDist = (Math.abs(fz - Math.round(fz)) / (cells * 0.25)) / dzdy;
    const fade = Math.min(1, dyh / (c.h * 0.08));
    for (let x = 0; x < c.w; x++) {
      const u = ((x + 0.5 - c.w / 2) * z) / c.w;
      const fu = u * cells * 0.5;
      const colDist = (Math.abs(fu - Math.round(fu)) / (cells * 0.5)) / (z / c.w);
      ink(c, look, x, y, Math.min(rowDist, colDist) - half, col, opacity * fade);
    }
  }
}
