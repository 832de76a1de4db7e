import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { getDb } from "@/server/db";
import { mergeEntities } from "@/server/entities/merge-entities";
import { repointMention } from "@/server/mentions/repoint-mention";
import { splitEntity } from "@/server/entities/split-entity";
import { splitOffEntity } from "@/server/entities/split-off-entity";
import { updateEntity } from "@/server/entities/update-entity";
import { undoBatch } from "@/server/revisions/undo-batch";
import { mergeScenario, stateOf, twoGarciasScenario } from "./entity-factories";

const db = getDb();
const ctx = { actor: "tester" };
afterAll(async () => {
  await db.$disconnect();
});

describe("merging entities", () => {
  it("re-points mentions, attributions, hops, participants, event locations and outlets, and copies aliases", async () => {
    const { a, b, articleId } = await mergeScenario();
    const before = await stateOf(articleId, [a.id, b.id]);
    // The scenario really does point every kind of row at B.
    expect(before.mentions.filter((m) => m.entityId === b.id)).toHaveLength(3);
    expect(before.attributions.filter((x) => x.sourceEntityId === b.id)).toHaveLength(2);
    expect(before.hops.filter((h) => h.sourceEntityId === b.id)).toHaveLength(1);
    expect(before.events.flatMap((e) => e.participants).filter((p) => p.entityId === b.id)).toHaveLength(2);
    expect(before.events.filter((e) => e.locationId === b.id)).toHaveLength(1);
    expect(before.article.outletId).toBe(b.id);

    const out = await mergeEntities({ id: a.id, version: a.version, sources: [{ id: b.id, version: b.version }] }, ctx);
    expect(out.counts).toMatchObject({ mentions: 3, attributions: 2, hops: 1, participants: 2, events: 1, articles: 1 });
    const after = await stateOf(articleId, [a.id, b.id]);
    const refs = JSON.stringify({ ...after, entities: [], aliases: after.aliases.filter((x) => x.entityId !== b.id) });
    expect(refs).not.toContain(b.id);
    expect(after.mentions.filter((m) => m.entityId === a.id)).toHaveLength(5);
    expect(after.article.outletId).toBe(a.id);
    // v1 had both as participants: one row for A remains; v2 had only B: it moves to A.
    expect(after.events.map((e) => e.participants)).toEqual(before.events.map(() => [{ entityId: a.id, role: "OTHER" }]));
    expect(after.entities.find((e) => e.id === b.id)?.mergedIntoId).toBe(a.id);
    const aAliases = after.aliases.filter((x) => x.entityId === a.id).map((x) => x.alias);
    expect(aAliases).toEqual(expect.arrayContaining([b.name, `B-wire ${b.name.split(" ").pop()}`]));
    // B keeps its own aliases, so it can be split out again with them.
    expect(after.aliases.filter((x) => x.entityId === b.id)).toEqual(before.aliases.filter((x) => x.entityId === b.id));
    const revisions = await db.revision.findMany({ where: { batchId: out.batchId } });
    expect(new Set(revisions.map((r) => r.action))).toEqual(new Set(["entity.merge"]));
    expect(new Set(revisions.map((r) => r.targetType))).toEqual(new Set(["Entity", "EntityAlias", "Mention", "Attribution", "AttributionHop", "EventParticipant", "Event", "Article"]));
  });

  it("undo restores every row exactly", async () => {
    const { a, b, articleId } = await mergeScenario();
    const before = await stateOf(articleId, [a.id, b.id]);
    const merge = await mergeEntities({ id: a.id, version: a.version, sources: [{ id: b.id, version: b.version }] }, ctx);
    expect(await stateOf(articleId, [a.id, b.id])).not.toEqual(before);
    const undo = await undoBatch({ batchId: merge.batchId }, ctx);
    expect(await stateOf(articleId, [a.id, b.id])).toEqual(before);
    const undone = await db.revision.findMany({ where: { batchId: merge.batchId } });
    expect(undone.every((r) => r.undoneAt !== null)).toBe(true);
    const log = await db.revision.findMany({ where: { batchId: undo.batchId } });
    expect(log).toHaveLength(undone.length);
    expect(log.every((r) => r.action === "undo" && r.undoesBatchId === merge.batchId)).toBe(true);
    // Versions move on, so a page opened before the undo is stale.
    expect((await db.entity.findUniqueOrThrow({ where: { id: b.id } })).version).toBe(b.version + 2);
  });

  it("refuses to merge a merged-away entity, or into one", async () => {
    const { a, b } = await mergeScenario();
    const err = await mergeEntities({ id: a.id, version: a.version, sources: [{ id: b.id, version: b.version }] }, ctx).then(
      async () => mergeEntities({ id: b.id, version: b.version + 1, sources: [{ id: a.id, version: a.version + 1 }] }, ctx),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("CONFLICT");
  });

  it("several entities can be merged at once, and a stale one stops the whole merge", async () => {
    const s1 = await mergeScenario();
    const s2 = await mergeScenario();
    const stale = await mergeEntities(
      { id: s1.a.id, version: s1.a.version, sources: [{ id: s1.b.id, version: s1.b.version }, { id: s2.a.id, version: s2.a.version + 5 }] },
      ctx,
    ).catch((e: unknown) => e);
    expect((stale as AppError).code).toBe("STALE");
    expect((await db.entity.findUniqueOrThrow({ where: { id: s1.b.id } })).mergedIntoId).toBeNull();
    expect(await db.mention.count({ where: { entityId: s1.b.id } })).toBe(3);
    const out = await mergeEntities({ id: s1.a.id, version: s1.a.version, sources: [{ id: s1.b.id, version: s1.b.version }, { id: s2.a.id, version: s2.a.version }] }, ctx);
    expect(out.merged).toEqual([s1.b.id, s2.a.id]);
    expect(await db.entity.count({ where: { id: { in: [s1.b.id, s2.a.id] }, mergedIntoId: s1.a.id } })).toBe(2);
  });
});

describe("splitting", () => {
  it("splitting a wrong merge restores the entity's own rows exactly, even after a later edit of the survivor", async () => {
    const { a, b, articleId } = await mergeScenario();
    const before = await stateOf(articleId, [a.id, b.id]);
    await mergeEntities({ id: a.id, version: a.version, sources: [{ id: b.id, version: b.version }] }, ctx);
    // A later edit of the survivor blocks an undo of the merge batch, but not a split.
    const renamed = await updateEntity({ id: a.id, version: a.version + 1, description: "kept after the split" }, ctx);
    const split = await splitEntity({ id: b.id, version: b.version + 1, intoVersion: renamed.entity.version }, ctx);
    expect(split.counts).toMatchObject({ mentions: 3, attributions: 2, hops: 1, participants: 2, events: 1, articles: 1, skipped: 0 });
    const after = await stateOf(articleId, [a.id, b.id]);
    expect({ ...after, entities: [] }).toEqual({ ...before, entities: [] });
    expect(after.entities.find((e) => e.id === b.id)).toEqual(before.entities.find((e) => e.id === b.id));
    expect(after.entities.find((e) => e.id === a.id)?.description).toBe("kept after the split");
    expect((await db.revision.findFirstOrThrow({ where: { batchId: split.batchId } })).action).toBe("entity.split");
  });

  it("a split leaves alone rows that were re-pointed elsewhere since the merge", async () => {
    const { a, b, articleId } = await mergeScenario();
    const other = await mergeScenario();
    await mergeEntities({ id: a.id, version: a.version, sources: [{ id: b.id, version: b.version }] }, ctx);
    const moved = await db.mention.findFirstOrThrow({ where: { articleId, entityId: a.id, text: b.name } });
    await repointMention({ id: moved.id, version: moved.version, entityId: other.a.id }, ctx);
    const split = await splitEntity({ id: b.id, version: b.version + 1, intoVersion: a.version + 1 }, ctx);
    expect(split.counts).toMatchObject({ mentions: 2, skipped: 1 });
    expect((await db.mention.findUniqueOrThrow({ where: { id: moved.id } })).entityId).toBe(other.a.id);
  });

  it("splits selected mentions and claims off into a new entity, and undo removes it again", async () => {
    const g = await twoGarciasScenario();
    const before = await stateOf(g.articleId, [g.garcia.id]);
    const mayorMentions = g.mentions.slice(1).map((m) => m.id);
    const mayorClaim = g.claims[1]!.attribution!.id;
    const out = await splitOffEntity(
      { id: g.garcia.id, version: g.garcia.version, name: `Luis ${g.name}`, kind: "PERSON", description: "the mayor", mentionIds: mayorMentions, attributionIds: [mayorClaim] },
      ctx,
    );
    const created = await db.entity.findUniqueOrThrow({ where: { id: out.entity.id }, include: { aliases: true } });
    expect(created).toMatchObject({ name: `Luis ${g.name}`, kind: "PERSON", description: "the mayor", mergedIntoId: null });
    expect(created.aliases.map((x) => x.alias)).toEqual([`Luis ${g.name}`]);
    const mentions = await db.mention.findMany({ where: { articleId: g.articleId }, orderBy: { start: "asc" } });
    expect(mentions.map((m) => [m.entityId, m.origin])).toEqual([
      [g.garcia.id, "EXTRACTED"],
      [created.id, "MANUAL"],
      [created.id, "MANUAL"],
    ]);
    expect((await db.attribution.findUniqueOrThrow({ where: { id: mayorClaim } })).sourceEntityId).toBe(created.id);
    expect((await db.attribution.findUniqueOrThrow({ where: { id: g.claims[0]!.attribution!.id } })).sourceEntityId).toBe(g.garcia.id);

    await undoBatch({ batchId: out.batchId }, ctx);
    expect(await db.entity.count({ where: { id: created.id } })).toBe(0);
    expect(await stateOf(g.articleId, [g.garcia.id])).toEqual(before);
  });

  it("refuses to split off mentions that belong to another entity", async () => {
    const g = await twoGarciasScenario();
    const other = await mergeScenario();
    const foreign = await db.mention.findFirstOrThrow({ where: { entityId: other.a.id } });
    const err = await splitOffEntity(
      { id: g.garcia.id, version: g.garcia.version, name: "X", kind: "PERSON", mentionIds: [g.mentions[0]!.id, foreign.id], attributionIds: [] },
      ctx,
    ).catch((e: unknown) => e);
    expect((err as AppError).code).toBe("VALIDATION");
    expect((err as AppError).issues?.[0]?.message).toContain(foreign.id);
    expect((await db.mention.findUniqueOrThrow({ where: { id: g.mentions[0]!.id } })).entityId).toBe(g.garcia.id);
  });
});
