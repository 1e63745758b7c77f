import { createCanvas } from './canvas';
import type { Canvas } from './canvas';
import { hashString, hash2, mix32, Rng, seedToUint32 } from './hash';
import { paintLayer } from './paint-layer';
import { buildPalette } from './palette';
import { parsePrompt } from './parse-prompt';
import { planScene } from './plan-scene';
import type { PaintContext } from './scene';
import { applyBloom } from './styles/bloom';
import { applyGrain, applySepia, applyVignette } from './styles/film';
import { lookFor } from './styles/look';
import { applyPainterly } from './styles/painterly';
import { posterize, upscaleNearest } from './styles/pixelate';
import { applySketch } from './styles/sketch';
import { applyWatercolor } from './styles/watercolor';
import type { LocalRenderRequest, RawImage } from './types';

/** Smallest accepted width or height, in pixels. */
export const LOCAL_RENDER_MIN_SIZE = 64;
/** Largest accepted width or height, in pixels. */
export const LOCAL_RENDER_MAX_SIZE = 2048;

function validate(req: LocalRenderRequest): void {
  for (const key of ['width', 'height'] as const) {
    const v = req[key];
    if (!Number.isInteger(v) || v < LOCAL_RENDER_MIN_SIZE || v > LOCAL_RENDER_MAX_SIZE) {
      throw new RangeError(`${key} must be an integer from ${LOCAL_RENDER_MIN_SIZE} to ${LOCAL_RENDER_MAX_SIZE}, got ${v}`);
    }
  }
  if (!Number.isFinite(req.seed)) throw new RangeError(`seed must be a finite number, got ${req.seed}`);
  if (!Number.isFinite(req.detail) || req.detail < 0 || req.detail > 1) throw new RangeError(`detail must be from 0 to 1, got ${req.detail}`);
}

/** Converts to 8-bit with a sub-level dither so smooth skies do not band. */
function toBytes(px: Float32Array, w: number, h: number, seed: number, dither: boolean): Uint8Array {
  const out = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      const d = dither ? hash2(x, y, seed) - 0.5 : 0;
      for (let k = 0; k < 3; k++) {
        const v = Math.round((px[i + k] ?? 0) * 255 + d);
        out[i + k] = v < 0 ? 0 : v > 255 ? 255 : v;
      }
    }
  }
  return out;
}

/** Renders the picture for a request; pure and deterministic. */
export function renderLocalImage(req: LocalRenderRequest): RawImage {
  validate(req);
  const { width, height, detail } = req;
  const parsed = parsePrompt(req.prompt, req.negativePrompt ?? '');
  const styles = parsed.styles;
  const seed = mix32(seedToUint32(req.seed), hashString(req.prompt.trim().toLowerCase()));
  const pixel = styles.has('pixel');
  // Pixel art renders small and scales up, so blocks are true pixels of the drawing.
  const block = pixel ? Math.max(2, Math.round(Math.min(width, height) / (48 + detail * 80))) : 1;
  const canvas: Canvas = createCanvas(Math.ceil(width / block), Math.ceil(height / block));
  const rng = new Rng(seed);
  const look = lookFor(styles, canvas.unit, mix32(seed, 3), detail);
  if (pixel) look.soft = 0.35;
  const plan = planScene(parsed, look.neon, styles.has('gradient'), look.flat, detail, rng);
  const palette = buildPalette(parsed, plan.time, look.neon, rng);
  const ctx: PaintContext = { canvas, look, palette, plan, detail, seed };
  const broadleaved = parsed.words.palette.some((w) => w === 'autumn' || w === 'fall' || w === 'spring') || parsed.words.scene.some((w) => /^(tree|trees|grove|jungle|wood|woods)$/.test(w));
  for (const layer of plan.layers) paintLayer(ctx, layer, broadleaved);

  if (styles.has('painterly')) applyPainterly(canvas, seed, detail);
  if (styles.has('watercolor')) applyWatercolor(canvas, seed);
  if (styles.has('sketch')) applySketch(canvas, seed, detail);
  if (look.neon) applyBloom(canvas, 5 * canvas.unit, 0.9, 0.3);
  if (styles.has('dreamy')) applyBloom(canvas, 12 * canvas.unit, 0.7, 0.45);
  if (styles.has('vintage')) applySepia(canvas);
  const plain = look.flat || pixel || styles.has('sketch');
  if (!plain) applyVignette(canvas, styles.has('vintage') ? 0.7 : 0.3);
  if (styles.has('grain')) applyGrain(canvas, seed, 0.11);
  else if (styles.has('vintage')) applyGrain(canvas, seed, 0.05);
  if (pixel) {
    posterize(canvas, 6);
    return { width, height, channels: 3, data: toBytes(upscaleNearest(canvas, width, height), width, height, seed, false) };
  }
  return { width, height, channels: 3, data: toBytes(canvas.px, width, height, mix32(seed, 5), !look.flat) };
}
