// MinHash over a claim's token set, cut into LSH bands: two claims whose sets
// overlap a lot share at least one band with high probability, so the ledger
// finds candidates with one indexed lookup (an int[] overlap) instead of
// comparing a new claim with every stored one. Hand-written (a few lines):
// the npm MinHash packages are unmaintained and hash with node:crypto.

/**
 * Hashes per signature, and the bands they are cut into (rows per band =
 * HASHES / BANDS). One row per band: two claims share a band with probability
 * 1 - (1 - J)^64 for token-set Jaccard J (0.98 at J = 0.06), because a
 * paraphrase shares few words; the number of shared bands estimates J and
 * ranks the candidates, which the exact comparison then checks.
 */
export const HASHES = 64;
export const BANDS = 64;
const ROWS = HASHES / BANDS;

/** 32-bit FNV-1a of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads the bits of a 32-bit value. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds, one per hash function: signatures must never change between releases. */
const SEEDS: readonly number[] = Array.from({ length: HASHES }, (_, i) => mix((i + 1) * 0x9e3779b1));

export function minhashSignature(tokens: Iterable<string>): number[] {
  const sig = new Array<number>(HASHES).fill(0xffffffff);
  for (const t of new Set(tokens)) {
    const h = fnv1a(t);
    for (let i = 0; i < HASHES; i++) {
      const v = mix(h ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/**
 * One signed 32-bit key per band (band number mixed in, so equal rows in two
 * different bands never collide): the values stored in Claim.lshBands.
 */
export function lshBands(signature: number[]): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = mix(0x5bd1e995 ^ b);
    for (let r = 0; r < ROWS; r++) h = mix(h ^ signature[b * ROWS + r]!);
    out.push(h | 0);
  }
  return out;
}

/** Bands two claims share: 0 means the ledger's candidate lookup never brings them together. */
export function sharedBands(a: number[], b: number[]): number {
  const set = new Set(a);
  return b.filter((x) => set.has(x)).length;
}
