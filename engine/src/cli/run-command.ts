import type { Command } from 'commander';
import { collect } from './validate-command';

/** Exit codes of `artfactory run`. */
export const RUN_EXIT = { succeeded: 0, partial: 1, failed: 1, invalid: 2, cancelled: 130 } as const;

/** Registers `artfactory run <workflow>`: runs a workflow headless, with progress bars or JSON events. */
export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description('Run a workflow headless: generate, save products, show progress; exit 0 on success, 1 on partial or failed, 2 on invalid input.')
    .argument('<workflow>', 'the workflow JSON file')
    .option('--set <assignment>', 'override a param, NODE.PARAM=VALUE (repeatable)', collect, [])
    .option('--project <name>', 'save products into this project (created if new)')
    .option('--json', 'print every run event as one JSON line instead of progress bars')
    .action(async (file: string, options: { set: string[]; project?: string; json?: boolean }) => {
      const { runWorkflowCommand } = await import('./run-workflow');
      process.exitCode = await runWorkflowCommand(file, options);
    });
}
