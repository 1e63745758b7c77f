import type { Comp, Digit, Part, SeqNode, TokenDigit } from './compiled';
import { checkCount } from './compile-context';
import { countInjective } from './no-repeat-count';

/**
 * Collects the parts of one sequence (one no-repeat and back-reference
 * scope) and builds its `SeqNode`, counting it exactly.
 */
export class SeqBuilder {
  private readonly parts: Part[] = [];
  private readonly digits: Digit[] = [];
  private text = '';
  /** No-repeat components: instance name → component id; components merge when a token draws on several. */
  private readonly instanceComp = new Map<string, number>();
  private readonly compMembers: number[][] = [];
  private readonly compAlias: number[] = [];
  /** Latest token digit drawing on each lookup name or alias, for back references. */
  readonly lastToken = new Map<string, number>();

  addText(text: string): void {
    this.text += text;
  }

  addPart(part: Part): void {
    this.flush();
    this.parts.push(part);
  }

  /** Adds a digit without writing it (immediate definitions write through their uses). */
  addSilentDigit(digit: Digit): number {
    this.flush();
    return this.digits.push(digit) - 1;
  }

  addDigit(digit: Digit): number {
    const d = this.addSilentDigit(digit);
    this.parts.push({ k: 'digit', d });
    return d;
  }

  /** Adds a token drawing on `instances` (lookup names or aliases) for the no-repeat rule. */
  addToken(token: TokenDigit, instances: readonly string[]): number {
    const d = this.addDigit(token);
    if (instances.length === 0) return d;
    const found = new Set<number>();
    for (const inst of instances) {
      const c = this.instanceComp.get(inst);
      if (c !== undefined) found.add(this.root(c));
    }
    let comp: number;
    if (found.size === 0) {
      comp = this.compMembers.push([]) - 1;
      this.compAlias.push(comp);
    } else {
      const [head, ...rest] = [...found].sort((a, b) => a - b) as [number, ...number[]];
      comp = head;
      for (const other of rest) {
        (this.compMembers[comp] as number[]).push(...(this.compMembers[other] as number[]));
        this.compMembers[other] = [];
        this.compAlias[other] = comp;
      }
    }
    (this.compMembers[comp] as number[]).push(d);
    for (const inst of instances) this.instanceComp.set(inst, comp);
    return d;
  }

  private root(c: number): number {
    while (this.compAlias[c] !== c) c = this.compAlias[c] as number;
    return c;
  }

  private flush(): void {
    if (this.text !== '') this.parts.push(this.text);
    this.text = '';
  }

  /** The finished sequence with its exact count. */
  build(): SeqNode {
    this.flush();
    const comps: Comp[] = [];
    for (const members of this.compMembers) {
      if (members.length < 2) continue;
      const sorted = [...members].sort((a, b) => a - b);
      const id = comps.length;
      for (const m of sorted) (this.digits[m] as TokenDigit).comp = id;
      comps.push({ members: sorted, interMemo: new Map() });
    }
    let count = 1n;
    for (const d of this.digits) if (d.kind !== 'token' || d.comp < 0) count = checkCount(count * d.count);
    for (const comp of comps) {
      if (count === 0n) break;
      const tokens = comp.members.map((m) => this.digits[m] as TokenDigit);
      count *= countInjective(comp, tokens, tokens.map((_, i) => i), []);
    }
    return { parts: this.parts, digits: this.digits, comps, count };
  }
}
