import { valueHash } from '@artfactory/nodes';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../cache/sha256-hex';
import { noopSpec } from '../test-support/test-specs';
import { NodeState, type Slot } from './node-state';

const runInfo = { runId: 'r', nodeId: 'n', projectId: 'p', workflowHash: 'h' };

describe('NodeState.hashOf', () => {
  it('hashes each port of a slot once, whichever port is read first and however often', () => {
    const state = new NodeState({ id: 'n', index: 0, spec: noopSpec, params: {}, inputs: new Map(), outputs: [] }, {}, 0, 1, runInfo);
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
