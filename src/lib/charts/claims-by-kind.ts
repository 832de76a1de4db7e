import type { ChartData } from "chart.js";
import { ATTRIBUTION_KIND_COLOR, ATTRIBUTION_KIND_LABEL, ATTRIBUTION_KINDS } from "@/lib/attribution-kinds";
import type { AttributionKind } from "@/lib/contracts/analysis";

/** One row of count-claims-by-kind. */
export type KindCountRow = { kind: AttributionKind; claims: number; figures: number };

export type KindBar = { kind: AttributionKind; label: string; claims: number; figures: number; share: number };

export type ClaimsByKind = {
  bars: KindBar[];
  total: number;
  /** Claims with no source at all, and the share of all claims they make up (0..1). */
  unattributed: { claims: number; figures: number; share: number };
  chart: ChartData<"bar", number[], string>;
};

/**
 * SQL rows -> one bar per kind, every kind present (zeros included) and always
 * in the same order. Kinds outside a non-empty `selected` are drawn faded, so
 * the chart shows the current kind filter against the whole.
 */
export function claimsByKind(rows: KindCountRow[], selected: readonly AttributionKind[] = []): ClaimsByKind {
  const byKind = new Map<AttributionKind, { claims: number; figures: number }>();
  for (const r of rows) {
    const cell = byKind.get(r.kind) ?? { claims: 0, figures: 0 };
    cell.claims += r.claims;
    cell.figures += r.figures;
    byKind.set(r.kind, cell);
  }
  const total = [...byKind.values()].reduce((n, c) => n + c.claims, 0);
  const bars = ATTRIBUTION_KINDS.map((kind) => {
    const cell = byKind.get(kind) ?? { claims: 0, figures: 0 };
    return { kind, label: ATTRIBUTION_KIND_LABEL[kind], ...cell, share: total ? cell.claims / total : 0 };
  });
  const un = bars.find((b) => b.kind === "UNATTRIBUTED")!;
  return {
    bars,
    total,
    unattributed: { claims: un.claims, figures: un.figures, share: un.share },
    chart: {
      labels: bars.map((b) => b.label),
      datasets: [
        {
          label: "Claims",
          data: bars.map((b) => b.claims),
          backgroundColor: bars.map((b) => {
            const color = ATTRIBUTION_KIND_COLOR[b.kind];
            return selected.length === 0 || selected.includes(b.kind) ? color : `${color}40`;
          }),
        },
      ],
    },
  };
}

/** "23%" with no false precision: "<1%" for a handful out of many, "0%" only for none. */
export function formatShare(share: number): string {
  if (share === 0) return "0%";
  if (share < 0.01) return "<1%";
  return `${Math.round(share * 100)}%`;
}
