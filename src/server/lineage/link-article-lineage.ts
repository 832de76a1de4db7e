import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { LineageSource } from "@/lib/lineage/claim-source";
import { claimNumbers, claimTokens, nameTokens } from "@/lib/lineage/claim-text";
import { compareClaims, lineageFeatures, type LineageFeatures } from "@/lib/lineage/compare-claims";
import { resolveSource, type EntityRef } from "@/lib/lineage/resolve-source";
import type { Tx } from "@/server/db";

/** Candidates read per claim, most shared bands first; the exact comparison checks each. */
const CANDIDATES = 40;
/** One lock for all lineage linking: two articles stored at once must see each other's claims. */
const LOCK_KEY = 0x11ea9e;

type Candidate = { claimId: string; id: string; text: string; lineageId: string | null; lineageSource: Prisma.JsonValue };

/**
 * Links one article's claims to the same claims in other articles (see
 * src/lib/lineage). Runs inside the transaction that stores the article, or
 * later for claims stored before lineage existed. The advisory lock makes
 * concurrent imports take turns here, so two new articles with the same claim
 * always find each other; it is held to the end of the transaction, which is
 * short, and this step costs one read of the article and one indexed lookup.
 */
export async function linkArticleLineage(tx: Tx, articleId: string): Promise<{ claims: number; linked: number }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEY})`;
  const [claims, mentions] = await Promise.all([
    tx.claim.findMany({
      where: { articleId },
      select: {
        id: true,
        start: true,
        text: true,
        attribution: { select: { kind: true, sourceText: true, sourceStart: true, sourceEntity: { select: { id: true, name: true, kind: true, mergedInto: { select: { id: true, name: true, kind: true } } } } } },
      },
    }),
    tx.mention.findMany({
      where: { articleId },
      orderBy: { start: "asc" },
      select: { start: true, entity: { select: { id: true, name: true, kind: true, mergedInto: { select: { id: true, name: true, kind: true } } } } },
    }),
  ]);
  if (claims.length === 0) return { claims: 0, linked: 0 };

  const entities = new Map<string, EntityRef>();
  const rootOf = (e: { id: string; name: string; kind: EntityRef["kind"]; mergedInto: { id: string; name: string; kind: EntityRef["kind"] } | null }) => {
    const r = e.mergedInto ?? e;
    entities.set(r.id, { name: r.name, kind: r.kind });
    return r.id;
  };
  const refs = mentions.map((m) => ({ entityId: rootOf(m.entity), start: m.start }));

  const features = new Map<string, LineageFeatures>();
  for (const c of claims) {
    const a = c.attribution;
    const source = a
      ? resolveSource({ kind: a.kind, sourceText: a.sourceText, sourceEntityId: a.sourceEntity ? rootOf(a.sourceEntity) : null, at: a.sourceStart ?? c.start }, refs, entities)
      : null;
    features.set(c.id, lineageFeatures(c.text, source));
  }

  const input = JSON.stringify(claims.map((c) => ({ id: c.id, bands: features.get(c.id)!.bands, source: features.get(c.id)!.source })));
  await tx.$executeRaw`
    UPDATE "Claim" c SET "lshBands" = x.bands, "lineageSource" = x.source, "lineageAt" = now()
    FROM jsonb_to_recordset(${input}::jsonb) AS x(id text, bands int[], source jsonb)
    WHERE c."id" = x.id`;

  // Per claim, the stored claims of other articles sharing most bands with it.
  const candidates = await tx.$queryRaw<Candidate[]>`
    SELECT x.id AS "claimId", k."id", k."text", k."lineageId", k."lineageSource"
    FROM jsonb_to_recordset(${input}::jsonb) AS x(id text, bands int[])
    CROSS JOIN LATERAL (
      SELECT o."id", o."text", o."lineageId", o."lineageSource",
             (SELECT count(*) FROM unnest(o."lshBands") b WHERE b = ANY(x.bands)) AS shared
      FROM "Claim" o
      WHERE o."lshBands" && x.bands AND o."articleId" <> ${articleId} AND o."lineageAt" IS NOT NULL
      ORDER BY shared DESC, o."id"
      LIMIT ${CANDIDATES}
    ) k`;

  // Each claim joins the lineage of the stored claim it matches best (or starts
  // one with it). Lineages never merge: on a topic many articles cover, chains
  // of near-matches would otherwise pull unrelated claims into one.
  let linked = 0;
  for (const c of claims) {
    const mine = features.get(c.id)!;
    let best: { k: Candidate; overlap: number } | null = null;
    const mineCandidates = candidates.filter((k) => k.claimId === c.id);
    const matches = new Map(mineCandidates.map((k) => [k.id, compareClaims(mine, storedFeatures(k))]));
    for (const k of mineCandidates) {
      const cmp = matches.get(k.id)!;
      // Joining a lineage also takes matching its first member (the claim it is named after), so it cannot drift.
      const rootOk = !k.lineageId || k.lineageId === k.id || matches.get(k.lineageId)?.same === true;
      if (cmp.same && rootOk && (!best || cmp.overlap > best.overlap)) best = { k, overlap: cmp.overlap };
    }
    if (!best) continue;
    const target = best.k.lineageId ?? best.k.id;
    if (!best.k.lineageId) {
      await tx.claim.update({ where: { id: best.k.id }, data: { lineageId: target } });
      // Later claims of this article see the lineage they may join too.
      for (const k of candidates) if (k.id === best.k.id) k.lineageId = target;
    }
    await tx.claim.update({ where: { id: c.id }, data: { lineageId: target } });
    linked++;
  }
  return { claims: claims.length, linked };
}

function storedFeatures(k: Candidate): LineageFeatures {
  const tokens = claimTokens(k.text);
  return { tokens, names: nameTokens(k.text), numbers: claimNumbers(k.text), bands: [], source: (k.lineageSource as LineageSource | null) ?? null };
}
