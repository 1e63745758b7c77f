/**
 * Turns free text typed in the library's search box into a safe FTS5 query:
 * every word must match (as a prefix), and FTS5 operators in the input are
 * treated as plain text. Returns undefined when the text has no words.
 */
export function toFtsQuery(text: string, column?: string): string | undefined {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}_]+/gu);
  if (!words || words.length === 0) return undefined;
  // Each word quoted (quotes inside are impossible: the regex admits none) and
  // marked as a prefix, so "cat" also finds "cats" while typing.
  const terms = words.slice(0, 32).map((w) => `"${w}"*`).join(' AND ');
  return column ? `{${column}} : (${terms})` : terms;
}
