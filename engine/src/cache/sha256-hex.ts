import { hash } from 'node:crypto';
import type { Sha256Hex } from '@artfactory/nodes';

/**
 * The kit's sha256 through node:crypto's one-shot `hash`: the same digest as
 * the kit's browser-safe default (the kit's tests prove it), about six times
 * faster, which matters at two hashes per item.
 */
export const sha256Hex: Sha256Hex = (text) => hash('sha256', text, 'hex');
