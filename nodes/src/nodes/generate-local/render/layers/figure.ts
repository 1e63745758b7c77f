import type { Rgb } from '../color';
import { adjust, hex, mixRgb } from '../color';
import { mix32, Rng } from '../hash';
import type { PaintContext } from '../scene';
import type { Fill } from './primitives';
import { paintBox, paintCircle, paintEllipse, paintSegment, paintTriangle, solid } from './primitives';

/** A diagonal gradient lit from the upper left, so every figure shares one light. */
function lit(ctx: PaintContext, col: Rgb, cx: number, cy: number, r: number): Fill {
  if (ctx.look.flat) return solid(col);
  return { a: adjust(col, { lMul: 1.25 }), b: adjust(col, { lMul: 0.62 }), ax: cx - r * 0.7, ay: cy - r * 0.8, bx: cx + r * 0.8, by: cy + r * 0.7 };
}

function person(ctx: PaintContext, cx: number, S: number, rng: Rng): void {
  const { canvas: c, palette: p } = ctx;
  const bottom = c.h;
  const headY = bottom - S * 0.68;
  const skin = mixRgb(hex('#e2b08e'), p.hero, 0.22);
  const hair = mixRgb(p.dark, p.hero, rng.range(0.1, 0.4));
  const clothes = p.hero;
  const longHair = rng.chance(0.5);
  if (longHair) paintBox(ctx, cx - S * 0.21, headY - S * 0.1, cx + S * 0.21, headY + S * 0.34, lit(ctx, hair, cx, headY, S * 0.3), S * 0.12);
  paintEllipse(ctx, cx, bottom + S * 0.08, S * 0.58, S * 0.4, 0, lit(ctx, clothes, cx, bottom, S * 0.5));
  paintBox(ctx, cx - S * 0.085, headY, cx + S * 0.085, bottom - S * 0.26, lit(ctx, adjust(skin, { lMul: 0.85 }), cx, headY, S * 0.1));
  paintEllipse(ctx, cx, headY, S * 0.17, S * 0.22, 0, lit(ctx, skin, cx, headY, S * 0.2));
  paintEllipse(ctx, cx, headY - S * 0.09, S * 0.19, S * 0.15, 0, lit(ctx, hair, cx, headY - S * 0.1, S * 0.2));
  const eye = solid(p.dark);
  paintEllipse(ctx, cx - S * 0.065, headY + S * 0.02, S * 0.022, S * 0.014, 0, eye);
  paintEllipse(ctx, cx + S * 0.065, headY + S * 0.02, S * 0.022, S * 0.014, 0, eye);
  paintSegment(ctx, cx - S * 0.035, headY + S * 0.12, cx + S * 0.035, headY + S * 0.12, S * 0.007, solid(adjust(skin, { lMul: 0.6 })));
}

function cat(ctx: PaintContext, cx: number, S: number): void {
  const { canvas: c, palette: p } = ctx;
  const fur = p.fur;
  const headY = c.h - S * 0.74;
  const R = S * 0.25;
  paintEllipse(ctx, cx, c.h - S * 0.12, S * 0.42, S * 0.46, 0, lit(ctx, fur, cx, c.h - S * 0.3, S * 0.5));
  for (const side of [-1, 1]) {
    const ex = cx + side * R * 0.62;
    paintTriangle(ctx, ex - R * 0.42, headY - R * 0.45, ex + R * 0.42, headY - R * 0.45, ex + side * R * 0.12, headY - R * 1.35, lit(ctx, fur, ex, headY - R, R));
    paintTriangle(ctx, ex - R * 0.22, headY - R * 0.55, ex + R * 0.22, headY - R * 0.55, ex + side * R * 0.08, headY - R * 1.1, solid(mixRgb(fur, hex('#f0a0a8'), 0.55)));
  }
  paintEllipse(ctx, cx, headY, R * 1.08, R, 0, lit(ctx, fur, cx, headY, R));
  const iris = mixRgb(p.accent, hex('#c8e04a'), 0.5);
  for (const side of [-1, 1]) {
    paintEllipse(ctx, cx + side * R * 0.4, headY - R * 0.05, R * 0.22, R * 0.15, side * 0.2, solid(iris));
    paintEllipse(ctx, cx + side * R * 0.4, headY - R * 0.05, R * 0.045, R * 0.14, 0, solid(p.dark));
    for (let k = -1; k <= 1; k++) {
      paintSegment(ctx, cx + side * R * 0.25, headY + R * 0.35, cx + side * R * 1.35, headY + R * (0.25 + k * 0.16), Math.max(0.5, S * 0.003), solid(mixRgb(p.light, fur, 0.3)), 0.8);
    }
  }
  paintTriangle(ctx, cx - R * 0.1, headY + R * 0.2, cx + R * 0.1, headY + R * 0.2, cx, headY + R * 0.32, solid(hex('#d07880')));
}

function dog(ctx: PaintContext, cx: number, S: number): void {
  const { canvas: c, palette: p } = ctx;
  const fur = p.fur;
  const ear = adjust(fur, { lMul: 0.6 });
  const headY = c.h - S * 0.72;
  const R = S * 0.24;
  paintEllipse(ctx, cx, c.h - S * 0.1, S * 0.44, S * 0.44, 0, lit(ctx, fur, cx, c.h - S * 0.3, S * 0.5));
  paintEllipse(ctx, cx, headY, R, R * 1.08, 0, lit(ctx, fur, cx, headY, R));
  paintEllipse(ctx, cx - R * 0.95, headY + R * 0.25, R * 0.32, R * 0.8, 0.35, lit(ctx, ear, cx - R, headY, R * 0.6));
  paintEllipse(ctx, cx + R * 0.95, headY + R * 0.25, R * 0.32, R * 0.8, -0.35, lit(ctx, ear, cx + R, headY, R * 0.6));
  paintEllipse(ctx, cx, headY + R * 0.5, R * 0.5, R * 0.4, 0, lit(ctx, mixRgb(fur, p.light, 0.45), cx, headY + R * 0.5, R * 0.5));
  paintEllipse(ctx, cx, headY + R * 0.32, R * 0.17, R * 0.12, 0, solid(p.dark));
  for (const side of [-1, 1]) {
    paintCircle(ctx, cx + side * R * 0.42, headY - R * 0.12, R * 0.1, solid(p.dark));
    paintCircle(ctx, cx + side * R * 0.42 - R * 0.03, headY - R * 0.16, R * 0.03, solid(p.light));
  }
}

/** Paints a centred silhouette rising from the bottom edge: a head-and-shoulders portrait, a cat or a dog. */
export function paintFigure(ctx: PaintContext, kind: 'person' | 'cat' | 'dog', fx: number, size: number): void {
  const rng = new Rng(mix32(ctx.seed, 163));
  const S = size * Math.min(ctx.canvas.w, ctx.canvas.h);
  const cx = fx * ctx.canvas.w;
  if (kind === 'person') person(ctx, cx, S, rng);
  else if (kind === 'cat') cat(ctx, cx, S);
  else dog(ctx, cx, S);
}
