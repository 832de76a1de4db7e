/**
 * Feature extraction for the attribution tagger. Every feature is an int hash
 * (template id mixed with integer value hashes) so that scoring is a typed
 * array lookup per feature and label: the extractor must keep the whole
 * pipeline above 1 MB/s, and string-keyed feature maps were the bottleneck.
 */
import type { Token } from "../nlp";
import { CUE_LEXICON } from "./lexicon";
import { isDoubleApostrophe } from "./quote-marks";
import { strHash, mix, mix3 } from "./hash";

/**
 * 27 templates chosen from an earlier 51 by ablation (tagger F1 within ±0.5
 * of the full set for source and cue, -1.4 for content, which the boundary
 * stage recovers) at half the weight lookups per token, plus 4 on the
 * nearest strong cue.
 */
export const FEATURES_PER_TOKEN = 31;

/** Hash of the word's shape (Xx, d.d, ...), repeated classes collapsed, first 6 classes. */
function shapeHash(s: string): number {
  let h = 0x3c6ef372;
  let last = -1;
  let count = 0;
  for (let i = 0; i < s.length && count < 6; i++) {
    const c = s.charCodeAt(i);
    const k = c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : c >= 48 && c <= 57 ? 3 : c + 8;
    if (k !== last) {
      h = Math.imul(h ^ k, 0x01000193);
      count++;
    }
    last = k;
  }
  return h | 0;
}

/** FNV-1a over s[from, to), seeded so prefixes and suffixes don't collide with words. */
function rangeHash(s: string, from: number, to: number, seed: number): number {
  let h = seed;
  for (let i = Math.max(0, from); i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

const OPEN_QUOTES = new Set(["“", "‘‘", "``", "«"]);
const CLOSE_QUOTES = new Set(["”", "’’", "''", "»"]);

function distBucket(d: number): number {
  if (d <= 0) return 0;
  if (d <= 3) return d;
  if (d <= 5) return 4;
  if (d <= 9) return 5;
  if (d <= 16) return 6;
  return 7;
}

/** Per-token facts reused by several templates; computed once per token. */
interface TokenFacts {
  word: Int32Array;
  pos: Int32Array;
  suf: Int32Array;
  shape: Int32Array;
  cue: Uint8Array;
  quote: Uint8Array; // 0 outside, 1 inside, 2 opening mark, 3 closing mark
}

const posCache = new Map<string, number>();

function cachedHash(cache: Map<string, number>, s: string): number {
  let h = cache.get(s);
  if (h === undefined) {
    h = strHash(s);
    cache.set(s, h);
  }
  return h;
}

/**
 * Cue strength per lowercased word, learned from training gold (share of a
 * word's occurrences that are part of a cue). Stored with the model weights.
 * 1 = in the hand lexicon only, 2 = weak learned cue, 3 = strong learned cue.
 */
export type CueLexicon = ReadonlyMap<string, number>;

function facts(tokens: Token[], learned: CueLexicon | null): TokenFacts {
  const n = tokens.length;
  const f: TokenFacts = {
    word: new Int32Array(n),
    pos: new Int32Array(n),
    suf: new Int32Array(n),
    shape: new Int32Array(n),
    cue: new Uint8Array(n),
    quote: new Uint8Array(n),
  };
  let inside = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    // Quotes rarely carry over a paragraph break unopened; a new paragraph
    // that continues a quotation starts with its own opening mark.
    if (t.nlBefore) inside = false;
    const lw = t.lower;
    f.word[i] = strHash(lw);
    f.pos[i] = cachedHash(posCache, t.pos);
    f.suf[i] = rangeHash(lw, lw.length - 3, lw.length, 0x2545f491);
    f.shape[i] = shapeHash(t.text);
    f.cue[i] = learned?.get(t.lower) ?? (CUE_LEXICON.has(t.lower) ? 1 : 0);
    const x = t.text;
    // wink splits the '' of some wire archives into two apostrophes: one
    // mark, opening or closing by position like a straight quote.
    if (i > 0 && isDoubleApostrophe(tokens, i - 1) && f.quote[i - 1]! >= 2) {
      f.quote[i] = f.quote[i - 1]!;
      continue;
    }
    if (isDoubleApostrophe(tokens, i)) {
      f.quote[i] = inside ? 3 : 2;
      inside = !inside;
    } else if (OPEN_QUOTES.has(x)) {
      inside = true;
      f.quote[i] = 2;
    } else if (CLOSE_QUOTES.has(x)) {
      inside = false;
      f.quote[i] = 3;
    } else if (x === '"') {
      f.quote[i] = inside ? 3 : 2;
      inside = !inside;
    } else f.quote[i] = inside ? 1 : 0;
  }
  return f;
}

/**
 * Returns n * FEATURES_PER_TOKEN hashes, row-major; 0 means "no feature".
 */
export function extractFeatures(tokens: Token[], learned: CueLexicon | null = null): Int32Array {
  const n = tokens.length;
  const F = FEATURES_PER_TOKEN;
  const out = new Int32Array(n * F);
  const fx = facts(tokens, learned);
  const pre = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const lw = tokens[i]!.lower;
    pre[i] = lw.length > 5 ? rangeHash(lw, 0, 5, 0x6a09e667) : fx.word[i]!;
  }

  // Nearest cue-lexicon token to the left/right within the sentence, and the
  // number of cues in the sentence: attribution is mostly
  // sentence-internal, and content sits on the far side of the cue.
  const leftCue = new Int32Array(n).fill(-1);
  const rightCue = new Int32Array(n).fill(-1);
  const leftStrong = new Int32Array(n).fill(-1);
  const rightStrong = new Int32Array(n).fill(-1);
  const sentCues = new Int32Array(n);
  let s0 = 0;
  for (let i = 0; i <= n; i++) {
    if (i === n || (i > s0 && tokens[i]!.sentence !== tokens[s0]!.sentence)) {
      let last = -1;
      let strong = -1;
      let cues = 0;
      for (let k = s0; k < i; k++) {
        leftCue[k] = last;
        leftStrong[k] = strong;
        if (fx.cue[k]) {
          last = k;
          cues++;
        }
        if (fx.cue[k] === 3) strong = k;
      }
      last = -1;
      strong = -1;
      for (let k = i - 1; k >= s0; k--) {
        rightCue[k] = last;
        rightStrong[k] = strong;
        if (fx.cue[k]) last = k;
        if (fx.cue[k] === 3) strong = k;
      }
      for (let k = s0; k < i; k++) {
        sentCues[k] = cues;
      }
      s0 = i;
    }
  }

  // A quotation with a cue right before its opening or after its closing mark
  // is almost always content; one without is often a scare quote or a title.
  const quoteCued = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (fx.quote[i] !== 2) continue;
    let j = i + 1;
    while (j < n && fx.quote[j] === 1 && !tokens[j]!.nlBefore) j++;
    let cued = 0;
    for (let k = Math.max(0, i - 4); k < i; k++) if (fx.cue[k]) cued = 1;
    for (let k = j + 1; k < Math.min(n, j + 5); k++) if (fx.cue[k]) cued = 2;
    const len = j - i;
    const v = cued * 4 + (len <= 3 ? 1 : len <= 8 ? 2 : 3);
    for (let k = i; k <= j && k < n; k++) quoteCued[k] = v;
  }

  for (let i = 0; i < n; i++) {
    const o = i * F;
    const w0 = fx.word[i]!;
    const wm1 = i > 0 ? fx.word[i - 1]! : 11;
    const wp1 = i + 1 < n ? fx.word[i + 1]! : 13;
    const p0 = fx.pos[i]!;
    const pm1 = i > 0 ? fx.pos[i - 1]! : 17;
    const pp1 = i + 1 < n ? fx.pos[i + 1]! : 19;
    const q = fx.quote[i]!;
    const lc = leftCue[i]!;
    const rc = rightCue[i]!;
    const ld = lc >= 0 ? distBucket(i - lc) : 9;
    const rd = rc >= 0 ? distBucket(rc - i) : 9;
    const lcw = lc >= 0 ? fx.word[lc]! : 23;
    const rcw = rc >= 0 ? fx.word[rc]! : 29;
    const sc = Math.min(sentCues[i]!, 3);
    const afterLeftCue = lc >= 0 && lc + 1 < n ? fx.word[lc + 1]! : 31;
    out[o] = 1;
    out[o + 1] = mix(2, w0);
    out[o + 2] = mix(3, wm1);
    out[o + 3] = mix(4, wp1);
    out[o + 4] = mix3(7, wm1, w0);
    out[o + 5] = mix3(8, w0, wp1);
    out[o + 6] = mix(9, p0);
    out[o + 7] = mix3(12, pm1, p0);
    out[o + 8] = mix3(13, p0, pp1);
    out[o + 9] = mix(14, mix3(pm1, p0, pp1));
    out[o + 10] = mix(15, fx.suf[i]!);
    out[o + 11] = mix(16, fx.shape[i]!);
    out[o + 12] = mix3(18, q, p0);
    out[o + 13] = mix3(19, fx.cue[i]!, p0);
    out[o + 14] = mix3(20, ld, rd);
    out[o + 15] = mix3(21, lcw, ld);
    out[o + 16] = mix3(22, rcw, rd);
    out[o + 17] = mix3(25, mix(sc, q), p0);
    out[o + 18] = mix3(27, ld, q);
    out[o + 19] = mix3(28, rd, q);
    out[o + 20] = mix3(34, lcw, mix(ld, p0));
    out[o + 21] = mix3(35, rcw, mix(rd, p0));
    out[o + 22] = mix3(41, quoteCued[i]!, q);
    out[o + 23] = mix3(42, quoteCued[i]!, p0);
    out[o + 24] = mix3(45, afterLeftCue, ld);
    out[o + 25] = mix3(46, mix(ld, rd), q);
    out[o + 26] = mix(49, pre[i]!);
    // The nearest strong cue (learned strength 3) on each side: content sits
    // on the far side of a real reporting verb, not of any cue-ish word.
    const ls = leftStrong[i]!;
    const rs = rightStrong[i]!;
    const lsd = ls >= 0 ? distBucket(i - ls) : 9;
    const rsd = rs >= 0 ? distBucket(rs - i) : 9;
    out[o + 27] = mix3(52, lsd, rsd);
    out[o + 28] = mix3(53, ls >= 0 ? fx.word[ls]! : 41, lsd);
    out[o + 29] = mix3(54, rs >= 0 ? fx.word[rs]! : 43, rsd);
    out[o + 30] = mix3(55, mix(lsd, rsd), mix(q, p0));
  }
  return out;
}
