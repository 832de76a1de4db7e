import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as uploadRoute } from "@/app/api/articles/upload/route";
import { POST as fromUrlRoute } from "@/app/api/articles/from-url/route";
import { POST as addFeedRoute } from "@/app/api/feeds/route";
import { getDb } from "@/server/db";
import { pollFeed } from "@/server/feeds/poll-feed";
import { resetIngestConfig } from "@/server/ingest/ingest-config";
import { stopBoss } from "@/server/queue/boss";
import { closeExtractPool } from "@/server/queue/extract-pool";
import { startIngestWorker, type IngestWorker } from "@/server/queue/run-ingest-worker";
import { startFixtureServer, type FixtureServer } from "../support/fixture-server";
import { uid } from "./factories";
import { waitForBatch, waitForImport } from "./import-helpers";

// Every way in, end to end through the real queue and worker: upload (.txt,
// .html, .json, .jsonl), from a URL and from a feed served by a local
// fixture server that LEDGER_FETCH_ALLOW lets through.

const db = getDb();
let worker: IngestWorker;
let site: FixtureServer;

type Json = Record<string, unknown> & { error?: { code: string; message: string; issues?: { path: string; message: string }[] } };

function setEnv(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetIngestConfig();
}

beforeAll(async () => {
  site = await startFixtureServer();
  setEnv({ LEDGER_FETCH_ALLOW: "127.0.0.1", LEDGER_FETCH_TIMEOUT_MS: "1500", LEDGER_FETCH_MAX_BYTES: String(1024 * 1024) });
  worker = await startIngestWorker({ log: () => {} });
});
afterAll(async () => {
  setEnv({ LEDGER_FETCH_ALLOW: undefined, LEDGER_FETCH_TIMEOUT_MS: undefined, LEDGER_FETCH_MAX_BYTES: undefined, LEDGER_UPLOAD_MAX_BYTES: undefined });
  await worker.stop();
  await site.close();
  await closeExtractPool();
  await stopBoss();
  await db.$disconnect();
});

async function call(res: Promise<Response>): Promise<{ status: number; json: Json }> {
  const r = await res;
  return { status: r.status, json: (await r.json()) as Json };
}

function uploadRequest(name: string, content: string | Buffer, fields: Record<string, string> = {}): Request {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append("file", new Blob([new Uint8Array(typeof content === "string" ? Buffer.from(content) : content)]), name);
  return new Request("http://test.local/api/articles/upload", { method: "POST", body: form });
}
const upload = (name: string, content: string | Buffer, fields?: Record<string, string>) => call(uploadRoute(uploadRequest(name, content, fields)));
const jsonPost = (body: unknown) => new Request("http://test.local/x", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

function story(id: string, topic = "the harbor") {
  return `Officials said on Monday that ${topic} would reopen after repairs. "We expect normal traffic within a week," said harbor master Lena Quill-${id}. The council approved 2 million euros for the work.`;
}

describe("uploads", () => {
  it("a .txt file with header lines is imported with its title, outlet and date; the same file again is a duplicate", async () => {
    const id = uid();
    const txt = `Title: Harbor reopens ${id}\nOutlet: Gull Point Gazette\nPublished: 2026-03-02\n\n${story(id)}\n`;
    const first = await upload(`harbor-${id}.txt`, txt);
    expect(first.status).toBe(202);
    expect(first.json.counts).toEqual({ queued: 1, duplicates: 0, rejected: 0 });
    await waitForBatch(first.json.batchId as string);
    const article = await db.article.findFirstOrThrow({ where: { title: `Harbor reopens ${id}` }, include: { outlet: true } });
    expect(article.outlet?.name).toBe("Gull Point Gazette");
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe("2026-03-02");
    expect(article.body.startsWith("Officials said on Monday")).toBe(true);

    const again = await upload(`copy-${id}.txt`, txt);
    expect(again.status).toBe(200);
    expect(again.json.counts).toEqual({ queued: 0, duplicates: 1, rejected: 0 });
    expect(again.json.notes).toEqual([expect.objectContaining({ status: "duplicate", where: `copy-${id}.txt`, articleId: article.id })]);
  });

  it("a .txt without headers takes its first line as the title and the form's outlet and date", async () => {
    const id = uid();
    const res = await upload(`plain-${id}.txt`, `Port strike ends ${id}\n\n${story(id, "the port")}`, { outlet: "Tamsk Valley Courier", publishedAt: "2026-04-01" });
    await waitForBatch(res.json.batchId as string);
    const article = await db.article.findFirstOrThrow({ where: { title: `Port strike ends ${id}` }, include: { outlet: true } });
    expect(article.outlet?.name).toBe("Tamsk Valley Courier");
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe("2026-04-01");
  });

  it("an .html upload carrying <script> and onerror= is reduced to its article text: no markup, nothing from the scripts", async () => {
    const id = uid();
    const html = `<!doctype html><html><head><title>Dock fire ${id}</title><script>document.write("INJECTED")</script>
      <meta property="og:site_name" content="Harbor Ledger"><meta property="article:published_time" content="2026-02-20T10:00:00Z"></head>
      <body><nav>Home | Sport | Weather</nav><article><h1>Dock fire ${id}</h1>
      <p>${story(id, "the dock")}</p><p>Firefighters said the blaze started in a storage shed <img src="x" onerror="alert('pwned-${id}')"> near pier four.</p>
      <script>alert("inline-${id}")</script><p>No one was hurt, the fire service said.</p></article>
      <footer>© Harbor Ledger</footer></body></html>`;
    const res = await upload(`fire-${id}.html`, html);
    expect(res.status).toBe(202);
    await waitForBatch(res.json.batchId as string);
    const article = await db.article.findFirstOrThrow({ where: { title: `Dock fire ${id}` }, include: { outlet: true } });
    expect(article.body).toContain("Firefighters said the blaze started in a storage shed");
    expect(article.body).toContain("No one was hurt");
    for (const bad of ["<", ">", "script", "onerror", "alert", "INJECTED", "pwned"]) expect(article.body).not.toContain(bad);
    expect(article.outlet?.name).toBe("Harbor Ledger");
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe("2026-02-20");
  });

  it("a .jsonl file reports its malformed, badly encoded and invalid lines by number and imports the rest", async () => {
    const id = uid();
    const line = (n: number, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ title: `Jsonl ${id} ${n}`, outlet: "Meridian Wire", url: `https://wire.example/${id}/${n}`, publishedAt: "2026-03-0" + n, body: story(`${id}-${n}`), ...extra });
    const bytes = Buffer.concat([
      Buffer.from(`${line(1)}\n{"title": "broken ${id}", "body": \n${line(2)}\n\n`),
      Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]), // {"t":"\xff\xfe"} — not UTF-8
      Buffer.from(`${JSON.stringify({ title: `no body ${id}` })}\n${line(3)}\n${line(1)}\n`),
    ]);
    const res = await upload(`wire-${id}.jsonl`, bytes);
    expect(res.status).toBe(202);
    expect(res.json.counts).toEqual({ queued: 3, duplicates: 1, rejected: 3 });
    const notes = res.json.notes as { status: string; where: string; message: string }[];
    expect(notes.map((n) => [n.where, n.status])).toEqual([
      [`wire-${id}.jsonl line 2`, "rejected"],
      [`wire-${id}.jsonl line 5`, "rejected"],
      [`wire-${id}.jsonl line 6`, "rejected"],
      [`wire-${id}.jsonl line 8`, "duplicate"],
    ]);
    expect(notes[0]!.message).toMatch(/not valid JSON/);
    expect(notes[1]!.message).toMatch(/UTF-8/);
    expect(notes[2]!.message).toMatch(/body/);
    await waitForBatch(res.json.batchId as string);
    const titles = (await db.article.findMany({ where: { title: { startsWith: `Jsonl ${id}` } }, select: { title: true, url: true } })).map((a) => a.title).sort();
    expect(titles).toEqual([`Jsonl ${id} 1`, `Jsonl ${id} 2`, `Jsonl ${id} 3`]);
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: res.json.batchId as string } });
    expect(batch).toMatchObject({ queued: 3, duplicates: 1, rejected: 3, readAll: true });
  });

  it("a .json file may hold one article or a list", async () => {
    const id = uid();
    const res = await upload(
      `list-${id}.json`,
      JSON.stringify([
        { title: `Json ${id} a`, body: story(`${id}a`) },
        { title: `Json ${id} b`, text: story(`${id}b`), published: "2026-01-05" },
      ]),
    );
    expect(res.json.counts).toEqual({ queued: 2, duplicates: 0, rejected: 0 });
    await waitForBatch(res.json.batchId as string);
    const b = await db.article.findFirstOrThrow({ where: { title: `Json ${id} b` } });
    expect(b.publishedAt?.toISOString().slice(0, 10)).toBe("2026-01-05");
    const broken = await upload(`broken-${id}.json`, "{ nope");
    expect(broken.status).toBe(200);
    expect(broken.json.counts).toEqual({ queued: 0, duplicates: 0, rejected: 1 });
  });

  it("refuses a file over the size limit with a 413 naming the limit, and other file types with a 415", async () => {
    setEnv({ LEDGER_UPLOAD_MAX_BYTES: "2048" });
    try {
      const big = await upload("big.txt", `Big\n${"word ".repeat(1000)}`);
      expect(big.status).toBe(413);
      expect(big.json.error?.code).toBe("TOO_LARGE");
      expect(big.json.error?.message).toMatch(/big\.txt.*LEDGER_UPLOAD_MAX_BYTES/);
    } finally {
      setEnv({ LEDGER_UPLOAD_MAX_BYTES: undefined });
    }
    const pdf = await upload("report.pdf", "%PDF-1.4");
    expect(pdf.status).toBe(415);
    const notMultipart = await call(uploadRoute(jsonPost({ file: "x" })));
    expect(notMultipart.status).toBe(415);
  });
});

describe("from a URL", () => {
  it("fetches the page, keeps its article text and takes title, outlet, date and URL from its metadata (JSON-LD, og:)", async () => {
    const res = await call(fromUrlRoute(jsonPost({ url: `${site.base}/moved` })));
    expect(res.status === 202 || res.status === 200).toBe(true);
    const row = await waitForImport((res.json.importId as string) ?? "", ["DONE"]).catch(async () =>
      db.articleImport.findFirstOrThrow({ where: { title: "Inquiry into Vellin harbor crane collapse opens" } }),
    );
    const article = await db.article.findUniqueOrThrow({ where: { id: row.articleId! }, include: { outlet: true } });
    expect(article.title).toBe("Inquiry into Vellin harbor crane collapse opens");
    expect(article.outlet?.name).toBe("The Northgate Courier");
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe("2026-02-18");
    expect(article.url).toBe("https://northgate-courier.example/2026/02/18/vellin-crane-inquiry");
    expect(article.body).toMatch(/^(By Mira Solberg.*\n+)?An independent inquiry into the collapse/);
    expect(article.body).toContain("Traffic at the terminal has since resumed");
    for (const noise of ["Subscribe", "cookies", "Most read", "All rights reserved", "<", "alert"]) expect(article.body).not.toContain(noise);
  });

  it("decodes a page in the charset it declares", async () => {
    const res = await call(fromUrlRoute(jsonPost({ url: `${site.base}/news/ferry-strike`, outlet: "ignored when the page names one" })));
    expect([200, 202]).toContain(res.status);
    const importId = res.json.importId as string;
    const row = await waitForImport(importId, ["DONE"]);
    const article = await db.article.findUniqueOrThrow({ where: { id: row.articleId! }, include: { outlet: true } });
    expect(article.title).toBe("Ferry crews walk out over rosters");
    expect(article.outlet?.name).toBe("Lisk Evening Post");
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe("2026-03-09");
    expect(article.body).toContain("Ferry crews on the Lisk crossing walked out");
  });

  it("refuses what it must not fetch, with a 4xx that says why, and stores nothing", async () => {
    const before = await db.articleImport.count();
    const bad = async (url: string) => call(fromUrlRoute(jsonPost({ url })));
    const metadata = await bad(`${site.base}/to-metadata`);
    expect(metadata.status).toBe(422);
    expect(metadata.json.error?.message).toMatch(/169\.254\.169\.254.*linkLocal/);
    const pdf = await bad(`${site.base}/report.pdf`);
    expect(pdf.status).toBe(422);
    expect(pdf.json.error?.message).toMatch(/application\/pdf/);
    const huge = await bad(`${site.base}/huge`);
    expect(huge.status).toBe(413);
    const slow = await bad(`${site.base}/slow`);
    expect(slow.status).toBe(422);
    expect(slow.json.error?.message).toMatch(/did not answer within/);
    const missing = await bad(`${site.base}/nothing-here`);
    expect(missing.status).toBe(422);
    expect(missing.json.error?.message).toMatch(/HTTP 404/);
    expect((await bad("ftp://example.org/x")).status).toBe(422);

    setEnv({ LEDGER_FETCH_ALLOW: "" });
    try {
      const loopback = await bad(`${site.base}/news/harbor-inquiry`);
      expect(loopback.status).toBe(422);
      expect(loopback.json.error?.message).toMatch(/127\.0\.0\.1, a loopback address/);
      expect((await bad("http://10.1.2.3/x")).json.error?.message).toMatch(/private/);
      expect((await bad("http://[::ffff:192.168.0.1]/x")).json.error?.message).toMatch(/private/);
    } finally {
      setEnv({ LEDGER_FETCH_ALLOW: "127.0.0.1" });
    }
    expect(await db.articleImport.count()).toBe(before);
    expect(site.hits.get("/latest/meta-data/")).toBeUndefined();
  });
});

describe("feeds", () => {
  it("a new feed's items are imported like URLs; a second poll skips the items it has seen", async () => {
    // Leftovers of the URL tests above would make these items duplicates; that is fine, both count.
    const added = await call(addFeedRoute(jsonPost({ url: `${site.base}/feed.xml`, outlet: "Feed Outlet" })));
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({ title: "The Northgate Courier: Harbor", items: 2 });
    const feedId = added.json.id as string;
    const first = await pollFeed(feedId);
    expect(first).toMatchObject({ newItems: 2, failed: 0 });
    expect(first.queued + first.duplicates).toBe(2);
    const hitsAfterFirst = site.hits.get("/news/ferry-strike");
    const second = await pollFeed(feedId);
    expect(second).toMatchObject({ newItems: 0, queued: 0, duplicates: 0, failed: 0 });
    expect(site.hits.get("/news/ferry-strike")).toBe(hitsAfterFirst);
    const items = await db.feedItem.findMany({ where: { feedId } });
    expect(items.map((i) => i.key).sort()).toEqual(["lisk-2026-0309-ferry", "northgate-2026-0218-crane"]);
    const dup = await call(addFeedRoute(jsonPost({ url: `${site.base}/feed.xml` })));
    expect(dup.status).toBe(409);
  });

  it("an Atom item whose page is gone is imported from the feed's own text", async () => {
    const added = await call(addFeedRoute(jsonPost({ url: `${site.base}/atom.xml`, outlet: "Gull Point Gazette" })));
    const feedId = added.json.id as string;
    const polled = await pollFeed(feedId);
    expect(polled).toMatchObject({ newItems: 1, failed: 0 });
    // Queued, or a duplicate when this database already holds the text from an earlier run.
    expect(polled.queued + polled.duplicates).toBe(1);
    const item = await db.feedItem.findFirstOrThrow({ where: { feedId } });
    expect(item.error).toBeNull();
    const row = await waitForImport(item.importId!, ["DONE"]);
    const article = await db.article.findUniqueOrThrow({ where: { id: row.articleId! }, include: { outlet: true } });
    expect(article.title).toBe("Lighthouse keeper's cottage to become museum");
    expect(article.body).toContain("small maritime museum");
    expect(article.body).not.toContain("<p>");
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe("2026-03-12");
    expect(article.outlet?.name).toBe("Gull Point Gazette");
  });

  it("refuses a URL that is not a feed", async () => {
    const res = await call(addFeedRoute(jsonPost({ url: `${site.base}/news/harbor-inquiry` })));
    expect(res.status).toBe(422);
  });
});
