import { adjust, hsl, toHsl } from '../color';
import { dcos, dsin, TAU } from '../math';
import type { PaintContext } from '../scene';
import { paintBox, paintCircle, paintTriangle, solid } from './primitives';
import type { Fill } from './primitives';

/** Paints a geometric figure (a circle, a rotated square or a triangle) with a soft drop shadow. */
export function paintShape(ctx: PaintContext, kind: 'circle' | 'square' | 'triangle', fx: number, fy: number, size: number, angle: number, hue: number): void {
  const { canvas: c, palette: p, look } = ctx;
  const R = size * Math.min(c.w, c.h);
  const cx = fx * c.w;
  const cy = fy * c.h;
  const base = toHsl(p.hero);
  const col = hsl(base.h + hue, base.s, base.l);
  const fill: Fill = look.flat ? solid(col) : { a: adjust(col, { lMul: 1.3 }), b: adjust(col, { lMul: 0.7 }), ax: cx - R, ay: cy - R, bx: cx + R, by: cy + R };
  const draw = (ox: number, oy: number, f: Fill, opacity: number): void => {
    if (kind === 'circle') paintCircle(ctx, cx + ox, cy + oy, R, f, opacity);
    else if (kind === 'square') paintBox(ctx, cx + ox - R * 0.85, cy + oy - R * 0.85, cx + ox + R * 0.85, cy + oy + R * 0.85, f, R * 0.04, opacity, angle);
    else {
      const pts: number[] = [];
      for (let i = 0; i < 3; i++) {
        const a = angle + (i * TAU) / 3 - TAU / 4;
        pts.push(cx + ox + dcos(a) * R * 1.25, cy + oy + dsin(a) * R * 1.25);
      }
      const [ax = 0, ay = 0, bx = 0, by = 0, qx = 0, qy = 0] = pts;
      paintTriangle(ctx, ax, ay, bx, by, qx, qy, f, opacity);
    }
  };
  if (!look.flat && !look.neon) draw(R * 0.06, R * 0.1, solid(p.dark), 0.3);
  draw(0, 0, fill, 1);
}
