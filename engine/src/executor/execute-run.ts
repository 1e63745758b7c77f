import { ArtFailure, artError, type ExecuteContext, type NodeRun } from '@artfactory/nodes';

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
): Promise<Array<Record<string, unknown>>> {
  const execute = run.execute as (i: unknown, p: unknown, c: ExecuteContext) => unknown;
  const result = execute(inputs, params, context);
  const records: Array<Record<string, unknown>> = [];
  const take = (record: unknown): Promise<void> | void => {
    const checked = checkRecord(run, record);
    records.push(checked);
    if (onRecord) return onRecord(checked);
  };
  if (run.spec.emits === 'many') {
    if (!isIterable(result)) throw notIterable(run);
    for await (const record of result) {
      if (context.signal.aborted) break;
      await take(record);
    }
  } else {
    // Most run functions answer synchronously; awaiting only real promises saves a turn per item.
    take(isThenable(result) ? await result : result);
  }
  return records;
}

function checkRecord(run: NodeRun, record: unknown): Record<string, unknown> {
  if (typeof record !== 'object' || record === null) {
    throw new ArtFailure(artError('node-failed', `${run.spec.type} returned ${String(record)} instead of its outputs`));
  }
  const out = record as Record<string, unknown>;
  for (const name of Object.keys(run.spec.outputs)) {
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
