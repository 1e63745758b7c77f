/** The outcome of an operation a user can make fail: a value or an error, never a throw. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a successful value. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wraps an error value. */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

/** Throws for states the code believes impossible; bugs throw, user errors are values. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

/** Marks a switch as exhaustive at compile time and throws if reached at run time. */
export function exhaustive(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
