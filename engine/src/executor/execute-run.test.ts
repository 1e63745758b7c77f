import { defineRun, type NodeRun } from '@artfactory/nodes';
import { testContext } from '@artfactory/nodes/testing';
import { describe, expect, it } from 'vitest';
import { emitManySpec, noopSpec } from '../test-support/test-specs';
import { executeRun, runExecution } from './execute-run';

const params = { count: 3, delayMs: 0, failAt: -1, probe: '' };
// The engine holds run functions untyped, as the registry gives them.
const untyped = (run: unknown): NodeRun => run as NodeRun;

describe('runExecution', () => {
  it('answers a synchronous emits-one run at once, without a promise', () => {
    const run = untyped(defineRun(noopSpec, (inputs) => ({ text: inputs.text })));
    expect(runExecution(run, { text: 'a' }, {}, testContext())).toEqual([{ text: 'a' }]);
  });

  it('walks a synchronous generator record by record, pausing only while the consumer asks', async () => {
    const seen: string[] = [];
    const run = untyped(defineRun(emitManySpec, function* () {
      for (let i = 0; i < 3; i++) {
        seen.push(`made ${i}`);
        yield { text: `t${i}` };
      }
    }));
    let release: () => void = () => {};
    const onRecord = (record: Record<string, unknown>) => {
      seen.push(`took ${String(record.text)}`);
      if (record.text === 't0') return new Promise<void>((resolve) => (release = resolve));
    };
    const gathered = executeRun(run, {}, params, testContext(), onRecord);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['made 0', 'took t0']); // paused: the generator is not asked for more
    release();
    expect(await gathered).toEqual([{ text: 't0' }, { text: 't1' }, { text: 't2' }]);
    expect(seen).toEqual(['made 0', 'took t0', 'made 1', 'took t1', 'made 2', 'took t2']);
  });

  it('gathers an async generator and stops taking records once the run is aborted', async () => {
    const controller = new AbortController();
    const run = untyped(defineRun(emitManySpec, async function* () {
      for (let i = 0; i < 5; i++) {
        if (i === 2) controller.abort();
        yield { text: `t${i}` };
      }
    }));
    const context = testContext({ signal: controller.signal });
    expect(await executeRun(run, {}, params, context)).toEqual([{ text: 't0' }, { text: 't1' }]);
  });

  it('refuses a record without a declared output, and an emits-many run that returns no iterable', async () => {
    const missing = untyped(defineRun(noopSpec, () => ({}) as { text: string }));
    expect(() => runExecution(missing, { text: 'a' }, {}, testContext())).toThrow('returned no value for its output "text"');
    const notIterable = untyped(defineRun(emitManySpec, () => 42 as unknown as Iterable<{ text: string }>));
    await expect(executeRun(notIterable, {}, params, testContext())).rejects.toThrow('did not return an iterable');
  });
});
