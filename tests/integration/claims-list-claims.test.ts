import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/claims/route";
import type { z } from "zod";
import { ClaimFilter } from "@/server/claims/claim-scope-sql";
import { countClaimsByKind } from "@/server/claims/count-claims-by-kind";
import { GetClaimsInput, getClaims } from "@/server/claims/get-claims";
import { ListClaimsInput, listClaims } from "@/server/claims/list-claims";
import { listTopSources } from "@/server/claims/list-top-sources";
import { getDb } from "@/server/db";
import { uid } from "./factories";
import { ingestStory } from "./view-factories";

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

const tag = uid();
const wire = `Wire ${tag}`;
const paper = `Paper ${tag}`;
const other = `Other Paper ${tag}`;
const official = `Official ${tag}`;
const spokes = `Spokeswoman ${tag}`;
let main: { articleId: string };
let second: { articleId: string };

beforeAll(async () => {
  const entities = [
    { name: wire, kind: "OUTLET" as const },
    { name: spokes, kind: "PERSON" as const },
    { name: official, kind: "PERSON" as const },
  ];
  main = await ingestStory({
    outlet: paper,
    publishedAt: "2026-03-05",
    entities,
    claims: [
      { text: "The tank had failed an inspection in 2025.", kind: "ANONYMOUS", source: "a former customs official", via: [wire, official], cue: "told" },
      { text: "The company regrets the leak.", kind: "NAMED_PERSON", source: spokes, quote: "DIRECT", cue: "said" },
      { text: "About 38,000 liters of solvent leaked.", kind: "UNATTRIBUTED" },
      { text: "The harbour stayed quiet all night.", kind: "UNATTRIBUTED" },
      { text: "The wire reported dead fish downstream.", kind: "OUTLET", source: wire, quote: "INDIRECT", cue: "reported" },
    ],
  });
  second = await ingestStory({
    outlet: other,
    publishedAt: "2026-03-06",
    entities,
    claims: [{ text: "Officials expect the clean-up to cost millions.", kind: "NAMED_PERSON", source: spokes, via: [wire], quote: "INDIRECT" }],
  });
});

// Parsed as the page and the route parse it; the domain functions trust their typed input.
const list = (raw: z.input<typeof ListClaimsInput>) => listClaims(ListClaimsInput.parse(raw));
const filter = (raw: z.input<typeof ClaimFilter>) => ClaimFilter.parse(raw);
const texts = (items: { text: string }[]) => items.map((c) => c.text);

describe("listClaims", () => {
  it("lists an article's claims in reading order with attribution, cue, quote and the chain's hops in order", async () => {
    const out = await list({ article: main.articleId });
    expect(out.total).toBe(5);
    expect(texts(out.items)).toEqual([
      "The tank had failed an inspection in 2025.",
      "The company regrets the leak.",
      "About 38,000 liters of solvent leaked.",
      "The harbour stayed quiet all night.",
      "The wire reported dead fish downstream.",
    ]);
    const chained = out.items[0]!;
    expect(chained.attribution).toMatchObject({ kind: "ANONYMOUS", sourceText: "a former customs official", sourceEntity: null, cue: "told" });
    expect(chained.attribution.hops.map((h) => h.sourceText)).toEqual([wire, official]);
    expect(chained.attribution.hops[0]!.sourceEntity?.kind).toBe("OUTLET");
    expect(chained.article).toMatchObject({ id: main.articleId, outlet: { name: paper } });
    expect(out.items[1]).toMatchObject({ quote: "DIRECT", attribution: { kind: "NAMED_PERSON", sourceEntity: { name: spokes } } });
    expect(out.items[2]!.attribution).toMatchObject({ kind: "UNATTRIBUTED", sourceText: null, hops: [] });
  });

  it("filters by one or several kinds", async () => {
    expect(texts((await list({ article: main.articleId, kind: ["UNATTRIBUTED"] })).items)).toEqual([
      "About 38,000 liters of solvent leaked.",
      "The harbour stayed quiet all night.",
    ]);
    const two = await list({ article: main.articleId, kind: ["OUTLET", "ANONYMOUS"] });
    expect(two.items.map((c) => c.attribution.kind)).toEqual(["ANONYMOUS", "OUTLET"]);
  });

  it("finds unsourced figures", async () => {
    expect(texts((await list({ article: main.articleId, kind: ["UNATTRIBUTED"], figures: true })).items)).toEqual([
      "About 38,000 liters of solvent leaked.",
    ]);
  });

  it("filters by source entity, as the source or as a relay in the chain, across articles", async () => {
    const spokesId = (await db.entity.findFirstOrThrow({ where: { name: spokes } })).id;
    const wireId = (await db.entity.findFirstOrThrow({ where: { name: wire, kind: "OUTLET" } })).id;
    expect(texts((await list({ source: spokesId })).items)).toEqual(["Officials expect the clean-up to cost millions.", "The company regrets the leak."]);
    expect((await list({ source: wireId })).total).toBe(3);
  });

  it("filters by outlet, chain, quote type and full-text search", async () => {
    const otherId = (await db.entity.findFirstOrThrow({ where: { name: other, kind: "OUTLET" } })).id;
    expect(texts((await list({ outlet: otherId })).items)).toEqual(["Officials expect the clean-up to cost millions."]);
    expect(texts((await list({ article: main.articleId, chain: "yes" })).items)).toEqual(["The tank had failed an inspection in 2025."]);
    expect((await list({ article: main.articleId, chain: "no" })).total).toBe(4);
    expect(texts((await list({ article: main.articleId, quote: "DIRECT" })).items)).toEqual(["The company regrets the leak."]);
    // Stemmed, through the GIN index expression: "leaks" finds "leak" and "leaked".
    expect(texts((await list({ article: main.articleId, q: "leaks" })).items)).toEqual([
      "The company regrets the leak.",
      "About 38,000 liters of solvent leaked.",
    ]);
    expect((await list({ article: main.articleId, q: "harbour -quiet" })).total).toBe(0);
  });

  it("pages without repeating a claim", async () => {
    const a = await list({ article: main.articleId, pageSize: 2, page: 1 });
    const b = await list({ article: main.articleId, pageSize: 2, page: 2 });
    const c = await list({ article: main.articleId, pageSize: 2, page: 3 });
    expect([...texts(a.items), ...texts(b.items), ...texts(c.items)]).toEqual(texts((await list({ article: main.articleId })).items));
  });
});

describe("claims summary", () => {
  it("counts per kind with figures, ignoring the kind filter so every kind can be compared", async () => {
    const rows = await countClaimsByKind(filter({ article: main.articleId, kind: ["UNATTRIBUTED"] }));
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, [r.claims, r.figures]]));
    expect(byKind).toEqual({ ANONYMOUS: [1, 1], NAMED_PERSON: [1, 0], UNATTRIBUTED: [2, 1], OUTLET: [1, 0] });
  });

  it("ranks the most cited sources, as source and as relay", async () => {
    const top = await listTopSources(filter({ article: main.articleId }));
    expect(top.map((t) => [t.name, t.asSource, t.asRelay])).toEqual([
      [wire, 1, 1],
      // Equal totals: being the source ranks above being a relay.
      [spokes, 1, 0],
      [official, 0, 1],
    ]);
  });

  it("serves the view as JSON, with /api/claims?kind=UNATTRIBUTED working and bad input refused", async () => {
    const res = await GET(new Request(`http://test/api/claims?kind=UNATTRIBUTED&article=${main.articleId}`));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.total).toBe(2);
    expect(body.summary.unattributed).toEqual({ claims: 2, figures: 1, share: 0.4 });
    const bad = await GET(new Request(`http://test/api/claims?kind=NOBODY&chain=maybe`));
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.code).toBe("VALIDATION");
    const view = await getClaims(GetClaimsInput.parse({ article: second.articleId }));
    expect(view.claims.total).toBe(1);
    expect(view.options.articles.map((a) => a.id)).toContain(second.articleId);
  });
});
