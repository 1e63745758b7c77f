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
  // String concatenation rather than arrays and join: this runs once per item per input.
  if (Array.isArray(value)) {
    let text = '[';
    // A hole stays empty, as `map` + `join` always wrote it: stored keys must not move.
    for (let i = 0; i < value.length; i++) text += (i === 0 ? '' : ',') + (i in value ? stableStringify(value[i]) : '');
    return `${text}]`;
  }
  const keys = Object.keys(value as Record<string, unknown>).sort();
  let text = '{';
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    text += `${text.length === 1 ? '' : ','}${JSON.stringify(key)}:${stableStringify(v)}`;
  }
  return `${text}}`;
}

/**
 * sha256 of a string's UTF-8 bytes, as lowercase hex. Every implementation
 * must give the same output: the engine passes node:crypto's (about six
 * times faster), the browser keeps the default.
 */
export type Sha256Hex = (text: string) => string;

/** sha256 of a string, hex — browser-safe, so editor and engine hash alike. */
export function hashText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The content hash of an item on a wire. */
export function valueHash(value: unknown, sha256Hex: Sha256Hex = hashText): string {
  return sha256Hex(stableStringify(value));
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
export function cacheKey(parts: CacheKeyParts, sha256Hex: Sha256Hex = hashText): string {
  return nodeCacheKeyer(parts.type, parts.version, parts.params, sha256Hex)(parts.inputs);
}

/**
 * The cache key of each execution of one node, given its input hashes: type,
 * version and params are stringified once, so a run pays per item only for
 * its inputs and one sha256. Gives exactly `cacheKey`'s keys.
 */
export function nodeCacheKeyer(
  type: string,
  version: number,
  params: Record<string, unknown>,
  sha256Hex: Sha256Hex = hashText,
): (inputs: CacheKeyParts['inputs']) => string {
  // The key is stableStringify({ t, v, p, i }): sorted, "i" comes first, the rest is fixed per node.
  const tail = `,"p":${stableStringify(params)},"t":${JSON.stringify(type)},"v":${stableStringify(version)}}`;
  return (inputs) => sha256Hex(`{"i":${inputsText(inputs)}${tail}`);
}

// stableStringify(inputs), without sorting when there is a single input (most nodes).
function inputsText(inputs: CacheKeyParts['inputs']): string {
  let only: string | undefined;
  let count = 0;
  for (const name in inputs) {
    if (!Object.hasOwn(inputs, name)) continue;
    only = name;
    if (++count > 1) return stableStringify(inputs);
  }
  if (only === undefined) return '{}';
  const value = inputs[only];
  return value === undefined ? '{}' : `{${JSON.stringify(only)}:${stableStringify(value)}}`;
}
