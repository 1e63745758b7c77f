import { readFile } from 'node:fs/promises';
import { invalidArgument, type CliInput } from './cli-input-error';

/**
 * Reads a prompt from a file, or from standard input when the name is `-`
 * (EXPANSION.md §9): files carry what a command line cannot — megabytes,
 * NUL characters. A leading byte order mark is not part of the text.
 */
export async function readTextSource(file: string, what: string): Promise<CliInput<string>> {
  try {
    const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
    return { ok: true, value: text.replace(/^\uFEFF/, '') };
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    return invalidArgument(`Cannot read the ${what} from "${file}": ${reason}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
