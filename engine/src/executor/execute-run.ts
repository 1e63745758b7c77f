import { ArtFailure, artError, type ExecuteContext, type NodeRun } from '@artfactory/nodes';

/** An execution's output records, checked. */
type Records = Array<Record<string, unknown>>;

/**
 * Calls a run function and gathers its output records, checking each has
 * every declared output; used on the main thread and inside workers alike.
 * `onRecord` sees each record of an emits-many run as it comes.
 */
export async function executeRun(
  run: NodeRun,
  inputs: Record<string, unknown>,
  params: Record<string, unknown>,
  context: ExecuteContext,
  onRecord?: (record: Record<string, unknown>) => void | Promise<void>,
): Promise<Records> {
  return runExecution(run, inputs, params, context, onRecord);
}

/**
 * `executeRun` without the promise when none is needed: an emits-one run
 * function that answers synchronously gives its records (or throws) at once,
 * which saves the scheduler several promise turns per item.
 */
export function runExecution(
  run: NodeRun,
  inputs: Record<string, unknown>,
  params: Record<string, unknown>,
  context: ExecuteContext,
  onRecord?: (record: Record<string, unknown>) => void | Promise<void>,
): Records | Promise<Records> {
  const execute = run.execute as (i: unknown, p: unknown, c: ExecuteContext) => unknown;
  const result = execute(inputs, params, context);
  if (run.spec.emits === 'many') return gatherMany(run, result, context, onRecord);
  if (isThenable(result)) return Promise.resolve(result).then((record) => [checkRecord(run, record)]);
  return [checkRecord(run, result)];
}

async function gatherMany(
  run: NodeRun,
  result: unknown,
  context: ExecuteContext,
  onRecord: ((record: Record<string, unknown>) => void | Promise<void>) | undefined,
): Promise<Records> {
  if (!isIterable(result)) throw notIterable(run);
  const records: Records = [];
  if (Symbol.asyncIterator in result) {
    for await (const record of result) {
      if (context.signal.aborted) break;
      const paused = take(run, record, records, onRecord);
      if (paused) await paused;
    }
    return records;
  }
  // A synchronous iterable is walked without `for await`, which would cost a promise turn per record.
  for (const record of result) {
    if (context.signal.aborted) break;
    const paused = take(run, record, records, onRecord);
    if (paused) await paused;
  }
  return records;
}

// Checks and keeps one record; returns a promise only when the consumer is paused (backpressure).
function take(
  run: NodeRun,
  record: unknown,
  records: Records,
  onRecord: ((record: Record<string, unknown>) => void | Promise<void>) | undefined,
): void | Promise<void> {
  const checked = checkRecord(run, record);
  records.push(checked);
  return onRecord?.(checked);
}

function checkRecord(run: NodeRun, record: unknown): Record<string, unknown> {
  if (typeof record !== 'object' || record === null) {
    throw new ArtFailure(artError('node-failed', `${run.spec.type} returned ${String(record)} instead of its outputs`));
  }
  const out = record as Record<string, unknown>;
  for (const name in run.spec.outputs) {
    if (out[name] === undefined) {
      throw new ArtFailure(artError('node-failed', `${run.spec.type} returned no value for its output "${name}"`, { path: name }));
    }
  }
  return out;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

function isIterable(value: unknown): value is Iterable<unknown> | AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && (Symbol.asyncIterator in value || Symbol.iterator in value);
}

function notIterable(run: NodeRun): ArtFailure {
  return new ArtFailure(artError('node-failed', `${run.spec.type} emits many records but did not return an iterable`));
}
