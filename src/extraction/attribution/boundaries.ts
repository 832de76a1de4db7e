/**
 * Second stage for content spans: given a relation's cue and the tagger's
 * content, re-choose the content's start and end among the token positions of
 * the surrounding sentence(s) with a linear model over boundary features
 * (words and POS at and around each boundary, distance to the cue and to the
 * tagger's own boundary, sentence and quotation structure, and how much of the
 * candidate the tagger labelled content). The tagger decides token by token and
 * often stops at a comma or starts a word late; PolNeAR's spans follow
 * conventions that are easier to learn per boundary than per token.
 *
 * Scores decompose as start(s) + end(e) + pair(s, e); every feature is an int
 * hash into a small float table, so ranking all pairs of a sentence is cheap.
 * Trained by scripts/train-attribution.ts (structured perceptron on jackknifed
 * tagger output over PolNeAR train).
 */
import type { Token } from "../nlp";
import type { TaggedSpan } from "./labels";
import { isDoubleApostrophe } from "./quote-marks";
import { strHash, mix, mix3 } from "./hash";

export const BOUNDARY_BITS = 18;
const MASK = (1 << BOUNDARY_BITS) - 1;
/** Most tokens a candidate region may hold (keeps the pair loop bounded). */
const MAX_REGION = 90;
/**
 * Candidate starts lie within this many tokens of an anchor (the tagger's
 * start, the token after the cue, the region start), ends likewise (the
 * tagger's end, the cue, the region end): scoring every position of a long
 * sentence cost more than the tagger itself. 16 rather than 8 makes 4% more
 * gold contents reachable (a tagger content that runs on past a comma) and
 * lifted boundary-cv from 64.9% to 65.9% of relations with a gold content.
 */
export const WINDOW = 16;

function near(x: number, a: number, b: number, c: number): boolean {
  return Math.abs(x - a) <= WINDOW || Math.abs(x - b) <= WINDOW || Math.abs(x - c) <= WINDOW;
}

/** Whether s may start, and e (exclusive) may end, a candidate of region r. */
export function isStart(q: BoundaryQuery, r: Region, s: number): boolean {
  if (s < r.sLo || s >= r.sHi || (s >= q.cueStart && s < q.cueEnd)) return false;
  return near(s, q.conEnd > q.conStart ? q.conStart : q.cueEnd, q.cueEnd, r.sLo);
}

export function isEnd(q: BoundaryQuery, r: Region, e: number): boolean {
  if (e <= r.sLo || e > r.eHi || (e > q.cueStart && e <= q.cueEnd)) return false;
  return near(e, q.conEnd > q.conStart ? q.conEnd : r.eHi, q.cueStart, r.eHi);
}

function bucket(d: number): number {
  const a = Math.abs(d);
  const b = a <= 3 ? a : a <= 5 ? 4 : a <= 9 ? 5 : a <= 16 ? 6 : a <= 30 ? 7 : 8;
  return d < 0 ? -b : b;
}

/** Token facts for one text, shared by every relation in it. */
export interface BoundaryContext {
  tokens: Token[];
  word: Int32Array;
  pos: Int32Array;
  /** Tagger label per token after repairs: 0 O, 1 source, 2 cue, 3 content. */
  kind: Uint8Array;
  /** 0 outside quotes, 1 inside, 2 opening mark, 3 closing mark. */
  quote: Uint8Array;
  /** Prefix counts: content-labelled tokens, cue tokens, sentence starts, opening and closing marks. */
  conPre: Int32Array;
  srcPre: Int32Array;
  commaPre: Int32Array;
  cuePre: Int32Array;
  sentPre: Int32Array;
  openPre: Int32Array;
  closePre: Int32Array;
  /** Prefix count of verbs and auxiliaries: clausal contents have one, object contents rarely. */
  verbPre: Int32Array;
  sentStart: Int32Array;
  sentEnd: Int32Array;
  /** Cached static start/end scores per side (NaN = not yet computed) and the weights they belong to. */
  startCache: Float64Array;
  endCache: Float64Array;
  cacheWeights: ArrayLike<number> | null;
}

const OPEN = new Set(["“", "«"]);
const CLOSE = new Set(["”", "»"]);
const posCache = new Map<string, number>();

export function boundaryContext(tokens: Token[], spans: TaggedSpan[]): BoundaryContext {
  const n = tokens.length;
  const word = new Int32Array(n);
  const pos = new Int32Array(n);
  const kind = new Uint8Array(n);
  const quote = new Uint8Array(n);
  for (const s of spans) {
    const k = s.type === "source" ? 1 : s.type === "cue" ? 2 : 3;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) kind[i] = k;
  }
  const conPre = new Int32Array(n + 1);
  const srcPre = new Int32Array(n + 1);
  const commaPre = new Int32Array(n + 1);
  const cuePre = new Int32Array(n + 1);
  const sentPre = new Int32Array(n + 1);
  const openPre = new Int32Array(n + 1);
  const closePre = new Int32Array(n + 1);
  const verbPre = new Int32Array(n + 1);
  const sentStart = new Int32Array(n);
  const sentEnd = new Int32Array(n);
  let inside = false;
  let s0 = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    word[i] = strHash(t.lower);
    let p = posCache.get(t.pos);
    if (p === undefined) posCache.set(t.pos, (p = strHash(t.pos)));
    pos[i] = p;
    if (t.nlBefore) inside = false;
    const x = t.text;
    // '' (two apostrophe tokens) is one mark; its second half takes the same role.
    const twin = isDoubleApostrophe(tokens, i);
    const twinTail = i > 0 && isDoubleApostrophe(tokens, i - 1) && quote[i - 1]! >= 2;
    if (twinTail) quote[i] = quote[i - 1]!;
    else if (OPEN.has(x) || ((x === '"' || twin) && !inside)) {
      quote[i] = 2;
      inside = true;
    } else if (CLOSE.has(x) || ((x === '"' || twin) && inside)) {
      quote[i] = 3;
      inside = false;
    } else quote[i] = inside ? 1 : 0;
    const first = i === 0 || tokens[i - 1]!.sentence !== t.sentence;
    if (first) s0 = i;
    sentStart[i] = s0;
    conPre[i + 1] = conPre[i]! + (kind[i] === 3 ? 1 : 0);
    srcPre[i + 1] = srcPre[i]! + (kind[i] === 1 ? 1 : 0);
    commaPre[i + 1] = commaPre[i]! + (x === "," ? 1 : 0);
    cuePre[i + 1] = cuePre[i]! + (kind[i] === 2 ? 1 : 0);
    sentPre[i + 1] = sentPre[i]! + (first ? 1 : 0);
    openPre[i + 1] = openPre[i]! + (quote[i] === 2 ? 1 : 0);
    closePre[i + 1] = closePre[i]! + (quote[i] === 3 ? 1 : 0);
    verbPre[i + 1] = verbPre[i]! + (t.pos === "VERB" || t.pos === "AUX" ? 1 : 0);
  }
  let e = n;
  for (let i = n - 1; i >= 0; i--) {
    sentEnd[i] = e;
    if (i === sentStart[i]) e = i;
  }
  const startCache = new Float64Array(2 * n).fill(NaN);
  const endCache = new Float64Array(2 * (n + 1)).fill(NaN);
  return { startCache, endCache, cacheWeights: null, tokens, word, pos, kind, quote, conPre, srcPre, commaPre, cuePre, sentPre, openPre, closePre, verbPre, sentStart, sentEnd };
}

/** A relation's cue and the tagger's content ([start, end) token indices; content may be absent). */
export interface BoundaryQuery {
  cueStart: number;
  cueEnd: number;
  conStart: number;
  conEnd: number;
}

/** Candidate region and side: after the cue (0) or before it (1). */
export interface Region {
  side: 0 | 1;
  /** Starts lie in [sLo, sHi), ends (exclusive) in (sLo, eHi]. */
  sLo: number;
  sHi: number;
  eHi: number;
}

export function regionFor(ctx: BoundaryContext, q: BoundaryQuery): Region | null {
  const n = ctx.tokens.length;
  const hasCon = q.conEnd > q.conStart;
  if (hasCon && q.conStart < q.cueEnd && q.conEnd > q.cueStart) return null; // cue inside content
  const after = hasCon ? q.conStart >= q.cueEnd : true;
  const first = hasCon ? Math.min(q.conStart, q.cueStart) : q.cueStart;
  const last = hasCon ? Math.max(q.conEnd, q.cueEnd) - 1 : Math.min(n - 1, q.cueEnd);
  const sLo = Math.max(ctx.sentStart[first]!, q.cueStart - MAX_REGION);
  const eHi = Math.min(ctx.sentEnd[last]!, q.cueEnd + MAX_REGION);
  const sHi = after ? Math.min(ctx.sentEnd[q.cueEnd < n ? q.cueEnd : n - 1]!, eHi) : q.cueStart;
  if (sHi <= sLo || eHi <= sLo) return null;
  return { side: after ? 0 : 1, sLo, sHi, eHi };
}

function cueRel(q: BoundaryQuery, s: number): number {
  return s >= q.cueEnd ? bucket(s - q.cueEnd) : s < q.cueStart ? 20 + bucket(q.cueStart - s) : 40;
}

/** Writes the start features of position s into out[o..]; returns the count. */
export const START_FEATURES = 16;
export const END_FEATURES = 16;
export const PAIR_FEATURES = 15;

function W(ctx: BoundaryContext, i: number): number {
  return i >= 0 && i < ctx.word.length ? ctx.word[i]! : i < 0 ? 101 : 103;
}
function P(ctx: BoundaryContext, i: number): number {
  return i >= 0 && i < ctx.pos.length ? ctx.pos[i]! : i < 0 ? 107 : 109;
}
function K(ctx: BoundaryContext, i: number): number {
  return i >= 0 && i < ctx.kind.length ? ctx.kind[i]! : 7;
}

export function startFeatures(ctx: BoundaryContext, q: BoundaryQuery, side: number, s: number, out: Int32Array, o: number): void {
  startStatic(ctx, side, s, out, o);
  startDynamic(ctx, q, side, s, out, o + START_STATIC);
}

/** e is exclusive: the span's last token is e - 1. */
export function endFeatures(ctx: BoundaryContext, q: BoundaryQuery, side: number, e: number, out: Int32Array, o: number): void {
  endStatic(ctx, side, e, out, o);
  endDynamic(ctx, q, side, e, out, o + END_STATIC);
}

// Features that depend only on the position and the side are "static": their
// weight sums are cached per text (relations share sentences).
const START_STATIC = 8;
const END_STATIC = 10;

function startStatic(ctx: BoundaryContext, side: number, s: number, out: Int32Array, o: number): void {
  const t = side * 1000;
  out[o] = mix3(t + 1, W(ctx, s), 0);
  out[o + 1] = mix3(t + 2, W(ctx, s - 1), 0);
  out[o + 2] = mix3(t + 3, P(ctx, s), 0);
  out[o + 3] = mix3(t + 4, P(ctx, s - 1), P(ctx, s));
  out[o + 4] = mix3(t + 5, K(ctx, s - 1), K(ctx, s));
  out[o + 5] = mix3(t + 10, ctx.quote[s]!, s > 0 ? ctx.quote[s - 1]! : 5);
  out[o + 6] = mix3(t + 11, W(ctx, s - 1), W(ctx, s));
  out[o + 7] = mix3(t + 12, P(ctx, s - 2), mix(P(ctx, s - 1), P(ctx, s)));
}

function startDynamic(ctx: BoundaryContext, q: BoundaryQuery, side: number, s: number, out: Int32Array, o: number): void {
  const hasCon = q.conEnd > q.conStart;
  const ds = hasCon ? bucket(s - q.conStart) : 99;
  const sentFirst = ctx.sentStart[s] === s ? 1 : 0;
  const fromCue = cueRel(q, s);
  const t = side * 1000;
  out[o] = mix3(t + 6, ds, 0);
  out[o + 1] = mix3(t + 7, ds, P(ctx, s));
  out[o + 2] = mix3(t + 8, fromCue, sentFirst);
  out[o + 3] = mix3(t + 9, fromCue, W(ctx, s));
  out[o + 4] = mix3(t + 13, W(ctx, q.cueEnd - 1), mix(fromCue, P(ctx, s)));
  out[o + 5] = mix3(t + 14, ds, mix(K(ctx, s - 1), K(ctx, s)));
  out[o + 6] = mix3(t + 15, W(ctx, q.cueEnd - 1), W(ctx, s - 1));
  out[o + 7] = mix3(t + 16, mix(K(ctx, s - 2), K(ctx, s - 1)), mix(K(ctx, s), fromCue));
}

function endStatic(ctx: BoundaryContext, side: number, e: number, out: Int32Array, o: number): void {
  const last = e - 1;
  const toSentEnd = bucket(ctx.sentEnd[last]! - e);
  const t = side * 1000 + 500;
  out[o] = mix3(t + 1, W(ctx, last), 0);
  out[o + 1] = mix3(t + 2, W(ctx, e), 0);
  out[o + 2] = mix3(t + 3, P(ctx, last), 0);
  out[o + 3] = mix3(t + 4, P(ctx, last), P(ctx, e));
  out[o + 4] = mix3(t + 5, K(ctx, last), K(ctx, e));
  out[o + 5] = mix3(t + 9, toSentEnd, W(ctx, e));
  out[o + 6] = mix3(t + 10, ctx.quote[last]!, e < ctx.quote.length ? ctx.quote[e]! : 5);
  out[o + 7] = mix3(t + 11, W(ctx, e), W(ctx, e + 1));
  out[o + 8] = mix3(t + 12, P(ctx, e), mix(P(ctx, e + 1), P(ctx, last)));
  out[o + 9] = mix3(t + 15, W(ctx, last), W(ctx, e));
}

function endDynamic(ctx: BoundaryContext, q: BoundaryQuery, side: number, e: number, out: Int32Array, o: number): void {
  const hasCon = q.conEnd > q.conStart;
  const de = hasCon ? bucket(e - q.conEnd) : 99;
  const last = e - 1;
  const toSentEnd = bucket(ctx.sentEnd[last]! - e);
  const toCue = cueRel(q, e);
  const t = side * 1000 + 500;
  out[o] = mix3(t + 6, de, 0);
  out[o + 1] = mix3(t + 7, de, P(ctx, e));
  out[o + 2] = mix3(t + 8, toSentEnd, toCue);
  out[o + 3] = mix3(t + 13, toCue, W(ctx, e));
  out[o + 4] = mix3(t + 14, de, mix(K(ctx, last), K(ctx, e)));
  out[o + 5] = mix3(t + 16, mix(K(ctx, last), K(ctx, e)), mix(K(ctx, e + 1), toCue));
}

export function pairFeatures(ctx: BoundaryContext, q: BoundaryQuery, side: number, s: number, e: number, out: Int32Array, o: number): void {
  const len = e - s;
  const con = ctx.conPre[e]! - ctx.conPre[s]!;
  const conFrac = Math.round((10 * con) / len);
  const cues = Math.min(3, ctx.cuePre[e]! - ctx.cuePre[s]!);
  const sents = Math.min(3, ctx.sentPre[e]! - ctx.sentPre[s + 1]!);
  const opens = ctx.openPre[e]! - ctx.openPre[s]!;
  const closes = ctx.closePre[e]! - ctx.closePre[s]!;
  const bal = Math.max(-2, Math.min(2, opens - closes));
  const hasCue = s < q.cueStart && e > q.cueStart ? 1 : 0;
  const missed = Math.min(4, (q.conEnd > q.conStart ? ctx.conPre[q.conEnd]! - ctx.conPre[q.conStart]! : 0) - Math.max(0, Math.min(e, q.conEnd) - Math.max(s, q.conStart)) > 0 ? 1 : 0);
  const t = side * 1000 + 800;
  out[o] = mix3(t + 1, bucket(len), 0);
  out[o + 1] = mix3(t + 2, conFrac, 0);
  out[o + 2] = mix3(t + 3, conFrac, bucket(len));
  out[o + 3] = mix3(t + 4, mix(cues, hasCue), sents);
  out[o + 4] = mix3(t + 5, bal, Math.min(2, opens));
  out[o + 5] = mix3(t + 6, bucket(len - con), 0);
  out[o + 6] = mix3(t + 7, missed, conFrac);
  out[o + 7] = mix3(t + 8, sents, bucket(len));
  const srcIn = Math.min(2, ctx.srcPre[e]! - ctx.srcPre[s]!);
  const commas = Math.min(3, ctx.commaPre[e]! - ctx.commaPre[s]!);
  const full = (s === q.cueEnd ? 1 : 0) + (e >= ctx.sentEnd[e - 1]! - 1 ? 2 : 0);
  out[o + 8] = mix3(t + 9, srcIn, hasCue);
  out[o + 9] = mix3(t + 10, commas, bucket(len));
  out[o + 10] = mix3(t + 11, full, W(ctx, q.cueEnd - 1));
  out[o + 11] = mix3(t + 12, bucket(len), W(ctx, q.cueEnd - 1));
  out[o + 12] = mix3(t + 13, mix(sents, commas), mix(conFrac, full));
  const verbs = Math.min(3, ctx.verbPre[e]! - ctx.verbPre[s]!);
  out[o + 13] = mix3(t + 14, verbs, W(ctx, q.cueEnd - 1));
  out[o + 14] = mix3(t + 15, mix(verbs, P(ctx, s)), bucket(len));
}

function sum(w: ArrayLike<number>, f: Int32Array, from: number, count: number): number {
  let s = 0;
  for (let i = from; i < from + count; i++) s += w[f[i]! & MASK]!;
  return s;
}

/** A relation as the boundary stage sees it. */
export interface CueAndContent {
  cue: TaggedSpan | null;
  content: TaggedSpan | null;
}

export interface BoundaryTask<R extends CueAndContent> {
  rel: R;
  q: BoundaryQuery;
  region: Region;
}

/**
 * The relations whose content the boundary stage re-chooses: every one with a
 * cue, except contents that open with a quotation mark (the quotation rules
 * in index.ts decide those) and contents that enclose their cue.
 */
export function boundaryTasks<R extends CueAndContent>(ctx: BoundaryContext, rels: R[]): BoundaryTask<R>[] {
  const out: BoundaryTask<R>[] = [];
  for (const rel of rels) {
    const cue = rel.cue;
    if (!cue) continue;
    const c = rel.content;
    if (c && ctx.quote[c.tokenStart] === 2) continue;
    const q: BoundaryQuery = { cueStart: cue.tokenStart, cueEnd: cue.tokenEnd, conStart: c ? c.tokenStart : 0, conEnd: c ? c.tokenEnd : 0 };
    const region = regionFor(ctx, q);
    if (region) out.push({ rel, q, region });
  }
  return out;
}

const scratch = { f: new Int32Array(64) };

/** Starts and ends kept after scoring each on its own; pairs are ranked among these. */
export const BEAM = 6;

/** Indices of the k highest finite scores from `from` on, best first. */
function topK(scores: Float64Array, from: number, k: number): number[] {
  const idx: number[] = [];
  for (let i = from; i < scores.length; i++) {
    const v = scores[i]!;
    if (v === -Infinity) continue;
    if (idx.length === k && v <= scores[idx[k - 1]!]!) continue;
    let j = idx.length < k ? idx.length : k - 1;
    while (j > 0 && scores[idx[j - 1]!]! < v) {
      idx[j] = idx[j - 1]!;
      j--;
    }
    idx[j] = i;
  }
  return idx;
}

/**
 * Best [start, end) in region r. `cache` reuses static feature sums across the
 * relations of one text; training passes false because its weights change.
 */
export function decodeRegion(
  w: ArrayLike<number>,
  ctx: BoundaryContext,
  q: BoundaryQuery,
  r: Region,
  beam = BEAM,
  cache = true,
): [number, number] {
  const f = scratch.f;
  if (cache && ctx.cacheWeights !== w) {
    ctx.startCache.fill(NaN);
    ctx.endCache.fill(NaN);
    ctx.cacheWeights = w;
  }
  const ns = r.sHi - r.sLo;
  const startScore = new Float64Array(ns);
  for (let s = r.sLo; s < r.sHi; s++) {
    if (!isStart(q, r, s)) {
      startScore[s - r.sLo] = -Infinity;
      continue;
    }
    const ci = r.side * ctx.tokens.length + s;
    let st = cache ? ctx.startCache[ci]! : NaN;
    if (st !== st) {
      startStatic(ctx, r.side, s, f, 0);
      st = sum(w, f, 0, START_STATIC);
      if (cache) ctx.startCache[ci] = st;
    }
    startDynamic(ctx, q, r.side, s, f, 0);
    startScore[s - r.sLo] = st + sum(w, f, 0, START_FEATURES - START_STATIC);
  }
  const ne = r.eHi - r.sLo;
  const endScore = new Float64Array(ne + 1);
  endScore[0] = -Infinity;
  for (let e = r.sLo + 1; e <= r.eHi; e++) {
    if (!isEnd(q, r, e)) {
      endScore[e - r.sLo] = -Infinity;
      continue;
    }
    const ci = r.side * (ctx.tokens.length + 1) + e;
    let st = cache ? ctx.endCache[ci]! : NaN;
    if (st !== st) {
      endStatic(ctx, r.side, e, f, 0);
      st = sum(w, f, 0, END_STATIC);
      if (cache) ctx.endCache[ci] = st;
    }
    endDynamic(ctx, q, r.side, e, f, 0);
    endScore[e - r.sLo] = st + sum(w, f, 0, END_FEATURES - END_STATIC);
  }
  const starts = topK(startScore, 0, beam);
  const ends = topK(endScore, 1, beam);
  let best = -Infinity;
  let bs = r.sLo;
  let be = r.sLo + 1;
  for (const si of starts) {
    const s = r.sLo + si;
    for (const ei of ends) {
      const e = r.sLo + ei;
      if (e <= s) continue;
      pairFeatures(ctx, q, r.side, s, e, f, 0);
      const v = startScore[si]! + endScore[ei]! + sum(w, f, 0, PAIR_FEATURES);
      if (v > best) {
        best = v;
        bs = s;
        be = e;
      }
    }
  }
  if (best === -Infinity && starts.length > 0) {
    bs = r.sLo + starts[0]!;
    be = Math.max(bs + 1, ends.length > 0 ? r.sLo + ends[0]! : bs + 1);
  }
  return [bs, be];
}

/** All feature hashes of one candidate, for training updates. */
export function candidateFeatures(ctx: BoundaryContext, q: BoundaryQuery, side: number, s: number, e: number): Int32Array {
  const f = new Int32Array(START_FEATURES + END_FEATURES + PAIR_FEATURES);
  startFeatures(ctx, q, side, s, f, 0);
  endFeatures(ctx, q, side, e, f, START_FEATURES);
  pairFeatures(ctx, q, side, s, e, f, START_FEATURES + END_FEATURES);
  return f;
}

export const BOUNDARY_MASK = MASK;
