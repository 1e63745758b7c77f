import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { invalidArgument, type CliInput } from './cli-input-error';

/** A lookups file: a JSON object of name → list of values. */
const lookupsFileSchema = z.record(z.string(), z.array(z.string()));

/** The lookups a `--lookups FILE.json` holds. */
export type LookupsFile = z.infer<typeof lookupsFileSchema>;

/** Reads and validates a `--lookups` file; every problem is named with where it is in the file. */
export async function readLookupsFile(file: string): Promise<CliInput<LookupsFile>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    return invalidArgument(`Cannot read the lookups file "${file}": ${reason}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    return invalidArgument(`The lookups file "${file}" is not valid JSON: ${reason}`);
  }
  const parsed = lookupsFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.slice(0, 5).map((issue) => `${describePath(issue.path)}: ${issue.message}`);
  const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
  return invalidArgument(
    `The lookups file "${file}" must be a JSON object of name → list of strings, e.g. {"color": ["red", "blue"]}. ${problems.join('; ')}${more}`,
  );
}

function describePath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return 'the top level';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? JSON.stringify(String(part)) : `.${String(part)}`)).join('');
}
