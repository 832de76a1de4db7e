import "server-only";
import { z } from "zod";
import { VERDICT_LABEL } from "@/lib/verdicts";
import { csvHeader, csvRows } from "@/lib/exports/csv";
import { chainText, isoDay, type ExportClaim } from "@/lib/exports/export-rows";
import { safeJson } from "@/lib/exports/json-text";
import { SCHEMA_CONTEXT, claimNodes } from "@/lib/exports/schema-org";
import { ANNO_CONTEXT, claimAnnotation } from "@/lib/exports/web-annotation";
import { ATTRIBUTION_KIND_LABEL } from "@/lib/attribution-kinds";
import { getDb } from "@/server/db";
import { ClaimFilter } from "@/server/claims/claim-scope-sql";
import { claimExportBatches, countExportClaims } from "@/server/exports/claim-export-batches";
import type { DownloadFile } from "@/server/http/download-response";

/** The claims view's filters (review queue included) plus the file format. */
export const ExportClaimsInput = ClaimFilter.extend({ format: z.enum(["csv", "jsonld", "webannotation"]) });
export type ExportClaimsInput = z.infer<typeof ExportClaimsInput>;

const QUOTE = { DIRECT: "direct", INDIRECT: "indirect", NONE: "not a quote" } as const;

export const CLAIM_CSV_COLUMNS = [
  "claim",
  "source",
  "source kind",
  "chain",
  "cue",
  "quote type",
  "article",
  "article url",
  "outlet",
  "date",
  "verdict",
  "verdict explanation",
  "reviewer",
  "claim page",
] as const;

function csvLine(c: ExportClaim, base: string): (string | null)[] {
  const s = c.source;
  return [
    c.text,
    s.entity?.name ?? s.text,
    ATTRIBUTION_KIND_LABEL[s.kind],
    chainText(c),
    s.cue,
    QUOTE[c.quote],
    c.article.title,
    c.article.url,
    c.article.outlet,
    c.article.publishedAt ? isoDay(c.article.publishedAt) : null,
    c.verdict ? VERDICT_LABEL[c.verdict.rating] : null,
    c.verdict?.explanation ?? null,
    c.verdict?.reviewer ?? null,
    `${base}/claims/${c.id}`,
  ];
}

async function* csv(filter: ClaimFilter, base: string): AsyncGenerator<string> {
  yield csvHeader(CLAIM_CSV_COLUMNS);
  for await (const batch of claimExportBatches(filter)) yield csvRows(batch.map((c) => csvLine(c, base)));
}

async function* jsonld(filter: ClaimFilter, base: string): AsyncGenerator<string> {
  yield `{"@context":${JSON.stringify(SCHEMA_CONTEXT)},"@graph":[`;
  let first = true;
  for await (const batch of claimExportBatches(filter)) {
    const nodes = batch.flatMap((c) => claimNodes(c, base));
    if (nodes.length === 0) continue;
    yield (first ? "\n" : ",\n") + nodes.map((n) => safeJson(n)).join(",\n");
    first = false;
  }
  yield "\n]}\n";
}

async function* webAnnotation(filter: ClaimFilter, base: string, self: string): AsyncGenerator<string> {
  const total = await countExportClaims(filter);
  const head = { "@context": ANNO_CONTEXT, id: self, type: "AnnotationCollection", label: "Claims exported from the Newsroom ledger", total };
  yield `${safeJson(head).slice(0, -1)},"first":{"type":"AnnotationPage","startIndex":0,"items":[`;
  let first = true;
  for await (const batch of claimExportBatches(filter)) {
    // The selectors are cut from the article text: one read per batch for the articles in it.
    const ids = [...new Set(batch.map((c) => c.article.id))];
    const bodies = new Map((await getDb().article.findMany({ where: { id: { in: ids } }, select: { id: true, body: true } })).map((a) => [a.id, a.body]));
    const items = batch.flatMap((c) => {
      const body = bodies.get(c.article.id);
      return body === undefined ? [] : [safeJson(claimAnnotation(c, body, base))];
    });
    if (items.length === 0) continue;
    yield (first ? "\n" : ",\n") + items.join(",\n");
    first = false;
  }
  yield "\n]}}\n";
}

/** The claims a filter selects as a CSV, schema.org JSON-LD or W3C Web Annotation file, streamed. */
export function exportClaims(input: ExportClaimsInput, ctx: { base: string; self: string; now?: Date }): DownloadFile {
  const { format, ...filter } = input;
  const day = isoDay(ctx.now ?? new Date());
  switch (format) {
    case "csv":
      return { filename: `claims-${day}.csv`, contentType: "text/csv; charset=utf-8", chunks: csv(filter, ctx.base) };
    case "jsonld":
      return { filename: `claims-${day}.jsonld`, contentType: "application/ld+json; charset=utf-8", chunks: jsonld(filter, ctx.base) };
    case "webannotation":
      return {
        filename: `claims-annotations-${day}.jsonld`,
        contentType: `application/ld+json; profile="${ANNO_CONTEXT}"; charset=utf-8`,
        chunks: webAnnotation(filter, ctx.base, ctx.self),
      };
  }
}
