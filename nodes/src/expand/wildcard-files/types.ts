import type { ExpandError, ExpandWarning, LookupEntry, LookupTable } from '../types';

/** One wildcard file: its path relative to the wildcard folder ('/'-separated, with extension) and its text. */
export interface WildcardFile {
  path: string;
  content: string;
}

/** The lookups defined by one file, before names from different files are checked against each other. */
export interface FileLookups {
  /** Lookup name → values, in the order the file defines them. */
  lookups: Array<{ name: string; values: Array<string | LookupEntry> }>;
  warnings: ExpandWarning[];
}

/** The outcome of importing a set of wildcard files: lookups and `import-skipped` warnings, or the error that stopped it. */
export type WildcardImportResult =
  | { ok: true; lookups: LookupTable; warnings: ExpandWarning[] }
  | { ok: false; error: ExpandError };
