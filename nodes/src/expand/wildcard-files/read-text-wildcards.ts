import type { LookupEntry } from '../types';
import type { FileLookups } from './types';
import { splitLeadingWeight, stripLineComment, toLookupValue } from './wildcard-value';

/**
 * Reads a `.txt` wildcard file: one value a line. Blank lines, lines whose
 * first non-blank character is `#` (as in Dynamic Prompts) and lines that are
 * only a comment are skipped; a leading `N::` becomes the value's weight.
 */
export function readTextWildcards(path: string, name: string, content: string): FileLookups {
  const values: Array<string | LookupEntry> = [];
  const warnings: FileLookups['warnings'] = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const cleaned = stripLineComment(trimmed).trim();
    if (cleaned === '') return;
    const entry = splitLeadingWeight(cleaned);
    if (entry.text === '') {
      warnings.push({
        code: 'import-skipped',
        message: `${path}, line ${index + 1}: "${trimmed}" has a weight but no text; the line was skipped.`,
      });
      return;
    }
    values.push(toLookupValue(entry));
  });
  return { lookups: [{ name, values }], warnings };
}
