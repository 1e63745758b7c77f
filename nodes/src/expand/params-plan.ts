import { ExpandFailure, fail } from './expand-failure';
import type { Place } from './expand-failure';
import type { ParamValue } from './param-types';
import { convertParam, resolveParamName } from './param-types';
import { randomBelow } from './prng';
import type { Rng } from './prng';
import { parseSweep } from './sweeps';
import type { ParamTypeDecl } from './types';

/** A parameter as written: node params first, then commands in reading order. */
export interface ParamSource {
  name: string;
  value: ParamValue;
  place?: Place;
}

/** One parameter of a generation: a fixed value, a sweep (multiplies), or a seeded pick. */
export interface ParamDim {
  name: string;
  kind: 'fixed' | 'sweep' | 'pick';
  values: ParamValue[];
}

/** The parameters of one sub-prompt: its dimensions and how many generations the sweeps make. */
export interface ParamPlan {
  dims: ParamDim[];
  gens: number;
}

/**
 * Builds the parameter plan from sources in the order written; a later
 * value of the same name overrides an earlier one but keeps its position
 * (EXPANSION.md §3). Typed values are converted; a value that does not
 * convert is an error naming the parameter.
 */
export function planParams(sources: readonly ParamSource[], types: Record<string, ParamTypeDecl> | undefined): ParamPlan {
  const latest = new Map<string, { source: ParamSource; decl: ParamTypeDecl | undefined }>();
  for (const source of sources) {
    const { name, decl } = resolveParamName(source.name, types);
    latest.set(name, { source, decl });
  }
  const dims: ParamDim[] = [];
  let gens = 1;
  for (const [name, { source, decl }] of latest) {
    const raw = source.value;
    const sweep = typeof raw === 'string' && decl?.type !== 'string' ? parseSweep(raw) : { kind: 'values' as const, values: [raw] };
    if (sweep.kind === 'invalid') refuse('invalid-sweep', `The parameter ${name} has the sweep "${String(raw)}", which is not valid: ${sweep.reason}.`, source.place);
    const values = sweep.values.map((v) => {
      const converted = convertParam(v, decl);
      if (!converted.ok) refuse('invalid-param-value', `The parameter ${name} cannot take "${String(v)}": it must be ${converted.expected}.`, source.place);
      return converted.value;
    });
    const kind = sweep.kind === 'pick' ? 'pick' : values.length > 1 ? 'sweep' : 'fixed';
    if (kind === 'sweep') gens *= values.length;
    dims.push({ name, kind, values });
  }
  return { dims, gens };
}

/** Fails at the command that set the value, or on the node's params when no command did. */
function refuse(code: string, message: string, place: Place | undefined): never {
  if (place) fail(code, message, place);
  throw new ExpandFailure({ code, message, field: 'params' });
}

/** The parameters of generation `j` of a sub-prompt (sweeps as an odometer, last fastest). */
export function paramsAt(plan: ParamPlan, j: number, pickRng: () => Rng): Record<string, ParamValue> {
  const picked = new Array<ParamValue>(plan.dims.length);
  let rest = j;
  for (let i = plan.dims.length - 1; i >= 0; i--) {
    const dim = plan.dims[i] as ParamDim;
    if (dim.kind !== 'sweep') continue;
    picked[i] = dim.values[rest % dim.values.length] as ParamValue;
    rest = Math.floor(rest / dim.values.length);
  }
  let rng: Rng | undefined;
  const out: Record<string, ParamValue> = {};
  plan.dims.forEach((dim, i) => {
    if (dim.kind === 'fixed') out[dim.name] = dim.values[0] as ParamValue;
    else if (dim.kind === 'sweep') out[dim.name] = picked[i] as ParamValue;
    else {
      rng ??= pickRng();
      out[dim.name] = dim.values[Number(randomBelow(rng, BigInt(dim.values.length)))] as ParamValue;
    }
  });
  return out;
}
