import type { Node } from './ast';
import type { ParseCtx, ParseLevel } from './parse-context';
import { deeper } from './parse-context';
import { parseBracket } from './parse-bracket';
import { parseGroup } from './parse-group';
import { parseVariable, parseWrap } from './parse-dollar';
import { parseWildcard } from './parse-wildcard';
import { parseCommand } from './parse-command';
import type { Source } from './source';
import { isChar, isSpaceAt, placeAt } from './source';

/**
 * Parses entries [a, b) of `src` into nodes. Bracket tokens, brace groups,
 * wildcards, variables and wraps are read everywhere; `(&)`, `||` and
 * commands only at the top level of user text (EXPANSION.md §6).
 */
export function parseNodes(src: Source, a: number, b: number, ctx: ParseCtx, level: ParseLevel): Node[] {
  return deeper(ctx, src, a, () => parseFlat(src, a, b, ctx, level));
}

function parseFlat(src: Source, a: number, b: number, ctx: ParseCtx, level: ParseLevel): Node[] {
  const nodes: Node[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') nodes.push({ type: 'text', text });
    text = '';
  };
  const push = (node: Node): void => {
    flush();
    nodes.push(node);
  };
  let i = a;
  while (i < b) {
    const c = src.ch[i] as string;
    if (src.esc[i]) {
      text += c;
      i++;
      continue;
    }
    if (level === 'top') {
      if (c === '(' && isChar(src, i + 1, '&') && isChar(src, i + 2, ')') && i + 2 < b) {
        push({ type: 'batch-split', place: placeAt(src, i) });
        i += 3;
        continue;
      }
      if (c === '|' && isChar(src, i + 1, '|') && i + 1 < b) {
        push({ type: 'sub-split', place: placeAt(src, i) });
        i += 2;
        continue;
      }
      const atWordStart = i === a || isSpaceAt(src, i - 1) || nodes.length > 0 && text === '' && isSplit(nodes[nodes.length - 1]);
      if (atWordStart && (c === 'm' || c === 'b' || c === 'p')) {
        const command = parseCommand(src, i, b);
        if (command) {
          push(command.node);
          i = command.end;
          continue;
        }
      }
    }
    if (c === '{' || (c === '$' || c === '%') && isChar(src, i + 1, '{')) {
      const parsed = c === '{' ? parseGroup(src, i, b, ctx) : c === '$' ? parseVariable(src, i, b, ctx) : parseWrap(src, i, b, ctx);
      push(parsed.node);
      i = parsed.end;
      continue;
    }
    if (level !== 'name') {
      if (c === '[') {
        const parsed = parseBracket(src, i, b, ctx);
        if (parsed) {
          push(parsed.node);
          i = parsed.end;
          continue;
        }
      } else if (c === '_' && isChar(src, i + 1, '_')) {
        const parsed = parseWildcard(src, i, b, ctx);
        if (parsed) {
          push(parsed.node);
          i = parsed.end;
          continue;
        }
        text += '__';
        i += 2;
        continue;
      }
    }
    if ((c === ']' || c === '}') && src.strict) {
      ctx.warnings.add('stray-closing', `This ${c} has no opening partner and is kept as text; write \\${c} to say so.`, placeAt(src, i));
    }
    text += c;
    i++;
  }
  flush();
  return nodes;
}

function isSplit(node: Node | undefined): boolean {
  return node?.type === 'batch-split' || node?.type === 'sub-split';
}
