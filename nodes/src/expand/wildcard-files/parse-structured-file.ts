import { parse as parseYaml } from 'yaml';

/** The parsed top level of a `.yaml`, `.yml` or `.json` file, or why it could not be read. */
export type ParsedStructure = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Parses a structured wildcard file. YAML maps come back as `Map` so that
 * non-string keys (`1990: [...]`) can be told apart from string keys; JSON
 * keys are always strings, so JSON objects stay plain objects.
 */
export function parseStructuredFile(extension: 'yaml' | 'json', content: string): ParsedStructure {
  const text = content.replace(/^\uFEFF/, '');
  try {
    if (extension === 'json') return { ok: true, value: JSON.parse(text) as unknown };
    // maxAliasCount keeps a "billion laughs" file from exhausting memory.
    return { ok: true, value: parseYaml(text, { mapAsMap: true, maxAliasCount: 1000 }) as unknown };
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return { ok: false, reason: firstLine(message) };
  }
}

/** The key/value pairs of a parsed map, or null when the value is not a map. */
export function mapEntries(value: unknown): Array<[unknown, unknown]> | null {
  if (value instanceof Map) return [...value.entries()] as Array<[unknown, unknown]>;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>);
  }
  return null;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}
