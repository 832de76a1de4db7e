import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { getDb } from "@/server/db";
import { mergeEntities } from "@/server/entities/merge-entities";
import { FixMentionSpanInput } from "@/lib/validation/mentions.validation";
import { fixMentionSpan } from "@/server/mentions/fix-mention-span";
import { repointMention } from "@/server/mentions/repoint-mention";
import { repointAttribution } from "@/server/claims/repoint-attribution";
import { undoBatch } from "@/server/revisions/undo-batch";
import { mergeScenario, twoGarciasScenario } from "./entity-factories";

const db = getDb();
const ctx = { actor: "tester" };
afterAll(async () => {
  await db.$disconnect();
});

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

describe("fixing a mention's span", () => {
  it("recomputes the text from the body and marks the mention MANUAL, with a revision", async () => {
    const g = await twoGarciasScenario();
    const m = g.mentions[0]!;
    // Widen "Garcia x" to "Elena Garcia x".
    const start = g.body.indexOf(`Elena ${g.name}`);
    const out = await fixMentionSpan({ id: m.id, version: m.version, start, end: m.end }, ctx);
    const row = await db.mention.findUniqueOrThrow({ where: { id: m.id } });
    expect(row).toMatchObject({ start, end: m.end, text: `Elena ${g.name}`, origin: "MANUAL", version: m.version + 1 });
    const rev = await db.revision.findFirstOrThrow({ where: { batchId: out.batchId } });
    expect(rev).toMatchObject({ action: "mention.span", targetType: "Mention", targetId: m.id });
    expect(rev.before).toMatchObject({ start: m.start, text: g.name, origin: "EXTRACTED" });
  });

  it("refuses spans outside the body, empty or blank spans with a 422, and changes nothing", async () => {
    const g = await twoGarciasScenario();
    const m = g.mentions[0]!;
    const len = g.body.length;
    // Empty and reversed spans are caught by the input schema (the route turns that into a 422).
    expect(FixMentionSpanInput.safeParse({ id: m.id, version: m.version, start: 5, end: 5 }).success).toBe(false);
    expect(FixMentionSpanInput.safeParse({ id: m.id, version: m.version, start: 9, end: 4 }).success).toBe(false);
    expect(FixMentionSpanInput.safeParse({ id: m.id, version: m.version, start: -1, end: 4 }).success).toBe(false);
    const past = await failure(fixMentionSpan({ id: m.id, version: m.version, start: len - 2, end: len + 3 }, ctx));
    expect(past).toBeInstanceOf(AppError);
    expect(past!.code).toBe("VALIDATION");
    expect(past!.status).toBe(422);
    expect(past!.issues?.map((i) => i.path)).toEqual(["end"]);
    const beyond = await failure(fixMentionSpan({ id: m.id, version: m.version, start: len, end: len + 1 }, ctx));
    expect(beyond!.issues?.map((i) => i.path)).toEqual(["start", "end"]);
    const space = g.body.indexOf(" ");
    const blank = await failure(fixMentionSpan({ id: m.id, version: m.version, start: space, end: space + 1 }, ctx));
    expect(blank!.code).toBe("VALIDATION");
    const row = await db.mention.findUniqueOrThrow({ where: { id: m.id } });
    expect(row).toMatchObject({ start: m.start, end: m.end, text: m.text, origin: "EXTRACTED", version: m.version });
    expect(await db.revision.count({ where: { targetId: m.id } })).toBe(0);
  });

  it("a stale mention version is a 409 STALE", async () => {
    const g = await twoGarciasScenario();
    const m = g.mentions[0]!;
    await fixMentionSpan({ id: m.id, version: m.version, start: m.start, end: m.end - 1 }, ctx);
    const err = await failure(fixMentionSpan({ id: m.id, version: m.version, start: m.start, end: m.end }, ctx));
    expect(err!.code).toBe("STALE");
  });
});

describe("re-pointing a mention", () => {
  it("moves it to another entity, marks it MANUAL, and refuses merged-away targets with a 422", async () => {
    const g = await twoGarciasScenario();
    const s = await mergeScenario();
    const m = g.mentions[2]!;
    const out = await repointMention({ id: m.id, version: m.version, entityId: s.a.id }, ctx);
    expect(await db.mention.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ entityId: s.a.id, origin: "MANUAL" });
    await mergeEntities({ id: s.a.id, version: s.a.version, sources: [{ id: s.b.id, version: s.b.version }] }, ctx);
    const err = await failure(repointMention({ id: m.id, version: out.mention.version, entityId: s.b.id }, ctx));
    expect(err!.code).toBe("VALIDATION");
    expect(err!.message).toContain(s.a.name);
    const unknown = await failure(repointMention({ id: m.id, version: out.mention.version, entityId: "no-such-entity" }, ctx));
    expect(unknown!.code).toBe("VALIDATION");
    expect(unknown!.issues?.[0]?.path).toBe("entityId");
  });
});

describe("re-pointing an attribution", () => {
  it("changes the source entity, text and kind, logs it, and undo puts it back", async () => {
    const g = await twoGarciasScenario();
    const s = await mergeScenario();
    const attr = g.claims[1]!.attribution!;
    const out = await repointAttribution({ id: attr.id, version: attr.version, kind: "OUTLET", sourceEntityId: s.a.id }, ctx);
    // No new text was sent, so the words the article used for the source stay.
    expect(await db.attribution.findUniqueOrThrow({ where: { id: attr.id } })).toMatchObject({
      kind: "OUTLET",
      sourceEntityId: s.a.id,
      sourceText: `Luis ${g.name}`,
      version: attr.version + 1,
    });
    const rev = await db.revision.findFirstOrThrow({ where: { batchId: out.batchId } });
    expect(rev).toMatchObject({ action: "attribution.repoint", targetType: "Attribution", targetId: attr.id });
    await undoBatch({ batchId: out.batchId }, ctx);
    expect(await db.attribution.findUniqueOrThrow({ where: { id: attr.id } })).toMatchObject({ kind: "NAMED_PERSON", sourceEntityId: g.garcia.id, sourceText: `Luis ${g.name}` });
  });

  it("UNATTRIBUTED clears the source; other kinds need one; the entity must exist and be live", async () => {
    const g = await twoGarciasScenario();
    const attr = g.claims[0]!.attribution!;
    const out = await repointAttribution({ id: attr.id, version: attr.version, kind: "UNATTRIBUTED" }, ctx);
    expect(await db.attribution.findUniqueOrThrow({ where: { id: attr.id } })).toMatchObject({ kind: "UNATTRIBUTED", sourceText: null, sourceEntityId: null });
    const noSource = await failure(repointAttribution({ id: attr.id, version: out.attribution.version, kind: "ANONYMOUS" }, ctx));
    expect(noSource!.code).toBe("VALIDATION");
    expect(noSource!.issues?.[0]?.path).toBe("sourceText");
    const unknown = await failure(repointAttribution({ id: attr.id, version: out.attribution.version, kind: "NAMED_PERSON", sourceEntityId: "no-such-entity", sourceText: "X" }, ctx));
    expect(unknown!.code).toBe("VALIDATION");
    expect(unknown!.issues?.[0]?.path).toBe("sourceEntityId");
    const anon = await repointAttribution({ id: attr.id, version: out.attribution.version, kind: "ANONYMOUS", sourceText: "officials" }, ctx);
    expect(anon.attribution).toMatchObject({ kind: "ANONYMOUS", sourceText: "officials", sourceEntityId: null });
  });
});
