// The parts of `eval:lineage` that need no files: the labels' format, the
// source of a labelled span (from the extractor's claims), and the scores.
import { z } from "zod";
import type { AnalysisResult } from "@/lib/contracts/analysis";
import { normalizeName } from "@/lib/normalize-name";
import type { LineageSource } from "@/lib/lineage/claim-source";
import { resolveSource, type EntityRef } from "@/lib/lineage/resolve-source";

const Span = z.object({ article: z.string().min(1), start: z.number().int().min(0), end: z.number().int().min(0), text: z.string() });
export const LabelledPairs = z.object({
  version: z.number().optional(),
  source: z.string().optional(),
  guidelines: z.string().optional(),
  pairs: z.array(z.object({ a: Span, b: Span, label: z.enum(["SAME", "DIFFERENT"]), kind: z.string().default(""), reason: z.string().default("") })).min(1),
});
export type LabelledPairs = z.infer<typeof LabelledPairs>;
export type LabelledSpan = z.infer<typeof Span>;

/** PolNeAR file names start with the outlet and the day: "nyt_2016-09-30_keep-the-returns…". */
export function articleMeta(name: string): { outlet?: string; publishedAt?: string } {
  const m = /^([a-z-]+)_(\d{4}-\d{2}-\d{2})_/.exec(name);
  return m ? { outlet: m[1], publishedAt: m[2] } : {};
}

/**
 * The source of a labelled span: that of the extracted claim overlapping it
 * most (no overlap: unknown), resolved as at ingest. Entities are keyed by
 * their normalised name, as the ledger resolves them across articles.
 */
export function spanSource(analysis: AnalysisResult, span: LabelledSpan): LineageSource | null {
  let best: AnalysisResult["claims"][number] | null = null;
  let most = 0;
  for (const c of analysis.claims) {
    const overlap = Math.min(c.end, span.end) - Math.max(c.start, span.start);
    if (overlap > most) {
      most = overlap;
      best = c;
    }
  }
  if (!best) return null;
  const key = new Map(analysis.entities.map((e) => [e.id, `${e.kind}:${normalizeName(e.name)}`]));
  const entities = new Map<string, EntityRef>(analysis.entities.map((e) => [key.get(e.id)!, { name: e.name, kind: e.kind }]));
  const mentions = analysis.mentions.map((m) => ({ entityId: key.get(m.entityId) ?? m.entityId, start: m.start })).sort((x, y) => x.start - y.start);
  const a = best.attribution;
  return resolveSource(
    { kind: a.kind, sourceText: a.sourceText, sourceEntityId: a.sourceEntityId ? (key.get(a.sourceEntityId) ?? null) : null, at: a.sourceStart ?? best.start },
    mentions,
    entities,
  );
}

export type Scores = { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number; tn: number };

/** Precision and recall of SAME (the positive class) over labelled pairs. */
export function scorePairs(rows: { label: "SAME" | "DIFFERENT"; predicted: boolean }[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const r of rows) {
    const same = r.label === "SAME";
    if (r.predicted && same) tp++;
    else if (r.predicted) fp++;
    else if (same) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn, tn };
}
