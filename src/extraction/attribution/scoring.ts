/**
 * Span scoring for attribution evaluation. Spans are compared per type
 * (source, cue, content) as sets: duplicates (one source span shared by two
 * relations) count once on either side.
 */
import type { CharSpan, SpanType } from "./types";

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}

export type TypedSpans = Record<SpanType, CharSpan[]>;

export function dedupe(spans: CharSpan[]): CharSpan[] {
  const seen = new Set<string>();
  const out: CharSpan[] = [];
  for (const s of spans) {
    if (s.end <= s.start) continue;
    const k = `${s.start}:${s.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}

export function exactMatches(pred: CharSpan[], gold: CharSpan[]): number {
  const g = new Set(gold.map((s) => `${s.start}:${s.end}`));
  let tp = 0;
  for (const s of pred) if (g.has(`${s.start}:${s.end}`)) tp++;
  return tp;
}

/**
 * Token-overlap matching: a predicted span matches a gold span of the same type
 * when they share at least one token (here: at least one non-space character,
 * which is equivalent given token-aligned spans). Pairs are taken one-to-one,
 * greedily by largest character overlap first.
 */
export function overlapMatches(pred: CharSpan[], gold: CharSpan[]): number {
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < pred.length; i++) {
    const p = pred[i]!;
    for (let j = 0; j < gold.length; j++) {
      const g = gold[j]!;
      const ov = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (ov > 0) pairs.push([ov, i, j]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  let tp = 0;
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    tp++;
  }
  return tp;
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, tp, predicted, gold };
}
