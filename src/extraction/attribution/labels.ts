/**
 * BIO encoding of attribution spans over wink tokens, shared by training and
 * inference so both agree on exactly what a tag sequence means.
 */
import type { Token } from "../nlp";
import type { CharSpan, SpanType } from "./types";
import { firstIndexWhere } from "../binary-search";

export const LABELS = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"] as const;
export const NUM_LABELS = LABELS.length;
export const O = 0;
const TYPE_BASE: Record<SpanType, number> = { source: 1, cue: 3, content: 5 };
const BASE_TYPE: SpanType[] = ["source", "source", "cue", "cue", "content", "content"];

export function labelType(label: number): SpanType | null {
  return label === O ? null : (BASE_TYPE[label - 1] ?? null);
}

export function isBegin(label: number): boolean {
  return label === 1 || label === 3 || label === 5;
}

/** An I-x may only follow B-x or I-x; the decoder forbids anything else. */
export function allowedTransition(prev: number, next: number): boolean {
  if (next === 2) return prev === 1 || prev === 2;
  if (next === 4) return prev === 3 || prev === 4;
  if (next === 6) return prev === 5 || prev === 6;
  return true;
}

export interface TypedFragments {
  type: SpanType;
  fragments: CharSpan[];
}

/**
 * Longer spans are written first and shorter ones over them, so a source or
 * cue nested inside someone else's quoted content keeps its own tag.
 */
export function encode(tokens: Token[], spans: TypedFragments[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  const owner = new Int32Array(tokens.length).fill(-1);
  const items = spans
    .map((s, i) => ({ s, i, len: s.fragments.reduce((a, f) => a + f.end - f.start, 0) }))
    .sort((a, b) => b.len - a.len || a.i - b.i);
  for (const { s, i } of items) {
    const base = TYPE_BASE[s.type];
    let first = true;
    for (const f of s.fragments) {
      // Tokens are sorted; binary search would be faster but training is offline.
      for (let k = lowerBound(tokens, f.start); k < tokens.length; k++) {
        const t = tokens[k]!;
        if (t.start >= f.end) break;
        if (t.end <= f.start) continue;
        out[k] = first ? base : base + 1;
        owner[k] = i;
        first = false;
      }
    }
  }
  // Overwriting can leave an I- with nothing before it; make it a B-.
  for (let k = 0; k < out.length; k++) {
    const l = out[k]!;
    if (l !== O && !isBegin(l)) {
      const prev = k > 0 ? out[k - 1]! : O;
      if (!allowedTransition(prev, l) || owner[k - 1] !== owner[k]) out[k] = l - 1;
    }
  }
  return out;
}

/** The first token that ends after `pos`. */
function lowerBound(tokens: Token[], pos: number): number {
  return firstIndexWhere(tokens.length, (i) => tokens[i]!.end > pos);
}

export interface TaggedSpan extends CharSpan {
  type: SpanType;
  /** [tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
}

export function decode(tokens: Token[], labels: ArrayLike<number>): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let cur: TaggedSpan | null = null;
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k]!;
    const t = tokens[k]!;
    if (l === O) {
      cur = null;
      continue;
    }
    if (isBegin(l) || !cur) {
      cur = { type: labelType(l)!, start: t.start, end: t.end, tokenStart: k, tokenEnd: k + 1 };
      out.push(cur);
    } else {
      cur.end = t.end;
      cur.tokenEnd = k + 1;
    }
  }
  return out;
}

/**
 * PolNeAR writes a quote interrupted by its own attribution (`"A," she said,
 * "B."`) as one discontinuous content, scored by its outer extent. Two content
 * runs are therefore joined when everything between them is cue, source or
 * punctuation, the gap holds a cue, and no line break intervenes.
 */
export function joinInterruptedContents(tokens: Token[], spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.type !== "content") {
      out.push(s);
      continue;
    }
    let cur: TaggedSpan = { ...s };
    let j = i + 1;
    for (;;) {
      let k = j;
      let sawCue = false;
      while (k < spans.length && spans[k]!.type !== "content") {
        if (spans[k]!.type === "cue") sawCue = true;
        k++;
      }
      const next = spans[k];
      if (!next || !sawCue) break;
      let ok = true;
      let covered = cur.tokenEnd;
      for (let m = j; m < k && ok; m++) {
        const g = spans[m]!;
        if (!gapIsPunct(tokens, covered, g.tokenStart)) ok = false;
        covered = g.tokenEnd;
      }
      if (ok && !gapIsPunct(tokens, covered, next.tokenStart)) ok = false;
      for (let t = cur.tokenEnd; t <= next.tokenStart && ok; t++) if (tokens[t]?.nlBefore) ok = false;
      if (!ok) break;
      // Keep the interrupting source/cue spans as spans of their own.
      for (let m = j; m < k; m++) out.push(spans[m]!);
      cur = { ...cur, end: next.end, tokenEnd: next.tokenEnd };
      i = k;
      j = k + 1;
    }
    out.push(cur);
  }
  return out;
}

function gapIsPunct(tokens: Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (tokens[t]!.pos !== "PUNCT") return false;
  return true;
}
