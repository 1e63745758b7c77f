import { mapEntries, parseStructuredFile } from './parse-structured-file';
import type { LookupEntry } from '../types';
import type { FileLookups } from './types';
import { cleanValueText, splitLeadingWeight, toLookupValue } from './wildcard-value';

const ENTRY_KEYS = new Set(['weight', 'content', 'text']);

/**
 * Reads a `.yaml`, `.yml` or `.json` wildcard file (EXPANSION.md §4): a list
 * is one lookup named by the file's path; a map names lookups by its keys
 * under the file's folder, nested maps making longer paths.
 */
export function readStructuredWildcards(
  path: string,
  extension: 'yaml' | 'json',
  fileName: string,
  folder: string,
  content: string,
): FileLookups {
  const result: FileLookups = { lookups: [], warnings: [] };
  const skip = (message: string): void => {
    result.warnings.push({ code: 'import-skipped', message: `${path}: ${message}` });
  };
  const parsed = parseStructuredFile(extension, content);
  if (!parsed.ok) {
    skip(`the file could not be read (${parsed.reason}); it was skipped.`);
    return result;
  }
  const top = parsed.value;
  if (Array.isArray(top)) {
    result.lookups.push({ name: fileName, values: readList(top, fileName, skip) });
  } else if (mapEntries(top) !== null) {
    readMap(top, folder, result, skip);
  } else {
    skip(`the top level is ${describe(top)}, not a list or a map; the file was skipped.`);
  }
  return result;
}

function readMap(map: unknown, prefix: string, result: FileLookups, skip: (message: string) => void): void {
  for (const [key, value] of mapEntries(map) ?? []) {
    if (typeof key !== 'string' || key.trim() === '') {
      skip(`the key ${JSON.stringify(String(key))} is not a name (write it in quotes to make it one); it was skipped.`);
      continue;
    }
    const name = prefix === '' ? key.trim() : `${prefix}/${key.trim()}`;
    if (Array.isArray(value)) {
      result.lookups.push({ name, values: readList(value, name, skip) });
    } else if (typeof value === 'string' || isEntryObject(value)) {
      result.lookups.push({ name, values: readList([value], name, skip) });
    } else if (mapEntries(value) !== null) {
      readMap(value, name, result, skip);
    } else {
      skip(`"${name}" is ${describe(value)}, not a string or a list; it was skipped.`);
    }
  }
}

function readList(items: readonly unknown[], name: string, skip: (message: string) => void): Array<string | LookupEntry> {
  const values: Array<string | LookupEntry> = [];
  items.forEach((item, index) => {
    const where = `"${name}" item ${index + 1}`;
    const entry = readEntry(item);
    if (typeof entry === 'string') skip(`${where} ${entry}; it was skipped.`);
    else if (entry !== null) values.push(toLookupValue(entry));
  });
  return values;
}

/** An entry, null for a value that is only a comment, or why the item is skipped. */
function readEntry(item: unknown): LookupEntry | null | string {
  if (typeof item === 'string') {
    if (item.trim() === '') return 'is an empty string';
    const cleaned = cleanValueText(item);
    if (cleaned === '') return null;
    const entry = splitLeadingWeight(cleaned);
    return entry.text === '' ? 'has a weight but no text' : entry;
  }
  if (!isEntryObject(item)) return `is ${describe(item)}, not a string (write it in quotes to keep it)`;
  const fields = new Map(mapEntries(item));
  const text = fields.get('content') ?? fields.get('text');
  const weight = fields.get('weight');
  const weightValue = typeof weight === 'string' ? Number(weight) : weight;
  if (weight !== undefined && (typeof weightValue !== 'number' || !Number.isFinite(weightValue) || weightValue < 0)) {
    return `has the weight ${JSON.stringify(weight)}, which is not a number of 0 or more`;
  }
  const cleaned = cleanValueText(String(text));
  if (cleaned === '') return String(text).trim() === '' ? 'has empty content' : null;
  return weightValue === undefined ? { text: cleaned } : { text: cleaned, weight: weightValue as number };
}

/** `{weight, content}` or `{weight, text}` (weight optional) with string content. */
function isEntryObject(value: unknown): boolean {
  const entries = mapEntries(value);
  if (entries === null || entries.length === 0) return false;
  if (!entries.every(([key]) => typeof key === 'string' && ENTRY_KEYS.has(key))) return false;
  const fields = new Map(entries);
  return typeof (fields.get('content') ?? fields.get('text')) === 'string';
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (mapEntries(value) !== null) return 'a map';
  return `${typeof value === 'number' ? 'the number' : `the ${typeof value}`} ${JSON.stringify(value)}`;
}
