import type { ParamTypeDecl } from './types';
import { readsAsNumber } from './sweeps';

/** A parameter value after conversion. */
export type ParamValue = string | number | boolean;

/** Finds the declared parameter for `name` (or one of its aliases), case-insensitively. */
export function resolveParamName(name: string, types: Record<string, ParamTypeDecl> | undefined): { name: string; decl: ParamTypeDecl | undefined } {
  if (!types) return { name, decl: undefined };
  const lower = name.toLowerCase();
  for (const [declared, decl] of Object.entries(types)) {
    if (declared.toLowerCase() === lower) return { name: declared, decl };
  }
  for (const [declared, decl] of Object.entries(types)) {
    if (decl.aliases?.some((a) => a.toLowerCase() === lower)) return { name: declared, decl };
  }
  return { name, decl: undefined };
}

const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);

/** Converts one value to its declared type; a string explains why it does not convert. */
export function convertParam(value: ParamValue, decl: ParamTypeDecl | undefined): { ok: true; value: ParamValue } | { ok: false; expected: string } {
  if (!decl) {
    if (typeof value === 'string' && value.trim() !== '' && readsAsNumber(value)) return { ok: true, value: Number(value) };
    return { ok: true, value };
  }
  const text = String(value).trim();
  switch (decl.type) {
    case 'number':
      return typeof value === 'number' || readsAsNumber(text) ? { ok: true, value: Number(text) } : { ok: false, expected: 'a number' };
    case 'integer':
      return /^[+-]?\d+$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, expected: 'a whole number' };
    case 'boolean':
      if (TRUE.has(text.toLowerCase())) return { ok: true, value: true };
      if (FALSE.has(text.toLowerCase())) return { ok: true, value: false };
      return { ok: false, expected: 'true or false' };
    case 'enum': {
      const hit = decl.options?.find((o) => o.toLowerCase() === text.toLowerCase());
      return hit !== undefined ? { ok: true, value: hit } : { ok: false, expected: `one of ${(decl.options ?? []).join(', ')}` };
    }
    case 'string':
      return { ok: true, value: String(value) };
  }
}
