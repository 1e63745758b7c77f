import type { Command } from 'commander';
import { planGraph } from '../graph/plan';
import { formatProblems, readWorkflowInput } from './read-workflow-input';

/** Registers `artfactory validate <file>`: checks a workflow without running it; exit 2 when it is refused. */
export function registerValidateCommand(program: Command): void {
  program
    .command('validate')
    .description('Check a workflow file: shape, node types, ports, connections, params and cycles. Nothing runs.')
    .argument('<workflow>', 'the workflow JSON file')
    .option('--set <assignment>', 'override a param, NODE.PARAM=VALUE (repeatable)', collect, [])
    .option('--json', 'print { ok, problems } as JSON')
    .action(async (file: string, options: { set: string[]; json?: boolean }) => {
      const loaded = await readWorkflowInput(file, options.set);
      if (options.json) {
        const payload = loaded.ok
          ? { ok: true, nodes: loaded.value.nodes.size, edges: loaded.value.edges.length, hash: loaded.value.hash }
          : { ok: false, problems: loaded.error };
        process.stdout.write(`${JSON.stringify(payload)}\n`);
      } else if (loaded.ok) {
        const plan = planGraph(loaded.value);
        const skipped = plan.skipped.length > 0 ? `; not run (they reach no output): ${plan.skipped.join(', ')}` : '';
        process.stdout.write(`✓ ${file} is valid: ${loaded.value.nodes.size} nodes, ${loaded.value.edges.length} edges${skipped}\n`);
      } else {
        process.stderr.write(`${file} has ${loaded.error.length} problem${loaded.error.length === 1 ? '' : 's'}:\n${formatProblems(loaded.error)}\n`);
      }
      process.exitCode = loaded.ok ? 0 : 2;
    });
}

/** Commander collector for repeatable options. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
