import { convertValue, valueHash } from '@artfactory/nodes';
import { sha256Hex } from '../cache/sha256-hex';
import type { NodeState, Slot, Upstream } from './node-state';

/** Whether an execution can start, and with what. */
export type Readiness =
  | { kind: 'ready'; key: string; inputs: Record<string, unknown>; hashes: Record<string, string | readonly string[]> }
  /** An input item failed or was skipped upstream: this item is skipped too. */
  | { kind: 'skip'; key: string }
  /** An upstream item is not there yet. */
  | { kind: 'wait' }
  /** No execution at this index or beyond. */
  | { kind: 'end' };

const WAIT: Readiness = { kind: 'wait' };
const END: Readiness = { kind: 'end' };

/**
 * Readiness of execution `index` of an item-consuming node. Inputs are zipped
 * by index; an upstream that finished with exactly one item is broadcast; the
 * shortest non-broadcast input ends the node.
 */
export function itemReadiness(state: NodeState, index: number): Readiness {
  if (state.upstream.length === 0) return index === 0 ? { kind: 'ready', key: '0', inputs: {}, hashes: {} } : END;
  const picked: Array<Slot | undefined> = [];
  let waiting = false;
  let keySlot: Slot | undefined;
  for (const { from } of state.upstream) {
    if (from.finished && from.slots.length === 1) {
      picked.push(from.slots[0]);
      continue;
    }
    const slot = from.slots[index];
    if (slot === undefined) {
      if (from.finished) return END;
      waiting = true;
    }
    keySlot ??= slot;
    picked.push(slot);
  }
  if (waiting) return WAIT;
  if (keySlot === undefined && index > 0) return END; // every input is broadcast: one execution
  const key = (keySlot ?? picked[0]!).key;
  for (const slot of picked) if (!slot!.ok) return { kind: 'skip', key };
  const inputs: Record<string, unknown> = {};
  const hashes: Record<string, string> = {};
  for (let i = 0; i < state.upstream.length; i++) {
    const up = state.upstream[i]!;
    const slot = picked[i] as Slot & { ok: true };
    const raw = slot.record[up.edge.sourceOutput];
    if (up.edge.fromType === up.edge.toType) {
      inputs[up.name] = raw;
      hashes[up.name] = up.from.hashOf(slot, up.edge.sourceOutput);
    } else {
      const converted = convertValue(up.edge.fromType, up.edge.toType, raw);
      inputs[up.name] = converted;
      hashes[up.name] = valueHash(converted, sha256Hex);
    }
  }
  return { kind: 'ready', key, inputs, hashes };
}

/** Readiness of the single execution of a list-consuming node: every upstream must have finished. */
export function listReadiness(state: NodeState, index: number): Readiness {
  if (index > 0) return END;
  if (state.upstream.some((up) => !up.from.finished)) return WAIT;
  const inputs: Record<string, unknown[]> = {};
  const hashes: Record<string, string[]> = {};
  for (const up of state.upstream) inputs[up.name] = gather(up, hashes[up.name] = []);
  return { kind: 'ready', key: '0', inputs, hashes };
}

function gather(up: Upstream, hashes: string[]): unknown[] {
  const values: unknown[] = [];
  for (const slot of up.from.slots) {
    if (!slot?.ok) continue;
    const raw = slot.record[up.edge.sourceOutput];
    if (up.edge.fromType === up.edge.toType) {
      values.push(raw);
      hashes.push(up.from.hashOf(slot, up.edge.sourceOutput));
    } else {
      const converted = convertValue(up.edge.fromType, up.edge.toType, raw);
      values.push(converted);
      hashes.push(valueHash(converted, sha256Hex));
    }
  }
  return values;
}
