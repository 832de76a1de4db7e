import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { getDb } from "@/server/db";
import { addAlias } from "@/server/entities/add-alias";
import { mergeEntities } from "@/server/entities/merge-entities";
import { updateEntity } from "@/server/entities/update-entity";
import { fixMentionSpan } from "@/server/mentions/fix-mention-span";
import { listRevisions } from "@/server/revisions/list-revisions";
import { undoBatch } from "@/server/revisions/undo-batch";
import { mergeScenario, stateOf, twoGarciasScenario } from "./entity-factories";

const db = getDb();
const ctx = { actor: "tester" };
afterAll(async () => {
  await db.$disconnect();
});

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

describe("undoing a batch", () => {
  it("undo of a rename restores the name, logs the undo as a new batch and marks the old one undone", async () => {
    const { a } = await mergeScenario();
    const edit = await updateEntity({ id: a.id, version: a.version, name: `${a.name} (renamed)` }, ctx);
    const undo = await undoBatch({ batchId: edit.batchId }, { actor: "reviewer" });
    const row = await db.entity.findUniqueOrThrow({ where: { id: a.id }, include: { aliases: true } });
    expect(row.name).toBe(a.name);
    expect(row.aliases.map((x) => x.alias)).not.toContain(`${a.name} (renamed)`);
    expect(row.version).toBe(a.version + 2);
    const log = await db.revision.findMany({ where: { batchId: undo.batchId }, orderBy: { seq: "asc" } });
    // Replayed backwards: the alias the rename added goes first, then the entity.
    expect(log.map((r) => [r.targetType, r.actor, r.action, r.undoesBatchId])).toEqual([
      ["EntityAlias", "reviewer", "undo", edit.batchId],
      ["Entity", "reviewer", "undo", edit.batchId],
    ]);
    expect(await db.revision.count({ where: { batchId: edit.batchId, undoneAt: null } })).toBe(0);
  });

  it("undoing twice is a 409 that says it was already undone", async () => {
    const { a } = await mergeScenario();
    const edit = await updateEntity({ id: a.id, version: a.version, description: "x" }, ctx);
    await undoBatch({ batchId: edit.batchId }, ctx);
    const err = await failure(undoBatch({ batchId: edit.batchId }, ctx));
    expect(err!.code).toBe("CONFLICT");
    expect(err!.status).toBe(409);
    expect(err!.message).toMatch(/already undone/);
    expect((await db.entity.findUniqueOrThrow({ where: { id: a.id } })).description).toBeNull();
  });

  it("two undos of one batch at the same moment: one wins, the other is refused", async () => {
    const { a } = await mergeScenario();
    const edit = await updateEntity({ id: a.id, version: a.version, description: "x" }, ctx);
    const results = await Promise.allSettled([undoBatch({ batchId: edit.batchId }, ctx), undoBatch({ batchId: edit.batchId }, ctx)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.revision.count({ where: { undoesBatchId: edit.batchId } })).toBe(1);
  });

  it("refuses, naming the later edit, when a later edit touched the same rows; works once that one is undone", async () => {
    const { a, b, articleId } = await mergeScenario();
    const before = await stateOf(articleId, [a.id, b.id]);
    const merge = await mergeEntities({ id: a.id, version: a.version, sources: [{ id: b.id, version: b.version }] }, ctx);
    const mention = await db.mention.findFirstOrThrow({ where: { articleId, entityId: a.id, text: b.name } });
    const fix = await fixMentionSpan({ id: mention.id, version: mention.version, start: mention.start, end: mention.end - 2 }, { actor: "second analyst" });
    const err = await failure(undoBatch({ batchId: merge.batchId }, ctx));
    expect(err!.code).toBe("CONFLICT");
    expect(err!.message).toContain("the span fix by second analyst");
    expect(err!.message).toContain("second analyst");
    expect(err!.message).toContain(fix.batchId);
    // Nothing moved, and the merge is still not undone.
    expect(await db.entity.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ mergedIntoId: a.id });
    expect(await db.revision.count({ where: { batchId: merge.batchId, undoneAt: { not: null } } })).toBe(0);
    await undoBatch({ batchId: fix.batchId }, ctx);
    await undoBatch({ batchId: merge.batchId }, ctx);
    expect(await stateOf(articleId, [a.id, b.id])).toEqual(before);
  });

  it("refuses when a row was changed outside the log since", async () => {
    const { a } = await mergeScenario();
    const edit = await updateEntity({ id: a.id, version: a.version, description: "by the log" }, ctx);
    await db.entity.update({ where: { id: a.id }, data: { description: "behind the log's back" } });
    const err = await failure(undoBatch({ batchId: edit.batchId }, ctx));
    expect(err!.code).toBe("CONFLICT");
    expect(err!.message).toMatch(/outside the edit log/);
    expect((await db.entity.findUniqueOrThrow({ where: { id: a.id } })).description).toBe("behind the log's back");
  });

  it("an undo can itself be undone (redo), and imports cannot be undone", async () => {
    const { a, articleId } = await mergeScenario();
    const edit = await addAlias({ id: a.id, version: a.version, alias: `Redo ${a.id}` }, ctx);
    const undo = await undoBatch({ batchId: edit.batchId }, ctx);
    expect(await db.entityAlias.count({ where: { id: edit.alias.id } })).toBe(0);
    await undoBatch({ batchId: undo.batchId }, ctx);
    expect(await db.entityAlias.findUniqueOrThrow({ where: { id: edit.alias.id } })).toMatchObject({ alias: `Redo ${a.id}`, entityId: a.id });
    const importErr = await failure(undoBatch({ batchId: `import-${articleId}` }, ctx));
    expect(importErr!.code).toBe("CONFLICT");
    expect((await failure(undoBatch({ batchId: "no-such-batch" }, ctx)))!.code).toBe("NOT_FOUND");
  });
});

describe("listing the audit log", () => {
  it("lists batches newest first with readable titles, undone state, and filters by entity", async () => {
    const { a, b } = await mergeScenario();
    const rename = await updateEntity({ id: a.id, version: a.version, name: `${a.name} Prime` }, ctx);
    const merge = await mergeEntities({ id: a.id, version: rename.entity.version, sources: [{ id: b.id, version: b.version }] }, ctx);
    const undo = await undoBatch({ batchId: merge.batchId }, ctx);
    const { items, total } = await listRevisions({ entityId: b.id, page: 1, pageSize: 20 });
    expect(items.map((i) => i.batchId).slice(0, 2)).toEqual([undo.batchId, merge.batchId]);
    expect(items.some((i) => i.batchId === rename.batchId)).toBe(false);
    const [u, m] = items;
    expect(m).toMatchObject({ action: "entity.merge", actor: "tester", undoable: false });
    expect(m!.undoneAt).not.toBeNull();
    expect(m!.title).toBe(`Merged “${b.name}” into “${a.name} Prime”`);
    expect(m!.details[0]).toMatch(/3 mentions/);
    expect(u).toMatchObject({ action: "undo", undoable: true, undoesBatchId: merge.batchId });
    expect(u!.title).toBe(`Undid: Merged “${b.name}” into “${a.name} Prime”`);
    expect(total).toBe(2);
    const forA = await listRevisions({ entityId: a.id, page: 1, pageSize: 20 });
    expect(forA.items.find((i) => i.batchId === rename.batchId)?.title).toBe(`Renamed “${a.name}” to “${a.name} Prime”`);
    const all = await listRevisions({ page: 1, pageSize: 5 });
    expect(all.items[0]!.batchId).toBe(undo.batchId);
  });

  it("describes span fixes", async () => {
    const g = await twoGarciasScenario();
    const m = g.mentions[0]!;
    await fixMentionSpan({ id: m.id, version: m.version, start: m.start, end: m.end - 1 }, ctx);
    const { items } = await listRevisions({ entityId: g.garcia.id, page: 1, pageSize: 5 });
    expect(items[0]!.title).toBe(`Fixed the span of a mention: “${g.name}” → “${g.name.slice(0, -1)}”`);
  });
});
