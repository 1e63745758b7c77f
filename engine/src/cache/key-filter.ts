const BITS_PER_KEY = 10;
const PROBES = 7;

/**
 * A Bloom filter over cache keys: `mightHave` is false only for a key never
 * added, so a first run can skip the SQLite lookup of every key that cannot
 * be there (about 1% false positives at its planned size, which only cost
 * the lookup they would have cost anyway).
 *
 * Blocked: every probe of a key falls in one 64-byte block (16 words), so a
 * lookup costs one cache miss instead of seven. Nothing is allocated per call.
 */
export class KeyFilter {
  /** Distinct keys added (approximately: a new key whose bits were all set already is not counted). */
  added = 0;
  private block = 0;
  private bit = 0;
  private step = 0;

  constructor(
    /** The bit array; its length in words is a power of two, at least 16. */
    readonly words: Uint32Array,
  ) {}

  /** A filter sized for `keys` keys at about 1% false positives. */
  static forKeys(keys: number): KeyFilter {
    let bits = 1 << 20;
    while (bits < keys * BITS_PER_KEY && bits < 2 ** 31) bits *= 2;
    return new KeyFilter(new Uint32Array(bits / 32));
  }

  /** How many keys it was sized for. */
  get capacity(): number {
    return (this.words.length * 32) / BITS_PER_KEY;
  }

  /** Records a key as present; counts it in `added` only if it set a new bit (a key seen before does not). */
  add(key: string): void {
    this.locate(key);
    let fresh = false;
    for (let i = 0; i < PROBES; i++) {
      const word = this.block + ((this.bit >>> 5) & 15);
      const flag = 1 << (this.bit & 31);
      if ((this.words[word]! & flag) === 0) {
        this.words[word]! |= flag;
        fresh = true;
      }
      this.bit = (this.bit + this.step) >>> 0;
    }
    if (fresh) this.added += 1;
  }

  /** False when the key was certainly never added. */
  mightHave(key: string): boolean {
    this.locate(key);
    for (let i = 0; i < PROBES; i++) {
      if ((this.words[this.block + ((this.bit >>> 5) & 15)]! & (1 << (this.bit & 31))) === 0) return false;
      this.bit = (this.bit + this.step) >>> 0;
    }
    return true;
  }

  // Two FNV-1a variants over the key's UTF-16 units pick the block and the bits
  // in it. A 64-character key is a sha256 in hex: its first 16 characters carry
  // 64 random bits already, so the rest need not be read.
  private locate(key: string): void {
    const length = key.length === 64 ? 16 : key.length;
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ key.length;
    for (let i = 0; i < length; i++) {
      const c = key.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    b ^= b >>> 15;
    this.block = ((a >>> 0) & ((this.words.length >>> 4) - 1)) << 4;
    this.bit = b >>> 0;
    this.step = (b >>> 17) | 1;
  }
}
