import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempDatabase, type TempDatabase } from './test-support/temp-database';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase();
});
afterEach(() => temp.dispose());

describe('LookupStore', () => {
  it('lists every lookup as a table of name to values, weighted or not', () => {
    const { lookups } = temp.db;
    lookups.upsertLookup('animal', ['cat', { text: 'dog', weight: 2 }]);
    lookups.upsertLookup('Colour', ['red']);
    expect(lookups.listLookups()).toEqual({ animal: ['cat', { text: 'dog', weight: 2 }], Colour: ['red'] });
  });

  it('treats names that differ only in case as the same lookup', () => {
    const { lookups } = temp.db;
    lookups.upsertLookup('Animal', ['cat']);
    const result = lookups.upsertLookup('ANIMAL', ['owl'], 'import:zoo.txt', 9);
    expect(result).toEqual({ ok: true, value: { name: 'ANIMAL', values: ['owl'], source: 'import:zoo.txt', updatedAt: 9 } });
    expect(lookups.listLookups()).toEqual({ ANIMAL: ['owl'] });
    expect(lookups.getLookup('animal')?.values).toEqual(['owl']);
    expect(lookups.deleteLookup('aNiMaL')).toBe(true);
    expect(lookups.listLookups()).toEqual({});
  });

  it('refuses an empty name or a bad weight with an error naming the field', () => {
    const { lookups } = temp.db;
    expect(lookups.upsertLookup('   ', ['x'])).toMatchObject({ ok: false, error: { code: 'lookup.invalid_name', path: 'name' } });
    expect(lookups.upsertLookup('a', ['x', { text: 'y', weight: -1 }])).toMatchObject({
      ok: false,
      error: { code: 'lookup.invalid_value', path: 'values.1' },
    });
    expect(lookups.listLookups()).toEqual({});
  });

  it('keeps lookups whose names are also names of object properties', () => {
    const { lookups } = temp.db;
    lookups.upsertLookup('__proto__', ['odd']);
    lookups.upsertLookup('constructor', ['builder']);
    const table = lookups.listLookups();
    expect(Object.keys(table).sort()).toEqual(['__proto__', 'constructor']);
    expect(table['__proto__']).toEqual(['odd']);
  });
});
