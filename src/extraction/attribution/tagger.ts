/**
 * Linear-chain tagger: hashed feature weights, label transitions, Viterbi.
 * Shared by the trainer (scripts/train-attribution.ts) and inference, plus the
 * compact weight format (sparse, delta-varint indices and int8/int16 values in
 * base64) that keeps the committed model small.
 */
import { allowedTransition, NUM_LABELS } from "./labels";
import { BOUNDARY_BITS } from "./boundaries";
import { CUE_BITS } from "./cues";
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

/** Labels any label may precede (O and the B- labels); the I- labels are handled pairwise. */
const OPEN_LABELS = Uint8Array.of(0, 1, 3, 5);
if (L !== 7 || [2, 4, 6].some((l) => allowedTransition(0, l)) || !allowedTransition(1, 2)) throw new Error("viterbi assumes the 7-label BIO scheme");

export function viterbi(w: { trans: ArrayLike<number> }, em: Float64Array, n: number): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const back = new Uint8Array(n * L);
  const T = w.trans;
  let prev = new Float64Array(L);
  let cur = new Float64Array(L);
  for (let l = 0; l < L; l++) prev[l] = allowedTransition(0, l) ? em[l]! + T[L * L + l]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const o = i * L;
    for (let j = 0; j < OPEN_LABELS.length; j++) {
      const l = OPEN_LABELS[j]!;
      let best = prev[0]! + T[l]!;
      let arg = 0;
      for (let k = 1; k < L; k++) {
        const s = prev[k]! + T[k * L + l]!;
        if (s > best) {
          best = s;
          arg = k;
        }
      }
      cur[l] = best + em[o + l]!;
      back[o + l] = arg;
    }
    // I-x (label x) only after B-x (x - 1) or I-x.
    for (let l = 2; l < L; l += 2) {
      const a = prev[l - 1]! + T[(l - 1) * L + l]!;
      const b = prev[l]! + T[l * L + l]!;
      if (b > a) {
        cur[l] = b + em[o + l]!;
        back[o + l] = l;
      } else {
        cur[l] = a + em[o + l]!;
        back[o + l] = l - 1;
      }
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best = -Infinity;
  let arg = 0;
  for (let l = 0; l < L; l++)
    if (prev[l]! > best) {
      best = prev[l]!;
      arg = l;
    }
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = arg;
    arg = back[i * L + arg]!;
  }
  return labels;
}

/** Sparse int8 or int16 encoding of a float table. */
export interface PackedTable {
  scale: number;
  /** 1: int8 values, 2: little-endian int16 */
  bytes: 1 | 2;
  /** base64 of varint-encoded gaps between successive non-zero indices */
  idx: string;
  /** base64 of the values (value * scale = weight) */
  val: string;
}

/** The emission table is the PackedTable fields at top level (int8). */
export interface PackedWeights extends PackedTable {
  format: "attr-tagger-v3";
  hashBits: number;
  labels: number;
  featuresPerToken: number;
  trans: number[];
  /** Learned cue strength per lowercased word (see features.ts). */
  cueWords: Record<string, number>;
  /** Common nouns that head sources in train (see classify.ts isAgentive). */
  agentHeads: string[];
  /** Cue sub-span model (cues.ts), 2^cueBits weights. */
  cueBits: number;
  cue: PackedTable;
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

/** Drops weights below `minAbs` and quantises the rest to int8 or int16. */
export function packTable(table: ArrayLike<number>, minAbs: number, bytes: 1 | 2): PackedTable {
  let maxAbs = 0;
  for (let i = 0; i < table.length; i++) maxAbs = Math.max(maxAbs, Math.abs(table[i]!));
  const scale = maxAbs / (bytes === 1 ? 127 : 32767) || 1;
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
    if (bytes === 1) val.push(q & 0xff);
    else val.push(q & 0xff, (q >> 8) & 0xff);
  }
  return { scale, bytes, idx: toBase64(Uint8Array.from(idx)), val: toBase64(Uint8Array.from(val)) };
}

export function packWeights(
  w: TaggerWeights,
  minAbs: number,
  cueWords: Record<string, number>,
  boundary: ArrayLike<number>,
  agentHeads: string[],
  cue: ArrayLike<number>,
): PackedWeights {
  // int8 emissions lose nothing measurable on dev (checked against int16) and
  // halve the table the tagger reads at random.
  const emit = packTable(w.emit, minAbs, 1);
  return {
    format: "attr-tagger-v3",
    hashBits: HASH_BITS,
    labels: L,
    featuresPerToken: FEATURES_PER_TOKEN,
    scale: emit.scale,
    trans: Array.from(w.trans, (x) => Math.round(x * 1000) / 1000),
    bytes: 1,
    idx: emit.idx,
    val: emit.val,
    cueWords,
    agentHeads,
    cueBits: CUE_BITS,
    cue: packTable(cue, 0, 1),
    boundaryBits: BOUNDARY_BITS,
    boundary: packTable(boundary, 0, 1),
  };
}

/** The cue table (compared only, like the boundary table). */
export function unpackCue(p: PackedWeights): Int8Array | Int16Array {
  checkLayout(p);
  const out = p.cue.bytes === 1 ? new Int8Array(1 << CUE_BITS) : new Int16Array(1 << CUE_BITS);
  forEachPacked(p.cue, (pos, q) => {
    out[pos] = q;
  });
  return out;
}

/**
 * The boundary table as stored (scores are only compared, so the scale can be
 * dropped). int8 (256 KB) ranks spans as well as int16 did on dev (53.1 vs 53.0).
 */
export function unpackBoundary(p: PackedWeights): Int8Array | Int16Array {
  checkLayout(p);
  const out = p.boundary.bytes === 1 ? new Int8Array(1 << BOUNDARY_BITS) : new Int16Array(1 << BOUNDARY_BITS);
  forEachPacked(p.boundary, (pos, q) => {
    out[pos] = q;
  });
  return out;
}

/**
 * Inference-time weights: int8 rows padded to 8 labels, so each feature
 * lookup touches one 8-byte aligned row of a 512 KB table. The table is the
 * hot spot of the whole extractor (tens of random reads per token).
 */
export interface QuantizedWeights {
  emitQ: Int8Array;
  scale: number;
  trans: Float32Array;
}

const STRIDE = 8;

export function quantizedEmissions(w: QuantizedWeights, feats: Int32Array, n: number): Float64Array {
  const F = FEATURES_PER_TOKEN;
  const out = new Float64Array(n * L);
  const emit = w.emitQ;
  const scale = w.scale;
  for (let i = 0; i < n; i++) {
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let a4 = 0;
    let a5 = 0;
    let a6 = 0;
    const fo = i * F;
    for (let f = fo; f < fo + F; f++) {
      const h = feats[f]!;
      if (h === 0) continue;
      const base = (h & HASH_MASK) * STRIDE;
      a0 += emit[base]!;
      a1 += emit[base + 1]!;
      a2 += emit[base + 2]!;
      a3 += emit[base + 3]!;
      a4 += emit[base + 4]!;
      a5 += emit[base + 5]!;
      a6 += emit[base + 6]!;
    }
    const o = i * L;
    out[o] = a0 * scale;
    out[o + 1] = a1 * scale;
    out[o + 2] = a2 * scale;
    out[o + 3] = a3 * scale;
    out[o + 4] = a4 * scale;
    out[o + 5] = a5 * scale;
    out[o + 6] = a6 * scale;
  }
  return out;
}

export function unpackQuantized(p: PackedWeights): QuantizedWeights {
  checkLayout(p);
  const emitQ = new Int8Array((HASH_MASK + 1) * STRIDE);
  forEachPacked(p, (pos, q) => {
    emitQ[Math.floor(pos / L) * STRIDE + (pos % L)] = q;
  });
  return { emitQ, scale: p.scale, trans: Float32Array.from(p.trans) };
}

function checkLayout(p: PackedWeights): void {
  if (
    p.format !== "attr-tagger-v3" ||
    p.hashBits !== HASH_BITS ||
    p.labels !== L ||
    p.featuresPerToken !== FEATURES_PER_TOKEN ||
    p.boundaryBits !== BOUNDARY_BITS ||
    p.cueBits !== CUE_BITS
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
    let k: number;
    if (p.bytes === 1) {
      k = val[v++]!;
      if (k & 0x80) k -= 0x100;
    } else {
      const lo = val[v++]!;
      const hi = val[v++]!;
      k = (hi << 8) | lo;
      if (k & 0x8000) k -= 0x10000;
    }
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
