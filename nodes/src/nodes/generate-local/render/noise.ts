import { hash2 } from './hash';

// Value noise on an integer lattice with smoothstep interpolation: cheaper than
// gradient noise and, built from integer hashes, identical on every machine.

/** 2-D value noise in 0..1. */
export function noise2(x: number, y: number, seed: number): number {
  const xi = Math.floor(x);
  const yi = Math.floor(y);
  const fx = x - xi;
  const fy = y - yi;
  const u = fx * fx * (3 - 2 * fx);
  const v = fy * fy * (3 - 2 * fy);
  const a = hash2(xi, yi, seed);
  const b = hash2(xi + 1, yi, seed);
  const c = hash2(xi, yi + 1, seed);
  const d = hash2(xi + 1, yi + 1, seed);
  const top = a + (b - a) * u;
  const bottom = c + (d - c) * u;
  return top + (bottom - top) * v;
}

/** Fractal sum of value noise in 0..1; each octave is rotated to hide the lattice. */
export function fbm2(x: number, y: number, octaves: number, seed: number): number {
  let sum = 0;
  let amp = 0.5;
  let norm = 0;
  let px = x;
  let py = y;
  for (let o = 0; o < octaves; o++) {
    sum += noise2(px, py, seed + o * 1013) * amp;
    norm += amp;
    amp *= 0.5;
    const nx = (0.8 * px - 0.6 * py) * 2;
    py = (0.6 * px + 0.8 * py) * 2;
    px = nx;
  }
  return sum / norm;
}

/** 1-D value noise in 0..1. */
export function noise1(x: number, seed: number): number {
  const xi = Math.floor(x);
  const f = x - xi;
  const u = f * f * (3 - 2 * f);
  const a = hash2(xi, 0, seed);
  return a + (hash2(xi + 1, 0, seed) - a) * u;
}

/** Fractal 1-D noise in 0..1, with a persistence knob for rough or gentle profiles. */
export function fbm1(x: number, octaves: number, persistence: number, seed: number): number {
  let sum = 0;
  let amp = 1;
  let norm = 0;
  let f = x;
  for (let o = 0; o < octaves; o++) {
    sum += noise1(f, seed + o * 7919) * amp;
    norm += amp;
    amp *= persistence;
    f *= 2.03;
  }
  return sum / norm;
}
