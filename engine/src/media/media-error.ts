/** An error users can cause when naming or reading media (a bad path in a URL, a missing file). */
export interface MediaError {
  /** Stable code: `media.invalid_path`, `media.not_found`. */
  code: 'media.invalid_path' | 'media.not_found';
  message: string;
  /** The relative path the error concerns. */
  path: string;
}

/** A value, or a media error a caller can show or map to an HTTP status. */
export type MediaResult<T> = { ok: true; value: T } | { ok: false; error: MediaError };
