import path from 'node:path';
import type { RunEvent } from '@artfactory/nodes';
import { Engine } from '../engine';
import { MEDIA_DIR, type Database } from '../persistence';
import { ProgressView } from './progress-view';
import { formatProblems, readWorkflowInput } from './read-workflow-input';
import { RUN_EXIT } from './run-command';
import { formatRunSummary } from './run-summary';

/** What `artfactory run` was asked. */
export interface RunCommandOptions {
  set: string[];
  project?: string;
  json?: boolean;
}

/**
 * Validates, then runs, a workflow file; returns the exit code. The first
 * Ctrl-C cancels cleanly (in-flight work is aborted, nothing half-written);
 * a second one exits at once.
 */
export async function runWorkflowCommand(file: string, options: RunCommandOptions): Promise<number> {
  const loaded = await readWorkflowInput(file, options.set);
  if (!loaded.ok) {
    if (options.json) process.stdout.write(`${JSON.stringify({ type: 'invalid', problems: loaded.error })}\n`);
    else process.stderr.write(`${file} was refused, ${loaded.error.length} problem(s):\n${formatProblems(loaded.error)}\n`);
    return RUN_EXIT.invalid;
  }
  const engine = await Engine.open();
  const controller = new AbortController();
  let interrupts = 0;
  const interrupt = () => {
    interrupts += 1;
    if (interrupts > 1) process.exit(RUN_EXIT.cancelled);
    process.stderr.write('\nCancelling… (press Ctrl-C again to quit at once)\n');
    controller.abort();
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  const view = options.json ? undefined : new ProgressView(process.stderr);
  try {
    const projectId = options.project ? projectIdFor(engine.db, options.project) : undefined;
    if (projectId === null) return RUN_EXIT.invalid;
    const onEvent = (event: RunEvent) => {
      if (options.json) process.stdout.write(`${JSON.stringify(event)}\n`);
      else view?.handle(event);
    };
    const summary = await engine.run(loaded.value, { projectId, signal: controller.signal, onEvent });
    view?.stop();
    if (!options.json) {
      const created = engine.db.products.findByRun(summary.runId);
      process.stdout.write(formatRunSummary(loaded.value, summary, created, path.join(engine.dataDir, MEDIA_DIR)));
    }
    return RUN_EXIT[summary.status];
  } finally {
    view?.stop();
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await engine.close();
  }
}

function projectIdFor(db: Database, name: string): number | null {
  const existing = db.projects.findByName(name);
  if (existing) return existing.id;
  const created = db.projects.create(name);
  if (created.ok) return created.value.id;
  process.stderr.write(`--project ${name}: ${created.error.message}\n`);
  return null;
}
