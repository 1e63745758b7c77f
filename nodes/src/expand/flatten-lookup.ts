import { fail } from './expand-failure';
import type { LookupDef, LookupIndex } from './lookup-index';

/** How many values flattening may visit before the lookups are judged too tangled to expand. */
const MAX_VISITS = 2_000_000;

/** Memo of flattened lookups whose subtree met no cycle (those results do not depend on the path). */
export type FlattenMemo = Map<string, string[]>;

/**
 * The values of `def` for a bracket token: a value that names another lookup
 * is replaced by its values, recursively; a lookup already on the path stays
 * a literal value and `onCycle` is told the path (EXPANSION.md §2 "Lookups").
 * Values are de-duplicated, first kept; an empty lookup gives one empty value.
 */
export function flattenLookup(index: LookupIndex, def: LookupDef, memo: FlattenMemo, onCycle: (path: string[]) => void, onEmpty: (name: string) => void): string[] {
  let visits = 0;
  const walk = (d: LookupDef, path: string[]): { values: string[]; clean: boolean } => {
    const cached = memo.get(d.lower);
    if (cached) return { values: cached, clean: true };
    const out: string[] = [];
    let clean = true;
    path.push(d.lower);
    if (d.entries.length === 0) {
      onEmpty(d.name);
      out.push('');
    }
    for (const entry of d.entries) {
      if (++visits > MAX_VISITS) fail('too-complex', `The lookup "${d.name}" nests too many values to expand.`);
      const inner = index.byName.get(entry.text.trim().toLowerCase());
      if (!inner) {
        out.push(entry.text);
      } else if (path.includes(inner.lower)) {
        onCycle([...path, inner.lower]);
        clean = false;
        out.push(entry.text);
      } else {
        const sub = walk(inner, path);
        clean &&= sub.clean;
        for (const v of sub.values) out.push(v);
      }
    }
    path.pop();
    const values = dedupe(out);
    if (clean) memo.set(d.lower, values);
    return { values, clean };
  };
  return walk(def, []).values;
}

/** `values` without repeats, first occurrence kept. */
export function dedupe(values: readonly string[]): string[] {
  return [...new Set(values)];
}
