import type { Rgb } from '../color';
import { adjust, mixRgb } from '../color';
import { mix32, Rng } from '../hash';
import { smoothstep } from '../math';
import { fbm2 } from '../noise';
import type { PaintContext } from '../scene';
import { paintBox, paintCircle, paintTriangle, solid } from './primitives';

function colourAt(ctx: PaintContext, i: number): Rgb {
  const cols = ctx.palette.colours;
  return cols[i % cols.length] ?? ctx.palette.hero;
}

/** A mesh gradient: colour points blended by inverse distance over a gently warped plane. */
function mesh(ctx: PaintContext, rng: Rng): void {
  const { canvas: c, palette: p, look } = ctx;
  const n = 4 + rng.int(3);
  const pts: { x: number; y: number; col: Rgb }[] = [];
  for (let i = 0; i < n; i++) {
    const col = i === n - 1 ? mixRgb(p.light, colourAt(ctx, i), 0.3) : adjust(colourAt(ctx, i + rng.int(3)), { lMul: rng.range(0.85, 1.25) });
    pts.push({ x: rng.next() * c.w, y: rng.next() * c.h, col });
  }
  const seed = mix32(ctx.seed, 223);
  const s = Math.min(c.w, c.h);
  const warp = look.flat ? 0 : s * 0.25;
  const sigma2 = s * s * 0.05;
  for (let y = 0; y < c.h; y++) {
    for (let x = 0; x < c.w; x++) {
      const wx = x + (warp > 0 ? (fbm2(x * 2 / s, y * 2 / s, 3, seed) - 0.5) * warp : 0);
      const wy = y + (warp > 0 ? (fbm2(x * 2 / s + 9, y * 2 / s, 3, seed) - 0.5) * warp : 0);
      let r = 0;
      let g = 0;
      let b = 0;
      let sum = 0;
      for (const pt of pts) {
        const dx = wx - pt.x;
        const dy = wy - pt.y;
        const q = 1 / (1 + (dx * dx + dy * dy) / sigma2);
        const wgt = q * q;
        r += pt.col.r * wgt;
        g += pt.col.g * wgt;
        b += pt.col.b * wgt;
        sum += wgt;
      }
      const i = (y * c.w + x) * 3;
      c.px[i] = r / sum;
      c.px[i + 1] = g / sum;
      c.px[i + 2] = b / sum;
    }
  }
}

/** A marbled field: warped noise mapped through the palette as a colour ramp. */
function flow(ctx: PaintContext): void {
  const { canvas: c, detail } = ctx;
  const seed = mix32(ctx.seed, 227);
  const s = 2.5 / Math.min(c.w, c.h);
  const cols = ctx.palette.colours.length > 1 ? ctx.palette.colours : [ctx.palette.dark, ctx.palette.hero, ctx.palette.light];
  const octaves = 3 + Math.round(detail * 3);
  for (let y = 0; y < c.h; y++) {
    for (let x = 0; x < c.w; x++) {
      const qx = fbm2(x * s, y * s, 4, seed);
      const qy = fbm2(x * s + 3.1, y * s + 7.7, 4, seed);
      const n = fbm2(x * s + qx * 3, y * s + qy * 3, octaves, seed + 1);
      const t = smoothstep(0.25, 0.75, n) * (cols.length - 1);
      const k = Math.min(cols.length - 2, Math.floor(t));
      const a = cols[k] ?? ctx.palette.hero;
      const b = cols[k + 1] ?? a;
      const f = smoothstep(0, 1, t - k);
      const i = (y * c.w + x) * 3;
      c.px[i] = a.r + (b.r - a.r) * f;
      c.px[i + 1] = a.g + (b.g - a.g) * f;
      c.px[i + 2] = a.b + (b.b - a.b) * f;
    }
  }
}

/** Bauhaus: a flat ground and a few bold circles, half-planes and triangles on a loose grid. */
function bauhaus(ctx: PaintContext, rng: Rng): void {
  const { canvas: c, palette: p } = ctx;
  const ground = mixRgb(p.light, colourAt(ctx, 1), 0.15);
  paintBox(ctx, -10, -10, c.w + 10, c.h + 10, solid(ground));
  const s = Math.min(c.w, c.h);
  const shapes = 5 + rng.int(5);
  for (let i = 0; i < shapes; i++) {
    const col = i % 4 === 3 ? p.dark : colourAt(ctx, i + rng.int(2));
    const x = Math.round(rng.next() * 4) / 4 * c.w;
    const y = Math.round(rng.next() * 4) / 4 * c.h;
    const r = s * rng.range(0.12, 0.32);
    const kind = rng.int(3);
    if (kind === 0) paintCircle(ctx, x, y, r, solid(col));
    else if (kind === 1) paintBox(ctx, x - r, y - r * 0.5, x + r, y + r * 0.5, solid(col));
    else paintTriangle(ctx, x - r, y + r, x + r, y + r, x + (rng.next() - 0.5) * r * 2, y - r, solid(col));
  }
}

/** Paints an abstract composition; the variant comes from the prompt's hash when nothing else was named. */
export function paintAbstract(ctx: PaintContext, variant: 'blobs' | 'bauhaus' | 'flow' | 'mesh' | 'plain'): void {
  const rng = new Rng(mix32(ctx.seed, 229));
  if (variant === 'plain') return paintBox(ctx, -10, -10, ctx.canvas.w + 10, ctx.canvas.h + 10, solid(mixRgb(ctx.palette.light, colourAt(ctx, 1), 0.25)));
  if (variant === 'flow') return flow(ctx);
  if (variant === 'bauhaus') return bauhaus(ctx, rng);
  mesh(ctx, rng);
  if (variant !== 'blobs') return;
  const { canvas: c } = ctx;
  const s = Math.min(c.w, c.h);
  const blobs = 4 + rng.int(5);
  for (let i = 0; i < blobs; i++) {
    const col = adjust(colourAt(ctx, i + 1), { lMul: rng.range(0.8, 1.2) });
    paintCircle(ctx, rng.next() * c.w, rng.next() * c.h, s * rng.range(0.08, 0.3), solid(col), rng.range(0.55, 0.9));
  }
}
