import type { LookupEntry, LookupTable } from './types';

/** One lookup, its name as stored and its entries with weights. */
export interface LookupDef {
  name: string;
  lower: string;
  entries: ReadonlyArray<Required<LookupEntry>>;
}

/** Lookups by lower-cased name, plus the names in glob order (lower-cased, by code point). */
export interface LookupIndex {
  byName: ReadonlyMap<string, LookupDef>;
  sorted: readonly LookupDef[];
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Builds the case-insensitive index of a lookup table; a name repeated in another case adds its entries. */
export function indexLookups(table: LookupTable | undefined): LookupIndex {
  const byName = new Map<string, LookupDef>();
  for (const [name, values] of Object.entries(table ?? {})) {
    const entries = values.map((v) => (typeof v === 'string' ? { text: v, weight: 1 } : { text: v.text, weight: v.weight ?? 1 }));
    const lower = name.toLowerCase();
    const prior = byName.get(lower);
    byName.set(lower, prior ? { ...prior, entries: [...prior.entries, ...entries] } : { name, lower, entries });
  }
  const sorted = [...byName.values()].sort((a, b) => byCodePoint(a.lower, b.lower));
  return { byName, sorted };
}

/** A bracket value that names a lookup directly or as an alias (`color_2`). */
export interface LookupRef {
  def: LookupDef;
  /** The no-repeat instance: the lookup's name, or the alias. */
  instance: string;
}

const ALIAS = /^(.+)_([0-9])$/;

/** Resolves a bracket value to a lookup or alias, or undefined when it names neither. */
export function resolveLookupRef(index: LookupIndex, value: string): LookupRef | undefined {
  const lower = value.toLowerCase();
  const def = index.byName.get(lower);
  if (def) return { def, instance: lower };
  const m = ALIAS.exec(lower);
  const base = m ? index.byName.get(m[1] as string) : undefined;
  return base ? { def: base, instance: lower } : undefined;
}

/** The outcome of finding a wildcard's lookups by name (EXPANSION.md §4 "Finding a wildcard"). */
export type WildcardMatch =
  | { ok: true; defs: LookupDef[]; shortName: boolean }
  | { ok: false; several: boolean; candidates: string[] };

function globRegex(glob: string): RegExp {
  const body = glob
    .toLowerCase()
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 's');
}

/** Finds the lookups a wildcard name refers to: exact, glob, or by the end of a path. */
export function matchWildcard(index: LookupIndex, name: string): WildcardMatch {
  const lower = name.toLowerCase();
  if (lower.includes('*')) {
    const re = globRegex(lower);
    const defs = index.sorted.filter((d) => re.test(d.lower));
    return defs.length > 0 ? { ok: true, defs, shortName: false } : { ok: false, several: false, candidates: candidatesFor(index, lower) };
  }
  const exact = index.byName.get(lower);
  if (exact) return { ok: true, defs: [exact], shortName: false };
  const ends = index.sorted.filter((d) => d.lower.endsWith(`/${lower}`));
  if (ends.length === 1) return { ok: true, defs: ends, shortName: true };
  if (ends.length > 1) return { ok: false, several: true, candidates: ends.slice(0, 5).map((d) => d.name) };
  return { ok: false, several: false, candidates: candidatesFor(index, lower) };
}

function candidatesFor(index: LookupIndex, lower: string): string[] {
  const last = lower.split('/').pop()?.replace(/\*/g, '') ?? '';
  const head = last.slice(0, 3);
  const near = head === '' ? [] : index.sorted.filter((d) => d.lower.includes(head));
  return (near.length > 0 ? near : index.sorted).slice(0, 5).map((d) => d.name);
}
