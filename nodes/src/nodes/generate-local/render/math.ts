// Deterministic scalar helpers. Only +, -, *, /, sqrt, floor and round are
// used because IEEE 754 fixes their results bit for bit; Math.sin, Math.exp
// and friends may differ between engines, so their stand-ins live here.

/** Two pi. */
export const TAU = 6.283185307179586;
const PI = 3.141592653589793;
const HALF_PI = 1.5707963267948966;

/** Clamps a value to 0..1. */
export function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/** Clamps a value to lo..hi. */
export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Linear interpolation from a to b. */
export function mix(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Hermite step between two edges, like GLSL smoothstep. */
export function smoothstep(e0: number, e1: number, x: number): number {
  const t = clamp01((x - e0) / (e1 - e0));
  return t * t * (3 - 2 * t);
}

/** Sine from a fixed polynomial, identical on every engine. */
export function dsin(x: number): number {
  let r = x - Math.round(x / TAU) * TAU;
  if (r > HALF_PI) r = PI - r;
  else if (r < -HALF_PI) r = -PI - r;
  const r2 = r * r;
  return r * (1 + r2 * (-1 / 6 + r2 * (1 / 120 + r2 * (-1 / 5040 + r2 * (1 / 362880 + r2 * (-1 / 39916800))))));
}

/** Cosine from the same polynomial as dsin. */
export function dcos(x: number): number {
  return dsin(x + HALF_PI);
}

/** Arc tangent of y/x in -pi..pi from a minimax polynomial (error < 1e-5). */
export function datan2(y: number, x: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (ax === 0 && ay === 0) return 0;
  const swap = ay > ax;
  const z = swap ? ax / ay : ay / ax;
  const z2 = z * z;
  let a = z * (0.99997726 + z2 * (-0.33262347 + z2 * (0.19354346 + z2 * (-0.11643287 + z2 * (0.05265332 + z2 * -0.0117212)))));
  if (swap) a = HALF_PI - a;
  if (x < 0) a = PI - a;
  return y < 0 ? -a : a;
}

/** A bell curve 1/(1+x^2): a cheap, engine-independent stand-in for exp(-x^2). */
export function bell(x: number): number {
  return 1 / (1 + x * x);
}
