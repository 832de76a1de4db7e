import { afterAll, describe, expect, it } from "vitest";
import { GET as listEntitiesRoute } from "@/app/api/entities/route";
import { GET as getEntityRoute, PATCH as patchEntity } from "@/app/api/entities/[id]/route";
import { POST as postAlias } from "@/app/api/entities/[id]/aliases/route";
import { DELETE as deleteAlias } from "@/app/api/entities/[id]/aliases/[aliasId]/route";
import { POST as postMerge } from "@/app/api/entities/[id]/merge/route";
import { POST as postSplit } from "@/app/api/entities/[id]/split/route";
import { POST as postSplitOff } from "@/app/api/entities/[id]/split-off/route";
import { PATCH as patchSpan } from "@/app/api/mentions/[id]/span/route";
import { PATCH as patchMentionEntity } from "@/app/api/mentions/[id]/entity/route";
import { PATCH as patchAttribution } from "@/app/api/attributions/[id]/route";
import { getDb } from "@/server/db";
import { mergeScenario, twoGarciasScenario } from "./entity-factories";

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

type Json = { error?: { code: string; message: string; issues?: { path: string; message: string }[] } } & Record<string, unknown>;

function req(method: string, body: string | undefined, headers: Record<string, string> = { "content-type": "application/json" }): Request {
  return new Request("http://test.local/api/x", { method, body, headers });
}
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });
async function call(res: Promise<Response>): Promise<{ status: number; json: Json }> {
  const r = await res;
  return { status: r.status, json: (await r.json()) as Json };
}

describe("entity route handlers answer with the one error shape", () => {
  it("malformed JSON is a 400, wrong types a 422 with issues, an unknown id a 404, a stale version a 409 STALE", async () => {
    const { a } = await mergeScenario();
    const id = params({ id: a.id });
    const malformed = await call(patchEntity(req("PATCH", "{ name: oops"), id));
    expect(malformed.status).toBe(400);
    expect(malformed.json.error?.code).toBe("BAD_REQUEST");

    const wrongTypes = await call(patchEntity(req("PATCH", JSON.stringify({ version: "one", name: 42, kind: "PLANET" })), id));
    expect(wrongTypes.status).toBe(422);
    expect(wrongTypes.json.error?.code).toBe("VALIDATION");
    expect(wrongTypes.json.error?.issues?.map((i) => i.path).sort()).toEqual(["kind", "name", "version"]);

    const notObject = await call(patchEntity(req("PATCH", "[1,2]"), id));
    expect(notObject.status).toBe(422);

    const unknown = await call(patchEntity(req("PATCH", JSON.stringify({ version: 1, name: "x" })), params({ id: "no-such-entity" })));
    expect(unknown.status).toBe(404);
    expect(unknown.json.error?.code).toBe("NOT_FOUND");

    const notJson = await call(patchEntity(req("PATCH", "name=x", { "content-type": "text/plain" }), id));
    expect(notJson.status).toBe(415);

    const ok = await call(patchEntity(req("PATCH", JSON.stringify({ version: a.version, name: `${a.name} via API` }), { "content-type": "application/json", cookie: "other=1; ledger_actor=Ana%20P%C3%A9rez" }), id));
    expect(ok.status).toBe(200);
    expect((ok.json.entity as { version: number }).version).toBe(a.version + 1);
    const rev = await db.revision.findFirstOrThrow({ where: { batchId: ok.json.batchId as string } });
    expect(rev.actor).toBe("Ana Pérez");

    const stale = await call(patchEntity(req("PATCH", JSON.stringify({ version: a.version, name: "Too late" })), id));
    expect(stale.status).toBe(409);
    expect(stale.json.error?.code).toBe("STALE");
    expect(stale.json.error?.message).toMatch(/Reload the page/);
    expect((await db.entity.findUniqueOrThrow({ where: { id: a.id } })).name).toBe(`${a.name} via API`);
  });

  it("an invalid actor cookie falls back to the default name", async () => {
    const { a } = await mergeScenario();
    const res = await call(postAlias(req("POST", JSON.stringify({ version: a.version, alias: `Alias ${a.id}` }), { "content-type": "application/json", cookie: "ledger_actor=%3Cscript%3E" }), params({ id: a.id })));
    expect(res.status).toBe(201);
    expect((await db.revision.findFirstOrThrow({ where: { batchId: res.json.batchId as string } })).actor).toBe("analyst");
    const alias = res.json.alias as { id: string };
    const del = await call(deleteAlias(req("DELETE", JSON.stringify({ version: a.version + 1 })), params({ id: a.id, aliasId: alias.id })));
    expect(del.status).toBe(200);
    const gone = await call(deleteAlias(req("DELETE", JSON.stringify({ version: a.version + 2 })), params({ id: a.id, aliasId: alias.id })));
    expect(gone.status).toBe(404);
  });

  it("merge, split and split-off validate their bodies and work end to end", async () => {
    const { a, b } = await mergeScenario();
    const self = await call(postMerge(req("POST", JSON.stringify({ version: a.version, sources: [{ id: a.id, version: a.version }] })), params({ id: a.id })));
    expect(self.status).toBe(422);
    const empty = await call(postMerge(req("POST", JSON.stringify({ version: a.version, sources: [] })), params({ id: a.id })));
    expect(empty.status).toBe(422);
    const merged = await call(postMerge(req("POST", JSON.stringify({ version: a.version, sources: [{ id: b.id, version: b.version }] })), params({ id: a.id })));
    expect(merged.status).toBe(200);
    expect(merged.json.counts).toMatchObject({ mentions: 3 });
    const badSplit = await call(postSplit(req("POST", JSON.stringify({ version: b.version + 1 })), params({ id: b.id })));
    expect(badSplit.status).toBe(422);
    expect(badSplit.json.error?.issues?.[0]?.path).toBe("intoVersion");
    const split = await call(postSplit(req("POST", JSON.stringify({ version: b.version + 1, intoVersion: a.version + 1 })), params({ id: b.id })));
    expect(split.status).toBe(200);
    expect((await db.entity.findUniqueOrThrow({ where: { id: b.id } })).mergedIntoId).toBeNull();

    const g = await twoGarciasScenario();
    const noneChosen = await call(postSplitOff(req("POST", JSON.stringify({ version: g.garcia.version, name: "Luis", kind: "PERSON" })), params({ id: g.garcia.id })));
    expect(noneChosen.status).toBe(422);
    const created = await call(
      postSplitOff(req("POST", JSON.stringify({ version: g.garcia.version, name: `Luis ${g.name}`, kind: "PERSON", mentionIds: [g.mentions[2]!.id] })), params({ id: g.garcia.id })),
    );
    expect(created.status).toBe(201);
    expect((created.json.entity as { name: string }).name).toBe(`Luis ${g.name}`);
  });

  it("mention and attribution routes: bad spans are 422, good edits 200", async () => {
    const g = await twoGarciasScenario();
    const m = g.mentions[0]!;
    const outside = await call(patchSpan(req("PATCH", JSON.stringify({ version: m.version, start: 0, end: g.body.length + 10 })), params({ id: m.id })));
    expect(outside.status).toBe(422);
    const empty = await call(patchSpan(req("PATCH", JSON.stringify({ version: m.version, start: 4, end: 4 })), params({ id: m.id })));
    expect(empty.status).toBe(422);
    const fractional = await call(patchSpan(req("PATCH", JSON.stringify({ version: m.version, start: 1.5, end: 4 })), params({ id: m.id })));
    expect(fractional.status).toBe(422);
    const malformed = await call(patchSpan(req("PATCH", "{"), params({ id: m.id })));
    expect(malformed.status).toBe(400);
    const ok = await call(patchSpan(req("PATCH", JSON.stringify({ version: m.version, start: m.start, end: m.end - 1 })), params({ id: m.id })));
    expect(ok.status).toBe(200);
    expect((ok.json.mention as { origin: string }).origin).toBe("MANUAL");

    const s = await mergeScenario();
    const moved = await call(patchMentionEntity(req("PATCH", JSON.stringify({ version: m.version + 1, entityId: s.a.id })), params({ id: m.id })));
    expect(moved.status).toBe(200);
    const unknownMention = await call(patchMentionEntity(req("PATCH", JSON.stringify({ version: 1, entityId: s.a.id })), params({ id: "no-such-mention" })));
    expect(unknownMention.status).toBe(404);

    const attr = g.claims[0]!.attribution!;
    const badKind = await call(patchAttribution(req("PATCH", JSON.stringify({ version: attr.version, kind: "RUMOUR" })), params({ id: attr.id })));
    expect(badKind.status).toBe(422);
    const repointed = await call(patchAttribution(req("PATCH", JSON.stringify({ version: attr.version, kind: "UNATTRIBUTED" })), params({ id: attr.id })));
    expect(repointed.status).toBe(200);
    const stale = await call(patchAttribution(req("PATCH", JSON.stringify({ version: attr.version, kind: "ANONYMOUS", sourceText: "x" })), params({ id: attr.id })));
    expect(stale.status).toBe(409);
    expect(stale.json.error?.code).toBe("STALE");
  });

  it("GET /api/entities searches names and aliases and leaves out merged-away entities; GET /api/entities/[id] 404s", async () => {
    const { a, b, id } = await mergeScenario();
    const found = await call(listEntitiesRoute(new Request(`http://test.local/api/entities?q=${encodeURIComponent(`wire ${id}`)}&kind=OUTLET`)));
    expect(found.status).toBe(200);
    expect((found.json.items as { id: string }[]).map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
    // "B-wire <id>" is only an alias of B.
    const byAlias = await call(listEntitiesRoute(new Request(`http://test.local/api/entities?q=${encodeURIComponent(`B-wire ${id}`)}`)));
    expect((byAlias.json.items as { id: string }[]).map((i) => i.id)).toEqual([b.id]);
    await call(postMerge(req("POST", JSON.stringify({ version: a.version, sources: [{ id: b.id, version: b.version }] })), params({ id: a.id })));
    const after = await call(listEntitiesRoute(new Request(`http://test.local/api/entities?q=${encodeURIComponent(`wire ${id}`)}`)));
    const items = after.json.items as { id: string; mentions: number; articles: number }[];
    expect(items.map((i) => i.id)).toEqual([a.id]);
    expect(items[0]).toMatchObject({ mentions: 5, articles: 1 });
    const badSort = await call(listEntitiesRoute(new Request("http://test.local/api/entities?sort=DROP%20TABLE")));
    expect(badSort.status).toBe(422);
    const missing = await call(getEntityRoute(new Request("http://test.local/api/entities/x"), params({ id: "no-such-entity" })));
    expect(missing.status).toBe(404);
  });
});
