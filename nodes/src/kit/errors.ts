/**
 * One catalogue of error codes. Every error a user can meet carries one of
 * these, a message a person can act on, and where it happened.
 */
export const ERROR_CODES = [
  'invalid-json',
  'invalid-workflow',
  'unsupported-version',
  'unknown-node-type',
  'unknown-port',
  'incompatible-connection',
  'missing-input',
  'duplicate-input',
  'duplicate-node-id',
  'unknown-node',
  'cycle',
  'invalid-param',
  'no-output-node',
  'expansion-failed',
  'node-failed',
  'worker-failed',
  'cancelled',
  'timeout',
  'provider-failed',
  'storage-failed',
  'invalid-argument',
] as const;

/** A stable identifier for a kind of error. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A serialisable error: it may cross a worker boundary or a socket. */
export interface ArtError {
  code: ErrorCode;
  message: string;
  /** The node the problem concerns, when there is one. */
  nodeId?: string;
  /** Where inside the file or value: e.g. `nodes[2].params.width`. */
  path?: string;
  /** Extra facts for machines (offsets, counts); never secrets. */
  details?: Record<string, unknown>;
}

/** Builds an ArtError, leaving out the fields that are not given. */
export function artError(
  code: ErrorCode,
  message: string,
  where: { nodeId?: string; path?: string; details?: Record<string, unknown> } = {},
): ArtError {
  const error: ArtError = { code, message };
  if (where.nodeId !== undefined) error.nodeId = where.nodeId;
  if (where.path !== undefined) error.path = where.path;
  if (where.details !== undefined) error.details = where.details;
  return error;
}

/** Turns anything thrown into a serialisable ArtError, keeping an ArtError as it is. */
export function toArtError(thrown: unknown, fallback: ErrorCode = 'node-failed'): ArtError {
  if (thrown instanceof ArtFailure) return thrown.error;
  if (isArtError(thrown)) return thrown;
  if (thrown instanceof Error) return artError(fallback, thrown.message);
  return artError(fallback, String(thrown));
}

/** Tells whether a value has the shape of an ArtError. */
export function isArtError(value: unknown): value is ArtError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ArtError).code === 'string' &&
    typeof (value as ArtError).message === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as ArtError).code)
  );
}

/** An Error that carries an ArtError, for code paths that must throw (inside run functions). */
export class ArtFailure extends Error {
  constructor(readonly error: ArtError) {
    super(error.message);
    this.name = 'ArtFailure';
  }
}
