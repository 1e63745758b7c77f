import type { Look } from '../canvas';
import type { StyleKey } from '../vocabulary';

/** Derives the inking knobs all layers honour from the style words. */
export function lookFor(styles: ReadonlySet<StyleKey>, unit: number, seed: number, detail: number): Look {
  const look: Look = {
    soft: 1,
    jitter: 0,
    jitterFreq: 0,
    rim: 0,
    flat: false,
    neon: false,
    lineWidth: 1.2 * unit,
    glow: 6 * unit,
    texture: 0.5 + detail * 0.5,
    wash: false,
    seed,
  };
  if (styles.has('watercolor')) {
    look.soft = 2.5 * unit + 0.5;
    look.jitter = 5 * unit;
    look.jitterFreq = (0.025 + detail * 0.02) / unit;
    look.rim = 0.22;
    look.wash = true;
    look.texture = 0.3;
  }
  if (styles.has('minimal')) {
    look.flat = true;
    look.texture = 0;
  }
  if (styles.has('gradient')) look.texture = 0;
  if (styles.has('neon')) {
    look.neon = true;
    look.lineWidth = (1 + detail) * unit;
    look.glow = (5 + detail * 2) * unit;
  }
  if (styles.has('dreamy')) look.soft = Math.max(look.soft, 3 * unit);
  return look;
}
