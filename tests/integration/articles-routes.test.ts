import { afterAll, describe, expect, it } from "vitest";
import { POST as postArticle } from "@/app/api/articles/route";
import { GET as listImportsRoute } from "@/app/api/imports/route";
import { POST as retryRoute } from "@/app/api/imports/[id]/retry/route";
import { getDb } from "@/server/db";
import { stopBoss } from "@/server/queue/boss";
import { articleInput } from "./factories";

const db = getDb();
afterAll(async () => {
  await stopBoss();
  await db.$disconnect();
});

type Json = { error?: { code: string; message: string; issues?: { path: string; message: string }[] } } & Record<string, unknown>;
const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://test.local/api/articles", { method: "POST", body, headers });
async function call(res: Promise<Response>): Promise<{ status: number; json: Json }> {
  const r = await res;
  return { status: r.status, json: (await r.json()) as Json };
}

describe("POST /api/articles queues the article instead of extracting on the request", () => {
  it("answers 202 with the import, then 200 duplicate for the same text; the import is listed as queued", async () => {
    const input = articleInput();
    const first = await call(postArticle(post(JSON.stringify(input))));
    expect(first.status).toBe(202);
    expect(first.json).toMatchObject({ status: "queued" });
    const importId = first.json.importId as string;
    const again = await call(postArticle(post(JSON.stringify(input))));
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ status: "duplicate", importId });
    const listed = await call(listImportsRoute(new Request(`http://test.local/api/imports?status=all&ids=${importId}`)));
    expect(listed.status).toBe(200);
    expect(listed.json.items).toEqual([expect.objectContaining({ id: importId, status: "QUEUED", title: input.title, source: "PASTE" })]);
    // Nothing was written as an article yet: that is the worker's job.
    expect(await db.article.count({ where: { title: input.title } })).toBe(0);
  });

  it("refuses bad input with the one error shape and stores nothing", async () => {
    const before = await db.articleImport.count();
    const invalid = await call(postArticle(post(JSON.stringify({ title: "", body: "  ", publishedAt: "2026-13-45" }))));
    expect(invalid.status).toBe(422);
    expect(invalid.json.error?.issues?.map((i) => i.path).sort()).toEqual(["body", "publishedAt", "title"]);
    expect((await call(postArticle(post("{ not json")))).status).toBe(400);
    expect((await call(postArticle(post("title=x", { "content-type": "application/x-www-form-urlencoded" })))).status).toBe(415);
    expect(await db.articleImport.count()).toBe(before);
  });

  it("retry of an import that is not failed is a 409; an unknown id a 404", async () => {
    const queued = await call(postArticle(post(JSON.stringify(articleInput()))));
    const id = queued.json.importId as string;
    const conflict = await call(retryRoute(new Request("http://test.local", { method: "POST" }), { params: Promise.resolve({ id }) }));
    expect(conflict.status).toBe(409);
    const missing = await call(retryRoute(new Request("http://test.local", { method: "POST" }), { params: Promise.resolve({ id: "nope" }) }));
    expect(missing.status).toBe(404);
  });
});
