/**
 * The compiled form of a prompt: a tree of sequences whose digits are the
 * odometer's wheels. Compiled once per batch; cursors iterate it by index
 * without ever materialising the cross product.
 */

/** A bracket token: options as plain strings; `comp` is its no-repeat component in the sequence, or -1. */
export interface TokenDigit {
  kind: 'token';
  options: readonly string[];
  count: bigint;
  comp: number;
  /** Non-empty options, for no-repeat checks and counting. */
  set: ReadonlySet<string>;
  hasEmpty: boolean;
  /** Equal keys mean equal option sets (fast counting path). */
  setKey: string;
}

/** A brace group or wildcard: each variant's expansions in turn. */
export interface ChoiceDigit {
  kind: 'choice';
  variants: readonly SeqNode[];
  /** starts[v] = expansions before variant v; starts[n] = count. */
  starts: readonly bigint[];
  count: bigint;
}

/** `{lo-hi$$...}`: ordered picks of distinct variants, smaller counts first. */
export interface PicksDigit {
  kind: 'picks';
  variants: readonly SeqNode[];
  counts: readonly bigint[];
  lo: number;
  hi: number;
  joiner: string;
  /** byK[k - lo] = expansions with k picks. */
  byK: readonly bigint[];
  count: bigint;
}

/** A wheel of the odometer. */
export type Digit = TokenDigit | ChoiceDigit | PicksDigit;

/** A seeded pick (`{~…}`, `__~name__`): one option, drawn per item. */
export interface RandomPart {
  k: 'random';
  variants: readonly SeqNode[];
  weights: readonly number[];
  lo: number;
  hi: number;
  joiner: string;
  picks: boolean;
  site: number;
}

/** A cycle (`{@…}`, `__@name__`): one option, chosen by the item's rank. */
export interface CyclePart {
  k: 'cycle';
  inner: ChoiceDigit | PicksDigit;
  site: number;
}

/** What a sequence writes, in reading order. */
export type Part =
  | string
  | { k: 'digit'; d: number }
  | { k: 'backref'; d: number }
  | { k: 'imm-def'; d: number; id: number }
  | { k: 'imm-use'; id: number }
  | { k: 'seg'; seg: number }
  | RandomPart
  | CyclePart;

/** Tokens that must not repeat a non-empty value among themselves. */
export interface Comp {
  members: readonly number[];
  /** Size of the intersection of members' sets, by the member positions joined with commas. */
  interMemo: Map<string, number>;
}

/** A product of digits with literal text between them. */
export interface SeqNode {
  parts: readonly Part[];
  digits: readonly Digit[];
  comps: readonly Comp[];
  count: bigint;
}

/** The empty sequence (one expansion, no text). */
export const EMPTY_SEQ: SeqNode = { parts: [], digits: [], comps: [], count: 1n };
