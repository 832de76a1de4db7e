import { afterAll, describe, expect, it } from "vitest";
import { GET as listRevisionsRoute } from "@/app/api/revisions/route";
import { POST as postUndo } from "@/app/api/revisions/[batchId]/undo/route";
import { getDb } from "@/server/db";
import { updateEntity } from "@/server/entities/update-entity";
import { mergeScenario } from "./entity-factories";

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

const undo = (batchId: string, cookie = "") =>
  postUndo(new Request(`http://test.local/api/revisions/${batchId}/undo`, { method: "POST", headers: cookie ? { cookie } : {} }), { params: Promise.resolve({ batchId }) });

describe("revision route handlers", () => {
  it("undo answers 200, then 409 for the second undo, and 404 for an unknown batch", async () => {
    const { a } = await mergeScenario();
    const edit = await updateEntity({ id: a.id, version: a.version, name: `${a.name} (r)` }, { actor: "tester" });
    const first = await undo(edit.batchId, "ledger_actor=Route%20Tester");
    expect(first.status).toBe(200);
    const body = (await first.json()) as { batchId: string; undid: { batchId: string } };
    expect(body.undid.batchId).toBe(edit.batchId);
    expect((await db.revision.findFirstOrThrow({ where: { batchId: body.batchId } })).actor).toBe("Route Tester");
    const second = await undo(edit.batchId);
    expect(second.status).toBe(409);
    expect(((await second.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already undone/) });
    expect((await undo("no-such-batch")).status).toBe(404);
  });

  it("lists the log for an entity, and rejects bad paging with a 422", async () => {
    const { a } = await mergeScenario();
    const edit = await updateEntity({ id: a.id, version: a.version, description: "listed" }, { actor: "tester" });
    const res = await listRevisionsRoute(new Request(`http://test.local/api/revisions?entityId=${a.id}`));
    expect(res.status).toBe(200);
    const json = (await res.json()) as { items: { batchId: string; title: string; undoable: boolean }[]; total: number };
    expect(json.total).toBe(1);
    expect(json.items[0]).toMatchObject({ batchId: edit.batchId, title: `Edited “${a.name}”`, undoable: true });
    expect((await listRevisionsRoute(new Request("http://test.local/api/revisions?page=0"))).status).toBe(422);
  });
});
