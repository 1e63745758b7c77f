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
  /** The data folder; defaults to ARTFACTORY_DATA or `<repo>/data`. */
  dataDir?: string;
  /** Cancels the run as Ctrl-C does. */
  signal?: AbortSignal;
}

/** Where the command writes: the process's streams, or a test's. */
export interface CommandOutput {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * Validates, then runs, a workflow file; returns the exit code. The first
 * Ctrl-C cancels cleanly (in-flight work is aborted, nothing half-written);
 * a second one exits at once.
 */
export async function runWorkflowCommand(
  file: string,
  options: RunCommandOptions,
  io: CommandOutput = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const loaded = await readWorkflowInput(file, options.set);
  if (!loaded.ok) {
    if (options.json) io.stdout.write(`${JSON.stringify({ type: 'invalid', problems: loaded.error })}\n`);
    else io.stderr.write(`${file} was refused, ${loaded.error.length} problem(s):\n${formatProblems(loaded.error)}\n`);
    return RUN_EXIT.invalid;
  }
  const engine = await Engine.open(options.dataDir ? { dataDir: options.dataDir } : {});
  const controller = new AbortController();
  options.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  let interrupts = 0;
  const interrupt = () => {
    interrupts += 1;
    if (interrupts > 1) process.exit(RUN_EXIT.cancelled);
    io.stderr.write('\nCancelling… (press Ctrl-C again to quit at once)\n');
    controller.abort();
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  const view = options.json ? undefined : new ProgressView(io.stderr);
  try {
    const projectId = options.project ? projectIdFor(engine.db, options.project, io) : undefined;
    if (projectId === null) return RUN_EXIT.invalid;
    const onEvent = (event: RunEvent) => {
      if (options.json) io.stdout.write(`${JSON.stringify(event)}\n`);
      else view?.handle(event);
    };
    const summary = await engine.run(loaded.value, { projectId, signal: controller.signal, onEvent });
    view?.stop();
    if (!options.json) {
      const created = engine.db.products.findByRun(summary.runId);
      io.stdout.write(formatRunSummary(loaded.value, summary, created, path.join(engine.dataDir, MEDIA_DIR)));
    }
    return RUN_EXIT[summary.status];
  } finally {
    view?.stop();
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await engine.close();
  }
}

function projectIdFor(db: Database, name: string, io: CommandOutput): number | null {
  if (name.trim() === '') {
    io.stderr.write('--project: the project name must not be empty\n');
    return null;
  }
  const existing = db.projects.findByName(name);
  if (existing) return existing.id;
  const created = db.projects.create(name);
  if (created.ok) return created.value.id;
  io.stderr.write(`--project ${name}: ${created.error.message}\n`);
  return null;
}
