/** A problem with what the user gave the CLI: printed as `{ error }` with exit code 2. */
export interface CliInputError {
  code: string;
  message: string;
  offset?: number;
  field?: string;
}

/** The outcome of reading one piece of CLI input. */
export type CliInput<T> = { ok: true; value: T } | { ok: false; error: CliInputError };

/** A bad-argument error value (code `invalid-argument`, as in the kit's error catalogue). */
export function invalidArgument(message: string): { ok: false; error: CliInputError } {
  return { ok: false, error: { code: 'invalid-argument', message } };
}
