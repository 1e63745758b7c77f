import { z } from 'zod';

interface ParamBase {
  label?: string;
  description?: string;
  /** A required param must be given a non-empty value. */
  required?: boolean;
  /** UI hints: advanced params fold away; hidden ones are not drawn. */
  ui?: { advanced?: boolean; hidden?: boolean; placeholder?: string };
}

/** Multi-line text, such as a prompt. */
export interface TextParam extends ParamBase { kind: 'text'; default: string; maxLength?: number }
/** A one-line string. */
export interface StringParam extends ParamBase { kind: 'string'; default: string; maxLength?: number }
/** A whole number with bounds. */
export interface IntParam extends ParamBase { kind: 'int'; default: number; min?: number; max?: number; step?: number }
/** A decimal number with bounds. */
export interface FloatParam extends ParamBase { kind: 'float'; default: number; min?: number; max?: number; step?: number }
/** A switch. */
export interface BoolParam extends ParamBase { kind: 'bool'; default: boolean }
/** One of a closed list of options. */
export interface EnumParam extends ParamBase { kind: 'enum'; default: string; options: readonly string[] }
/** A seed: a 32-bit unsigned integer, or -1 for "pick a new one each run" (resolved and recorded before hashing). */
export interface SeedParam extends ParamBase { kind: 'seed'; default: number }

/** The closed set of param kinds; each maps to exactly one editor widget. */
export type ParamSpec = TextParam | StringParam | IntParam | FloatParam | BoolParam | EnumParam | SeedParam;

/** The kinds, for exhaustive checks. */
export type ParamKind = ParamSpec['kind'];

/** A node's params, by name. */
export type ParamSpecs = Record<string, ParamSpec>;

/** The value type of one param spec. */
export type ParamValue<S extends ParamSpec> = S extends BoolParam
  ? boolean
  : S extends IntParam | FloatParam | SeedParam
    ? number
    : S extends EnumParam
      ? S['options'][number]
      : string;

/** The params object a run function receives, inferred from the specs. */
export type ParamValues<P extends ParamSpecs> = { [K in keyof P]: ParamValue<P[K]> };

/** The largest seed; seeds are unsigned 32-bit so every provider can take them. */
export const MAX_SEED = 0xffff_ffff;

/** The zod schema that validates one param's value. */
export function paramValueSchema(spec: ParamSpec): z.ZodType {
  switch (spec.kind) {
    case 'text':
    case 'string': {
      let s = z.string();
      if (spec.maxLength !== undefined) s = s.max(spec.maxLength);
      if (spec.required) s = s.min(1, 'must not be empty');
      return s;
    }
    case 'int':
    case 'float': {
      let n = spec.kind === 'int' ? z.number().int() : z.number();
      if (spec.min !== undefined) n = n.min(spec.min);
      if (spec.max !== undefined) n = n.max(spec.max);
      return n;
    }
    case 'bool':
      return z.boolean();
    case 'enum':
      return z.enum(spec.options as [string, ...string[]]);
    case 'seed':
      return z.number().int().min(-1).max(MAX_SEED);
  }
}

/** The zod schema of a node's whole params object; missing params take their defaults, unknown ones are refused. */
export function paramsSchema(specs: ParamSpecs): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(specs)) {
    shape[name] = paramValueSchema(spec).default(spec.default as never);
  }
  return z.strictObject(shape) as unknown as z.ZodType<Record<string, unknown>>;
}

/** The default params of a node. */
export function defaultParams(specs: ParamSpecs): Record<string, unknown> {
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, spec.default]));
}

/** JSON Schema of a node's params, for the catalogue the server publishes. */
export function paramsJsonSchema(specs: ParamSpecs): unknown {
  return z.toJSONSchema(paramsSchema(specs), { io: 'input' });
}
