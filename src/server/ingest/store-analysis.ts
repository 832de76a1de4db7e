import "server-only";
import type { Tx } from "@/server/db";
import type { AnalysisResult } from "@/lib/contracts/analysis";
import { AppError } from "@/lib/errors";
import { insertArticleRows, type ArticleRow } from "@/server/ingest/insert-article-rows";
import { recordObservations, resolveEntities } from "@/server/ingest/store-entities";
import { storeEvents } from "@/server/ingest/store-events";
import { linkArticleLineage } from "@/server/lineage/link-article-lineage";

// Writes one article and its AnalysisResult inside the caller's transaction:
// entities (store-entities, the outlet with them), then the article with its
// mentions, claims and chains in one statement (insert-article-rows), then
// events (store-events). Few round trips: the transaction holds its locks for
// as short a time as possible.

type Counts = { entities: number; mentions: number; claims: number; events: number };

const OUTLET = "__article_outlet";

export async function storeAnalysis(tx: Tx, article: Omit<ArticleRow, "outletId"> & { outlet?: string }, result: AnalysisResult): Promise<Counts> {
  const { outlet, ...row } = article;
  const entityIds = await resolveEntities(tx, outlet ? [...result.entities, { id: OUTLET, kind: "OUTLET", name: outlet, aliases: [] }] : result.entities);
  const entityRef = (localId: string | null | undefined, what: string): string | null => {
    if (!localId) return null;
    const id = entityIds.get(localId);
    if (!id) throw new AppError("VALIDATION", `${what} refers to unknown entity ${localId}`);
    return id;
  };
  const claimIds = await insertArticleRows(tx, { ...row, outletId: outlet ? entityIds.get(OUTLET)! : null }, result, entityRef);
  await recordObservations(tx, row.id, result.entities, entityIds);
  await storeEvents(tx, row.id, result, entityRef, claimIds);
  // Last: it takes the lineage lock, held until this transaction commits.
  await linkArticleLineage(tx, row.id);
  return {
    entities: result.entities.length,
    mentions: result.mentions.length,
    claims: result.claims.length,
    events: result.events.length,
  };
}
