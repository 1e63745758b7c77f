import { readStructuredWildcards } from './read-structured-wildcards';
import { readTextWildcards } from './read-text-wildcards';
import type { ExpandWarning, LookupTable } from '../types';
import type { FileLookups, WildcardFile, WildcardImportResult } from './types';

const EXTENSIONS: Record<string, 'txt' | 'yaml' | 'json'> = { txt: 'txt', yaml: 'yaml', yml: 'yaml', json: 'json' };

/**
 * Imports wildcard files as lookups named by their path, '/'-separated,
 * without the extension (EXPANSION.md §4 "Wildcard files"). Parts of a file
 * that cannot be read are skipped with an `import-skipped` warning; two
 * definitions of one name (compared case-insensitively) are an error naming
 * both files.
 */
export function importWildcardFiles(files: ReadonlyArray<WildcardFile>): WildcardImportResult {
  const lookups: LookupTable = {};
  const warnings: ExpandWarning[] = [];
  const definedBy = new Map<string, { name: string; path: string }>();
  for (const file of files) {
    const path = normalisePath(file.path);
    const read = readFile(path, file.content);
    warnings.push(...read.warnings);
    for (const { name, values } of read.lookups) {
      const key = name.toLowerCase();
      const earlier = definedBy.get(key);
      if (earlier !== undefined) {
        const where = earlier.path === path ? `"${path}" defines it twice` : `"${earlier.path}" and "${path}" both define it`;
        return {
          ok: false,
          error: {
            code: 'duplicate-wildcard-name',
            message: `The wildcard "${name}" is defined more than once: ${where} (names match case-insensitively). Rename or remove one of them.`,
            field: 'wildcards',
          },
        };
      }
      definedBy.set(key, { name, path });
      // defineProperty, so that a file named `__proto__.txt` is a lookup like any other.
      Object.defineProperty(lookups, name, { value: values, enumerable: true, writable: true, configurable: true });
    }
  }
  return { ok: true, lookups, warnings };
}

function readFile(path: string, content: string): FileLookups {
  const dot = path.lastIndexOf('.');
  const slash = path.lastIndexOf('/');
  const kind = dot > slash ? EXTENSIONS[path.slice(dot + 1).toLowerCase()] : undefined;
  if (kind === undefined) {
    return {
      lookups: [],
      warnings: [{ code: 'import-skipped', message: `${path}: only .txt, .yaml, .yml and .json files are wildcard files; it was skipped.` }],
    };
  }
  const name = path.slice(0, dot);
  if (name === '' || name.endsWith('/')) {
    return { lookups: [], warnings: [{ code: 'import-skipped', message: `${path}: the file has no name; it was skipped.` }] };
  }
  if (kind === 'txt') return readTextWildcards(path, name, content);
  const folder = slash < 0 ? '' : path.slice(0, slash);
  return readStructuredWildcards(path, kind, name, folder, content);
}

/** Accepts Windows separators and a leading `./` or `/`, so names never depend on how the list was built. */
function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '');
}
