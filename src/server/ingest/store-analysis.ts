import "server-only";
import type { Tx } from "@/server/db";
import type { AnalysisResult } from "@/lib/contracts/analysis";
import { AppError } from "@/lib/errors";
import { storeClaims } from "@/server/ingest/store-claims";
import { resolveEntities } from "@/server/ingest/store-entities";
import { storeEvents } from "@/server/ingest/store-events";

// Writes one article's AnalysisResult inside the caller's transaction:
// entities (store-entities), mentions, claims (store-claims), events (store-events).
// Rows are written in batches (a dozen round trips per article, not one per
// row): the transaction holds its locks for as short a time as possible.

type Counts = { entities: number; mentions: number; claims: number; events: number };

export async function storeAnalysis(tx: Tx, articleId: string, result: AnalysisResult): Promise<Counts> {
  const entityIds = await resolveEntities(tx, result.entities);
  const entityRef = (localId: string | null | undefined, what: string): string | null => {
    if (!localId) return null;
    const id = entityIds.get(localId);
    if (!id) throw new AppError("VALIDATION", `${what} refers to unknown entity ${localId}`);
    return id;
  };

  if (result.mentions.length) {
    await tx.mention.createMany({
      data: result.mentions.map((m) => ({
        articleId,
        entityId: entityRef(m.entityId, "mention")!,
        start: m.start,
        end: m.end,
        text: m.text,
      })),
    });
  }

  const claimIds = await storeClaims(tx, articleId, result, entityRef);
  await storeEvents(tx, articleId, result, entityRef, claimIds);

  return {
    entities: result.entities.length,
    mentions: result.mentions.length,
    claims: result.claims.length,
    events: result.events.length,
  };
}
