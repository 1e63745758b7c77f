import type { ExpandError, ExpandWarning, TextField } from './types';

/**
 * A user-caused problem found deep in parsing or compiling; thrown internally
 * for control flow and turned into an `ExpandError` value by `expand`.
 */
export class ExpandFailure extends Error {
  readonly error: ExpandError;

  constructor(error: ExpandError) {
    super(error.message);
    this.error = error;
  }
}

/** Where a diagnostic points: an offset within a field. */
export interface Place {
  offset: number;
  field: TextField;
}

/** Throws an `ExpandFailure` for the given place. */
export function fail(code: string, message: string, place?: Place): never {
  const error: ExpandError = { code, message };
  if (place) {
    error.offset = place.offset;
    error.field = place.field;
  }
  throw new ExpandFailure(error);
}

/** Collects warnings, dropping exact repeats (a shared negative prompt is compiled once per batch). */
export class WarningSink {
  readonly list: ExpandWarning[] = [];
  private readonly seen = new Set<string>();

  add(code: string, message: string, place?: Place): void {
    const key = `${code}\u0000${message}\u0000${place?.offset ?? ''}\u0000${place?.field ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const warning: ExpandWarning = { code, message };
    if (place) {
      warning.offset = place.offset;
      warning.field = place.field;
    }
    this.list.push(warning);
  }
}
