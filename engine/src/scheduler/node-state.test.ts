import { valueHash, type NodeSpec } from '@artfactory/nodes';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../cache/sha256-hex';
import { collectSpec, noopSpec } from '../test-support/test-specs';
import { NodeState, TAKEN, type Slot } from './node-state';

const runInfo = { runId: 'r', nodeId: 'n', projectId: 'p', workflowHash: 'h' };
const stateOf = (id: string, spec: NodeSpec = noopSpec) => new NodeState({ id, index: 0, spec, params: {}, inputs: new Map(), outputs: [] }, {}, 0, 1, runInfo);
const filled = (count: number): Slot[] => Array.from({ length: count }, (_, i) => ({ key: `${i}`, ok: true, record: { text: `t${i}` } }));

describe('NodeState.dropTaken', () => {
  it('lets go of the slots every item consumer has moved past, except slot 0', () => {
    const from = stateOf('from');
    const fast = stateOf('fast');
    const slow = stateOf('slow');
    from.consumers.push(fast, slow);
    from.slots.push(...filled(10));
    fast.next = 8;
    slow.next = 4;
    from.dropTaken();
    expect(from.slots.map((slot) => slot === TAKEN)).toEqual([false, true, true, true, false, false, false, false, false, false]);
    slow.inputsDone = true; // a consumer that will start nothing more holds nothing back
    from.dropTaken();
    expect(from.slots.filter((slot) => slot === TAKEN)).toHaveLength(7);
    expect(from.slots[0]).toMatchObject({ record: { text: 't0' } });
  });

  it('keeps every slot while a list consumer will read them all at the end', () => {
    const from = stateOf('from');
    const each = stateOf('each');
    from.consumers.push(each, stateOf('all', collectSpec));
    from.slots.push(...filled(5));
    each.next = 5;
    from.dropTaken();
    expect(from.slots).not.toContain(TAKEN);
  });
});

describe('NodeState.hashOf', () => {
  it('hashes each port of a slot once, whichever port is read first and however often', () => {
    const state = stateOf('n');
    const slot: Slot & { ok: true } = { key: '0', ok: true, record: { text: 'a', image: { hash: 'h' } } };
    const text = state.hashOf(slot, 'text');
    const image = state.hashOf(slot, 'image');
    expect(text).toBe(valueHash('a', sha256Hex));
    expect(image).toBe(valueHash({ hash: 'h' }, sha256Hex));
    // Cached on the slot: a changed record (never done by the engine) would show if it were hashed again.
    slot.record = { text: 'b', image: 'c' };
    expect(state.hashOf(slot, 'image')).toBe(image);
    expect(state.hashOf(slot, 'text')).toBe(text);
  });
});
