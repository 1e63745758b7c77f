import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * JSON with object keys sorted, so equal values always give equal text.
 * Undefined properties are left out, as JSON.stringify does.
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint') return JSON.stringify(value.toString());
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const keys = Object.keys(value as Record<string, unknown>).sort();
  const parts: string[] = [];
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${stableStringify(v)}`);
  }
  return `{${parts.join(',')}}`;
}

/** sha256 of a string, hex — browser-safe, so editor and engine hash alike. */
export function hashText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The content hash of an item on a wire. */
export function valueHash(value: unknown): string {
  return hashText(stableStringify(value));
}

/** What identifies one execution of a node. */
export interface CacheKeyParts {
  type: string;
  version: number;
  /** The node's params after seeds are resolved; positions and labels are not params. */
  params: Record<string, unknown>;
  /** valueHash of each input item, by input name (or a list of hashes for list-consuming nodes). */
  inputs: Record<string, string | readonly string[]>;
}

/** The one cache-key function: equal keys mean the execution may be skipped. */
export function cacheKey(parts: CacheKeyParts): string {
  return hashText(stableStringify({ t: parts.type, v: parts.version, p: parts.params, i: parts.inputs }));
}
