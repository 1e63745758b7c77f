import type { PortType } from './value-types';

// Widening conversions the engine performs on the wire. Everything else must
// match exactly: a silent text→number parse would hide mistakes in a graph.
const WIDENINGS: Partial<Record<PortType, readonly PortType[]>> = {
  integer: ['number', 'text'],
  number: ['text'],
  boolean: ['text'],
  product: ['image'],
};

/** The one compatibility rule for wires, used by the editor, the engine and tests. */
export function canConnect(from: PortType, to: PortType): boolean {
  if (from === to) return true;
  return WIDENINGS[from]?.includes(to) ?? false;
}

/** Converts an item crossing a wire that canConnect accepted. */
export function convertValue(from: PortType, to: PortType, value: unknown): unknown {
  if (from === to) return value;
  if (to === 'text') return String(value);
  if (from === 'product' && to === 'image') return (value as { image: unknown }).image;
  return value;
}
