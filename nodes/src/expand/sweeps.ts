/**
 * Parameter sweeps (EXPANSION.md §3): `4,5,6`, `10..20`, `0.5..1.0:0.25`
 * (computed exactly in decimal), `a|b|c` (one value picked per generation).
 */

/** How many values one sweep may produce before it is refused. */
export const MAX_SWEEP_VALUES = 100_000;

/** A parameter's raw values: every value in turn, one seeded pick, or a problem to report. */
export type RawSweep =
  | { kind: 'values'; values: string[] }
  | { kind: 'pick'; values: string[] }
  | { kind: 'invalid'; reason: string };

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const RANGE = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*\.\.\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(?::\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*)?$/;

/** Reads a sweep from a string value; a plain value is a sweep of one. */
export function parseSweep(raw: string): RawSweep {
  if (raw.includes('|')) return { kind: 'pick', values: raw.split('|').map((v) => v.trim()) };
  const range = RANGE.exec(raw);
  if (range) return decimalRange(range[1] as string, range[2] as string, range[3]);
  if (raw.includes(',')) return { kind: 'values', values: raw.split(',').map((v) => v.trim()) };
  return { kind: 'values', values: [raw] };
}

interface Scaled {
  value: bigint;
  scale: number;
}

function toScaled(text: string): Scaled {
  const negative = text.startsWith('-');
  const body = text.replace(/^[+-]/, '');
  const [whole = '', frac = ''] = body.split('.');
  const value = BigInt(`${whole === '' ? '0' : whole}${frac}` || '0');
  return { value: negative ? -value : value, scale: frac.length };
}

function rescale(x: Scaled, scale: number): bigint {
  return x.value * 10n ** BigInt(scale - x.scale);
}

function format(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  let out = digits;
  if (scale > 0) {
    const whole = digits.slice(0, -scale);
    const frac = digits.slice(-scale).replace(/0+$/, '');
    out = frac === '' ? whole : `${whole}.${frac}`;
  }
  return negative && out !== '0' ? `-${out}` : out;
}

function decimalRange(fromText: string, toText: string, stepText: string | undefined): RawSweep {
  const from = toScaled(fromText);
  const to = toScaled(toText);
  const step = toScaled(stepText ?? '1');
  const scale = Math.max(from.scale, to.scale, step.scale);
  const a = rescale(from, scale);
  const b = rescale(to, scale);
  let s = rescale(step, scale);
  if (s < 0n) s = -s;
  if (s === 0n) return { kind: 'invalid', reason: 'a range step must not be zero' };
  const span = a <= b ? b - a : a - b;
  const n = span / s + 1n;
  if (n > BigInt(MAX_SWEEP_VALUES)) return { kind: 'invalid', reason: `the range has more than ${MAX_SWEEP_VALUES} values` };
  const dir = a <= b ? s : -s;
  const values: string[] = [];
  for (let i = 0n, v = a; i < n; i++, v += dir) values.push(format(v, scale));
  return { kind: 'values', values };
}

/** Whether a string reads as a decimal number. */
export function readsAsNumber(text: string): boolean {
  return DECIMAL.test(text.trim());
}
