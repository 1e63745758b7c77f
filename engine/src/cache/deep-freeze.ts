/**
 * Freezes a JSON-like value and everything inside it, and returns it. Cached
 * records are handed to every later hit, so nobody may change them. Typed
 * arrays are left alone: freezing one with elements throws.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  } else {
    for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
