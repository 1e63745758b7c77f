import type { BackrefNode, BracketNode } from './ast';
import { fail } from './expand-failure';
import type { ParseCtx } from './parse-context';
import { parseNodes } from './parse';
import { matchBracket, rangesBetween, splitTop, trimRange } from './scan';
import type { Source } from './source';
import { isChar, placeAt, sliceText } from './source';

const POSITIVE_INT = /^\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const WILDCARD_LIKE = /__[^_\n][^\n]*?__/;

/**
 * Parses the `[...]` at `i`. In user text the group is classified from its
 * text as written (EXPANSION.md §2, §10); in a lookup value every group is
 * text kept as written. Returns undefined when a lenient `[` has no partner.
 */
export function parseBracket(src: Source, i: number, b: number, ctx: ParseCtx): { node: BracketNode | BackrefNode; end: number } | undefined {
  const j = matchBracket(src, i, b);
  if (j < 0) return undefined;
  const place = placeAt(src, i);
  const raw = `[${sliceText(src, i + 1, j)}]`;
  if (!src.strict) {
    const content = parseNodes(src, i + 1, j, ctx, 'inner');
    const node: BracketNode = { type: 'bracket', place, raw, values: [], pick: undefined, keptReason: 'lookup value', content, hasBraceSyntax: false, lenient: true };
    return { node, end: j + 1 };
  }
  const [ta, tb] = trimRange(src, i + 1, j);
  if (isChar(src, ta, '=')) {
    return { node: { type: 'backref', place, name: sliceText(src, ta + 1, tb).trim(), raw }, end: j + 1 };
  }
  let keptReason: string | undefined;
  let pick: number | undefined;
  let bodyEnd = j;
  if (splitTop(src, i + 1, j, '|').length > 0) {
    keptReason = 'it holds a | (A1111 alternation)';
  } else {
    const colons = splitTop(src, i + 1, j, ':');
    if (colons.length >= 2) {
      keptReason = 'it holds two or more colons (A1111 prompt editing)';
    } else if (colons.length === 1) {
      const colon = colons[0] as number;
      const suffix = sliceText(src, colon + 1, j).trim();
      if (POSITIVE_INT.test(suffix) && Number(suffix) > 0) {
        pick = Number(suffix);
        bodyEnd = colon;
      } else if (DECIMAL.test(suffix)) {
        keptReason = `its trailing :${suffix} is not a positive whole pick count (A1111 weight or step)`;
      } else {
        fail('invalid-pick-count', `The :${suffix} after this token is not a number; write a pick count such as :2, or \\: for a literal colon.`, place);
      }
    }
  }
  const values = rangesBetween(i + 1, bodyEnd, splitTop(src, i + 1, bodyEnd, ','), 1).map(([va, vb]) => sliceText(src, va, vb).trim());
  const inner = sliceText(src, i + 1, j);
  let hasBraceSyntax = WILDCARD_LIKE.test(inner);
  for (let k = i + 1; k < j && !hasBraceSyntax; k++) hasBraceSyntax = isChar(src, k, '{') || isChar(src, k, '}');
  const mayBeKept = keptReason !== undefined || values.length === 1;
  const content = mayBeKept ? parseNodes(src, i + 1, j, ctx, 'inner') : undefined;
  const node: BracketNode = { type: 'bracket', place, raw, values, pick, keptReason, content, hasBraceSyntax, lenient: false };
  return { node, end: j + 1 };
}
