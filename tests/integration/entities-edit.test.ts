import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { getDb } from "@/server/db";
import { addAlias } from "@/server/entities/add-alias";
import { mergeEntities } from "@/server/entities/merge-entities";
import { removeAlias } from "@/server/entities/remove-alias";
import { updateEntity } from "@/server/entities/update-entity";
import { mergeScenario } from "./entity-factories";

const db = getDb();
const ctx = { actor: "tester" };
afterAll(async () => {
  await db.$disconnect();
});

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe("editing an entity", () => {
  it("rename writes one revision with before and after, bumps the version and adds the new name as an alias", async () => {
    const { a } = await mergeScenario();
    const out = await updateEntity({ id: a.id, version: a.version, name: `${a.name} Renamed`, kind: "ORGANIZATION", description: "A wire service" }, ctx);
    const row = await db.entity.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ name: `${a.name} Renamed`, kind: "ORGANIZATION", description: "A wire service", version: a.version + 1 });
    expect(row.normName).toBe(`${a.name} renamed`.toLowerCase());
    expect(out.entity.version).toBe(a.version + 1);
    const revisions = await db.revision.findMany({ where: { batchId: out.batchId }, orderBy: { seq: "asc" } });
    expect(revisions.map((r) => [r.action, r.targetType, r.actor])).toEqual([
      ["entity.update", "Entity", "tester"],
      ["entity.update", "EntityAlias", "tester"],
    ]);
    expect(revisions[0]!.before).toMatchObject({ name: a.name, kind: "OUTLET", description: null });
    expect(revisions[0]!.after).toMatchObject({ name: `${a.name} Renamed`, kind: "ORGANIZATION", description: "A wire service" });
    expect(await db.entityAlias.count({ where: { entityId: a.id, alias: `${a.name} Renamed` } })).toBe(1);
  });

  it("a stale version is refused with STALE and changes nothing", async () => {
    const { a } = await mergeScenario();
    await updateEntity({ id: a.id, version: a.version, description: "first" }, ctx);
    const revisionsBefore = await db.revision.count({ where: { targetId: a.id } });
    const err = await rejection(updateEntity({ id: a.id, version: a.version, name: "Someone else's idea" }, ctx));
    expect(err.code).toBe("STALE");
    expect(err.status).toBe(409);
    expect(err.message).toMatch(/reload/i);
    const row = await db.entity.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ name: a.name, description: "first", version: a.version + 1 });
    expect(await db.revision.count({ where: { targetId: a.id } })).toBe(revisionsBefore);
  });

  it("an unknown entity is a 404 and an edit that changes nothing is a 422", async () => {
    expect((await rejection(updateEntity({ id: "no-such-entity", version: 1, name: "x" }, ctx))).code).toBe("NOT_FOUND");
    const { a } = await mergeScenario();
    expect((await rejection(updateEntity({ id: a.id, version: a.version, name: a.name }, ctx))).code).toBe("VALIDATION");
    expect((await db.entity.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(a.version);
  });

  it("adds and removes aliases with a revision each; a duplicate (after normalising) is a 409", async () => {
    const { a } = await mergeScenario();
    const added = await addAlias({ id: a.id, version: a.version, alias: `The AWire ${a.id}` }, ctx);
    expect(added.alias.normalized).toBe(`awire ${a.id}`);
    const dup = await rejection(addAlias({ id: a.id, version: added.version, alias: `AWIRE ${a.id}` }, ctx));
    expect(dup.code).toBe("CONFLICT");
    const removed = await removeAlias({ id: a.id, version: added.version, aliasId: added.alias.id }, ctx);
    expect(await db.entityAlias.count({ where: { id: added.alias.id } })).toBe(0);
    const revisions = await db.revision.findMany({ where: { batchId: { in: [added.batchId, removed.batchId] } }, orderBy: { seq: "asc" } });
    expect(revisions.map((r) => [r.action, r.before === null, r.after === null])).toEqual([
      ["entity.alias.add", true, false],
      ["entity.alias.remove", false, true],
    ]);
    expect((await db.entity.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(a.version + 2);
  });

  it("a merged-away entity cannot be edited until it is split out", async () => {
    const { a, b } = await mergeScenario();
    await mergeEntities({ id: a.id, version: a.version, sources: [{ id: b.id, version: b.version }] }, ctx);
    const err = await rejection(updateEntity({ id: b.id, version: b.version + 1, name: "Nope" }, ctx));
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toContain(a.name);
  });
});
