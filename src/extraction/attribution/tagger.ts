/**
 * Linear-chain tagger: hashed feature weights, label transitions, Viterbi.
 * Shared by the trainer (scripts/train-attribution.ts) and inference, plus the
 * compact weight format (sparse, delta-varint indices and int16 values in
 * base64) that keeps the committed model small.
 */
import { allowedTransition, NUM_LABELS } from "./labels";
import { BOUNDARY_BITS } from "./boundaries";
import { FEATURES_PER_TOKEN } from "./features";

/** 2^16 rows of 8 int16: a 1 MB table, so lookups mostly stay in cache (2^19 cost 3x the time at equal F1). */
export const HASH_BITS = 16;
export const HASH_MASK = (1 << HASH_BITS) - 1;
const L = NUM_LABELS;

export interface TaggerWeights {
  /** (hash & HASH_MASK) * NUM_LABELS + label */
  emit: Float32Array | Float64Array;
  /** prev * NUM_LABELS + next; prev = NUM_LABELS stands for the sequence start. */
  trans: Float32Array | Float64Array;
}

export function emptyWeights(): { emit: Float64Array; trans: Float64Array } {
  return { emit: new Float64Array((HASH_MASK + 1) * L), trans: new Float64Array((L + 1) * L) };
}

/** Emission scores, n * NUM_LABELS. */
export function emissions(w: TaggerWeights, feats: Int32Array, n: number): Float64Array {
  const F = FEATURES_PER_TOKEN;
  const out = new Float64Array(n * L);
  const emit = w.emit;
  for (let i = 0; i < n; i++) {
    const o = i * L;
    for (let f = 0; f < F; f++) {
      const h = feats[i * F + f]!;
      if (h === 0) continue;
      const base = (h & HASH_MASK) * L;
      for (let l = 0; l < L; l++) out[o + l]! += emit[base + l]!;
    }
  }
  return out;
}

/** allowedTransition as a table: prev * NUM_LABELS + next (prev = NUM_LABELS is the start). */
const ALLOWED = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let k = 0; k <= L; k++) for (let l = 0; l < L; l++) a[k * L + l] = allowedTransition(k === L ? 0 : k, l) ? 1 : 0;
  return a;
})();

export function viterbi(w: { trans: ArrayLike<number> }, em: Float64Array, n: number): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  const trans = w.trans;
  const allowed = ALLOWED;
  for (let l = 0; l < L; l++) score[l] = allowed[L * L + l] ? em[l]! + trans[L * L + l]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const o = i * L;
    const p = o - L;
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < L; k++) {
        if (!allowed[k * L + l]) continue;
        const s = score[p + k]! + trans[k * L + l]!;
        if (s > best) {
          best = s;
          arg = k;
        }
      }
      score[o + l] = best + em[o + l]!;
      back[o + l] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let l = 0; l < L; l++)
    if (score[last + l]! > best) {
      best = score[last + l]!;
      arg = l;
    }
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = arg;
    arg = back[i * L + arg]!;
  }
  return labels;
}

/** Sparse int16 encoding of a float table. */
export interface PackedTable {
  scale: number;
  /** base64 of varint-encoded gaps between successive non-zero indices */
  idx: string;
  /** base64 of little-endian int16 values (value * scale = weight) */
  val: string;
}

export interface PackedWeights {
  format: "attr-tagger-v2";
  hashBits: number;
  labels: number;
  featuresPerToken: number;
  scale: number;
  trans: number[];
  /** base64 of varint-encoded gaps between successive non-zero emit indices */
  idx: string;
  /** base64 of little-endian int16 values (value * scale = weight) */
  val: string;
  /** Learned cue strength per lowercased word (see features.ts). */
  cueWords: Record<string, number>;
  /** Common nouns that head sources in train (see classify.ts isAgentive). */
  agentHeads: string[];
  /** Content boundary model (boundaries.ts), 2^boundaryBits weights. */
  boundaryBits: number;
  boundary: PackedTable;
}

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Drops weights below `minAbs` and quantises the rest to int16. */
export function packTable(table: ArrayLike<number>, minAbs: number): PackedTable {
  let maxAbs = 0;
  for (let i = 0; i < table.length; i++) maxAbs = Math.max(maxAbs, Math.abs(table[i]!));
  const scale = maxAbs / 32767 || 1;
  const idx: number[] = [];
  const val: number[] = [];
  let prev = -1;
  for (let i = 0; i < table.length; i++) {
    const v = table[i]!;
    if (Math.abs(v) < minAbs) continue;
    const q = Math.round(v / scale);
    if (q === 0) continue;
    let gap = i - prev;
    prev = i;
    while (gap >= 0x80) {
      idx.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    idx.push(gap);
    val.push(q & 0xff, (q >> 8) & 0xff);
  }
  return { scale, idx: toBase64(Uint8Array.from(idx)), val: toBase64(Uint8Array.from(val)) };
}

export function packWeights(
  w: TaggerWeights,
  minAbs: number,
  cueWords: Record<string, number>,
  boundary: ArrayLike<number>,
  agentHeads: string[],
): PackedWeights {
  const emit = packTable(w.emit, minAbs);
  return {
    format: "attr-tagger-v2",
    hashBits: HASH_BITS,
    labels: L,
    featuresPerToken: FEATURES_PER_TOKEN,
    scale: emit.scale,
    trans: Array.from(w.trans, (x) => Math.round(x * 1000) / 1000),
    idx: emit.idx,
    val: emit.val,
    cueWords,
    agentHeads,
    boundaryBits: BOUNDARY_BITS,
    boundary: packTable(boundary, 0),
  };
}

/** The boundary table as int16 (scores are only compared, so the scale can be dropped). */
export function unpackBoundary(p: PackedWeights): Int16Array {
  checkLayout(p);
  const out = new Int16Array(1 << BOUNDARY_BITS);
  forEachPacked(p.boundary, (pos, q) => {
    out[pos] = q;
  });
  return out;
}

/**
 * Inference-time weights: int16 rows padded to 8 labels, so each feature
 * lookup touches one 16-byte, cache-line-aligned row. The table is the hot
 * spot of the whole extractor (tens of random reads per token).
 */
export interface QuantizedWeights {
  emitQ: Int16Array;
  scale: number;
  trans: Float32Array;
}

const STRIDE = 8;

export function quantizedEmissions(w: QuantizedWeights, feats: Int32Array, n: number): Float64Array {
  const F = FEATURES_PER_TOKEN;
  const out = new Float64Array(n * L);
  const emit = w.emitQ;
  const acc = new Int32Array(STRIDE);
  for (let i = 0; i < n; i++) {
    acc.fill(0);
    const fo = i * F;
    for (let f = 0; f < F; f++) {
      const h = feats[fo + f]!;
      if (h === 0) continue;
      const base = (h & HASH_MASK) * STRIDE;
      acc[0]! += emit[base]!;
      acc[1]! += emit[base + 1]!;
      acc[2]! += emit[base + 2]!;
      acc[3]! += emit[base + 3]!;
      acc[4]! += emit[base + 4]!;
      acc[5]! += emit[base + 5]!;
      acc[6]! += emit[base + 6]!;
    }
    const o = i * L;
    for (let l = 0; l < L; l++) out[o + l] = acc[l]! * w.scale;
  }
  return out;
}

export function unpackQuantized(p: PackedWeights): QuantizedWeights {
  checkLayout(p);
  const emitQ = new Int16Array((HASH_MASK + 1) * STRIDE);
  forEachPacked(p, (pos, q) => {
    emitQ[Math.floor(pos / L) * STRIDE + (pos % L)] = q;
  });
  return { emitQ, scale: p.scale, trans: Float32Array.from(p.trans) };
}

function checkLayout(p: PackedWeights): void {
  if (
    p.format !== "attr-tagger-v2" ||
    p.hashBits !== HASH_BITS ||
    p.labels !== L ||
    p.featuresPerToken !== FEATURES_PER_TOKEN ||
    p.boundaryBits !== BOUNDARY_BITS
  )
    throw new Error("attribution model was trained for a different feature layout; run npm run train:attribution");
}

function forEachPacked(p: PackedTable, fn: (pos: number, q: number) => void): void {
  const idx = fromBase64(p.idx);
  const val = fromBase64(p.val);
  let pos = -1;
  let v = 0;
  for (let i = 0; i < idx.length; ) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = idx[i++]!;
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    pos += gap;
    const lo = val[v++]!;
    const hi = val[v++]!;
    let k = (hi << 8) | lo;
    if (k & 0x8000) k -= 0x10000;
    fn(pos, k);
  }
}

export function unpackWeights(p: PackedWeights): TaggerWeights {
  checkLayout(p);
  const emit = new Float32Array((HASH_MASK + 1) * L);
  forEachPacked(p, (pos, q) => {
    emit[pos] = q * p.scale;
  });
  return { emit, trans: Float32Array.from(p.trans) };
}
