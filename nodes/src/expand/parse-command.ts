import type { CommandNode } from './ast';
import type { Source } from './source';
import { isChar, isSpaceAt, placeAt } from './source';

const COMMAND = /^(meta|batch|pipeline):([A-Za-z_][A-Za-z0-9_]*):(.+)$/;

/** Reads a `meta:`, `batch:` or `pipeline:` command at `i`, or undefined when the word is not one. */
export function parseCommand(src: Source, i: number, b: number): { node: CommandNode; end: number } | undefined {
  let j = i;
  while (j < b && !isSpaceAt(src, j)) {
    if (isChar(src, j, '|') && isChar(src, j + 1, '|')) break;
    if (isChar(src, j, '(') && isChar(src, j + 1, '&') && isChar(src, j + 2, ')')) break;
    j++;
  }
  const word = src.ch.slice(i, j).join('');
  const m = COMMAND.exec(word);
  if (!m) return undefined;
  const scope = m[1] as CommandNode['scope'];
  return { node: { type: 'command', place: placeAt(src, i), scope, key: m[2] as string, value: m[3] as string }, end: j };
}
