import type { Place } from './expand-failure';

/** Literal text (escapes already resolved). */
export interface TextNode {
  type: 'text';
  text: string;
}

/** A `[...]` group as written; whether it is a token is decided when lookups are known. */
export interface BracketNode {
  type: 'bracket';
  place: Place;
  /** The group as written, escapes resolved, for messages and kept-as-written output. */
  raw: string;
  /** Trimmed values split at unescaped commas (a pick count removed). */
  values: string[];
  /** `[..:N]` with N a positive integer. */
  pick: number | undefined;
  /** Why the text as written can only be A1111 syntax (never a token). */
  keptReason: string | undefined;
  /** The content parsed as brace notation, for a group kept as written. */
  content: Node[] | undefined;
  /** Whether the content holds brace notation (an error inside a token). */
  hasBraceSyntax: boolean;
  /** Read from a lookup value: always kept, silently. */
  lenient: boolean;
}

/** `[=name]`. */
export interface BackrefNode {
  type: 'backref';
  place: Place;
  name: string;
  raw: string;
}

/** How a brace group or wildcard draws: every combination, a seeded pick, or a cycle. */
export type DrawMode = 'all' | 'random' | 'cycle';

/** One variant of a brace group. */
export interface Variant {
  weight: number;
  nodes: Node[];
  /** Trimmed text as written, to drop repeated variants. */
  key: string;
}

/** `{a|b}`, `{2$$a|b}`, `{~a|b}`, `{@a|b}`. */
export interface GroupNode {
  type: 'group';
  place: Place;
  mode: DrawMode;
  picks: { lo: number; hi: number | undefined } | undefined;
  joiner: string;
  variants: Variant[];
}

/** A wildcard parameter `name=VALUE`. */
export interface WildcardParam {
  name: string;
  value: Node[];
}

/** `__name__`, `__~name__`, `__name(a=x)__`. */
export interface WildcardNode {
  type: 'wildcard';
  place: Place;
  mode: DrawMode;
  /** The name as brace notation (it may hold groups and variables). */
  name: Node[];
  params: WildcardParam[];
  raw: string;
  /** Written by the user: an unknown name is an error rather than a warning. */
  strict: boolean;
}

/** `${name=VALUE}` and its variants. */
export interface VarDefNode {
  type: 'var-def';
  place: Place;
  name: string;
  immediate: boolean;
  ifUndefined: boolean;
  value: Node[];
}

/** `${name}` or `${name:DEFAULT}`. */
export interface VarUseNode {
  type: 'var-use';
  place: Place;
  name: string;
  fallback: Node[] | undefined;
  raw: string;
}

/** `%{WRAPPER$$INNER}`, the wrapper split at its marker. */
export interface WrapNode {
  type: 'wrap';
  place: Place;
  before: Node[];
  after: Node[];
  inner: Node[];
}

/** A top-level `(&)` or `||`. */
export interface SplitNode {
  type: 'batch-split' | 'sub-split';
  place: Place;
}

/** A top-level `meta:`, `batch:` or `pipeline:` command. */
export interface CommandNode {
  type: 'command';
  place: Place;
  scope: 'meta' | 'batch' | 'pipeline';
  key: string;
  value: string;
}

/** Anything the parser produces. */
export type Node =
  | TextNode
  | BracketNode
  | BackrefNode
  | GroupNode
  | WildcardNode
  | VarDefNode
  | VarUseNode
  | WrapNode
  | SplitNode
  | CommandNode;
