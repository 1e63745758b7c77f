import type { CommandNode, Node, SplitNode } from './ast';
import { fail } from './expand-failure';

/** One batch's text, split into sub-prompts, with the commands that apply to it. */
export interface BatchSource {
  promptSubs: Node[][];
  negativeSubs: Node[][];
  batchCommands: CommandNode[];
  /** Pipeline commands per prompt sub-prompt (its own, then its negative part's). */
  pipeline: CommandNode[][];
}

/** The top-level structure of a request: meta commands and batches. */
export interface Layout {
  meta: CommandNode[];
  batches: BatchSource[];
}

function splitAt(nodes: readonly Node[], type: SplitNode['type']): { parts: Node[][]; splits: SplitNode[] } {
  const parts: Node[][] = [[]];
  const splits: SplitNode[] = [];
  for (const node of nodes) {
    if (node.type === type) {
      splits.push(node);
      parts.push([]);
    } else {
      (parts[parts.length - 1] as Node[]).push(node);
    }
  }
  return { parts, splits };
}

function commandsOf(nodes: readonly Node[], scope: CommandNode['scope']): CommandNode[] {
  return nodes.filter((n): n is CommandNode => n.type === 'command' && n.scope === scope);
}

function withoutCommands(nodes: readonly Node[]): Node[] {
  return nodes.filter((n) => n.type !== 'command');
}

/**
 * Splits prompt and negative prompt into batches at `(&)` and sub-prompts at
 * `||`, pairing parts by the rule of EXPANSION.md §1: one negative part is
 * shared, an equal number pair up in order, anything else is an error.
 */
export function layOut(prompt: readonly Node[], negative: readonly Node[]): Layout {
  const meta = [...commandsOf(prompt, 'meta'), ...commandsOf(negative, 'meta')];
  const p = splitAt(prompt, 'batch-split');
  const n = splitAt(negative, 'batch-split');
  if (n.parts.length !== 1 && n.parts.length !== p.parts.length) {
    fail('batch-count-mismatch',
      `The prompt has ${p.parts.length} batch${p.parts.length === 1 ? '' : 'es'} and the negative prompt has ${n.parts.length}; split the negative prompt with (&) into ${p.parts.length} parts, or give it one part to share.`,
      (n.splits[0] as SplitNode).place);
  }
  const batches = p.parts.map((pNodes, b) => {
    const nNodes = (n.parts.length === 1 ? n.parts[0] : n.parts[b]) as Node[];
    const ps = splitAt(pNodes, 'sub-split');
    const ns = splitAt(nNodes, 'sub-split');
    if (ns.parts.length !== 1 && ns.parts.length !== ps.parts.length) {
      fail('subprompt-count-mismatch',
        `This batch's prompt has ${ps.parts.length} sub-prompt${ps.parts.length === 1 ? '' : 's'} and its negative prompt has ${ns.parts.length}; split the negative prompt with || into ${ps.parts.length} parts, or give it one part to share.`,
        (ns.splits[0] as SplitNode).place);
    }
    const batchCommands = [...ps.parts.flatMap((x) => commandsOf(x, 'batch')), ...ns.parts.flatMap((x) => commandsOf(x, 'batch'))];
    const pipeline = ps.parts.map((x, s) => [...commandsOf(x, 'pipeline'), ...commandsOf((ns.parts.length === 1 ? ns.parts[0] : ns.parts[s]) as Node[], 'pipeline')]);
    return { promptSubs: ps.parts.map(withoutCommands), negativeSubs: ns.parts.map(withoutCommands), batchCommands, pipeline };
  });
  return { meta, batches };
}
