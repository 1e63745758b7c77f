import type { Statement } from 'better-sqlite3';
import type { SqliteConnection, StoreResult } from './sqlite-connection';

import type { LookupEntry, LookupTable } from '@artfactory/nodes';

/** One entry of a lookup list: plain text, or text with a relative weight for random picks. */
export type LookupValue = string | LookupEntry;

/** Every lookup list by its display name: the table prompt expansion reads. */
export type { LookupTable };

/** A stored lookup list. */
export interface Lookup {
  name: string;
  values: LookupValue[];
  source: string;
  updatedAt: number;
}

interface LookupRow {
  name: string;
  values: string;
  source: string;
  updatedAt: number;
}

const MAX_NAME_LENGTH = 100;

/** Named word lists for prompt expansion; names are unique regardless of case. */
export class LookupStore {
  private readonly selectAll: Statement<[], LookupRow>;
  private readonly selectOne: Statement<[string], LookupRow>;
  private readonly upsert: Statement<[string, string, string, string, number]>;
  private readonly deleteOne: Statement<[string]>;

  constructor(db: SqliteConnection) {
    this.selectAll = db.prepare('SELECT name, "values", source, updatedAt FROM lookup ORDER BY nameLower');
    this.selectOne = db.prepare('SELECT name, "values", source, updatedAt FROM lookup WHERE nameLower = ?');
    // A second upsert under another casing renames the list to the newest spelling.
    this.upsert = db.prepare(`INSERT INTO lookup (name, nameLower, "values", source, updatedAt) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(nameLower) DO UPDATE SET name = excluded.name, "values" = excluded."values", source = excluded.source,
      updatedAt = excluded.updatedAt`);
    this.deleteOne = db.prepare('DELETE FROM lookup WHERE nameLower = ?');
  }

  /** Every list, keyed by display name. */
  listLookups(): LookupTable {
    // No prototype: a lookup may be called `__proto__` or `constructor`.
    const table: Record<string, LookupValue[]> = Object.create(null);
    for (const row of this.selectAll.all()) table[row.name] = JSON.parse(row.values) as LookupValue[];
    return table;
  }

  /** One list by name, in any casing. */
  getLookup(name: string): Lookup | undefined {
    const row = this.selectOne.get(lookupKey(name));
    return row && { ...row, values: JSON.parse(row.values) as LookupValue[] };
  }

  /** Creates or replaces a list; a name already used in another casing is the same list. */
  upsertLookup(name: string, values: readonly LookupValue[], source = 'user', now: number = Date.now()): StoreResult<Lookup> {
    const display = name.normalize('NFC').trim();
    if (display.length === 0 || display.length > MAX_NAME_LENGTH) {
      return {
        ok: false,
        error: { code: 'lookup.invalid_name', message: `A lookup name needs 1 to ${MAX_NAME_LENGTH} characters.`, path: 'name' },
      };
    }
    const bad = values.findIndex((v) => typeof v !== 'string' && (typeof v.text !== 'string' || !validWeight(v.weight)));
    if (bad >= 0) {
      return {
        ok: false,
        error: { code: 'lookup.invalid_value', message: 'Each value needs text and, if weighted, a finite weight ≥ 0.', path: `values.${bad}` },
      };
    }
    this.upsert.run(display, lookupKey(display), JSON.stringify(values), source, now);
    return { ok: true, value: { name: display, values: [...values], source, updatedAt: now } };
  }

  /** Deletes a list by name, in any casing; false when none existed. */
  deleteLookup(name: string): boolean {
    return this.deleteOne.run(lookupKey(name)).changes > 0;
  }
}

/** The case-insensitive key a lookup name is stored and found under. */
export function lookupKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

function validWeight(weight: number | undefined): boolean {
  return weight === undefined || (Number.isFinite(weight) && weight >= 0);
}
