import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { ListClaimsInput, listClaims } from "@/server/claims/list-claims";
import { getDb } from "@/server/db";
import { getClaimLineage } from "@/server/lineage/get-claim-lineage";
import { linkArticleLineage } from "@/server/lineage/link-article-lineage";
import { uid } from "./factories";
import { ingestStory } from "./view-factories";

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

const tag = uid();
const wire = `Wire ${tag}`;
const minister = `Minister ${tag} Okafor`;
const claim = (text: string, via: string[] = []) => ({ text, kind: "NAMED_PERSON" as const, source: minister, via });
const entities = [
  { name: wire, kind: "OUTLET" as const },
  { name: minister, kind: "PERSON" as const },
];
const claimIn = async (articleId: string, startsWith: string) => db.claim.findFirstOrThrow({ where: { articleId, text: { startsWith } } });

let first: string;
let viaWire: string;
let uncredited: string;

beforeAll(async () => {
  first = (
    await ingestStory({
      outlet: wire,
      publishedAt: "2026-04-01",
      entities,
      claims: [claim(`The ${tag} refinery will close in June and cut 1,200 jobs.`), claim("Exports of grain rose sharply last year.")],
    })
  ).articleId;
  viaWire = (
    await ingestStory({
      outlet: `Daily ${tag}`,
      publishedAt: "2026-04-02",
      entities,
      claims: [claim(`the ${tag} refinery would close in June, cutting 1,200 jobs`, [wire]), claim("The harbour will be dredged next spring.")],
    })
  ).articleId;
  uncredited = (
    await ingestStory({
      outlet: `Weekly ${tag}`,
      publishedAt: "2026-04-03",
      entities,
      claims: [claim(`The ${tag} refinery closes in June; 1,200 jobs go.`), claim(`The ${tag} refinery will close in June and cut 800 jobs.`)],
    })
  ).articleId;
});

describe("claim lineage", () => {
  it("links repetitions across articles at import, not claims with another figure or topic", async () => {
    const a = await claimIn(first, `The ${tag} refinery`);
    const b = await claimIn(viaWire, `the ${tag} refinery`);
    const c = await claimIn(uncredited, `The ${tag} refinery closes`);
    const other = await claimIn(uncredited, `The ${tag} refinery will close in June and cut 800`);
    expect(a.lineageId).not.toBeNull();
    expect([b.lineageId, c.lineageId]).toEqual([a.lineageId, a.lineageId]);
    // 800 jobs is another claim, even in the same words.
    expect(other.lineageId).not.toBe(a.lineageId);
    expect((await claimIn(viaWire, "The harbour")).lineageId).toBeNull();
    expect(a.lshBands.length).toBeGreaterThan(0);
    expect(a.lineageAt).not.toBeNull();
  });

  it("shows the first appearance, every repetition with outlet and date, and which later article credits an earlier outlet", async () => {
    const b = await claimIn(viaWire, `the ${tag} refinery`);
    const lineage = await getClaimLineage(b.id);
    expect(lineage.outlets).toBe(3);
    expect(lineage.entries.map((e) => [e.outlet?.name, e.article.publishedAt?.toISOString().slice(0, 10), e.first, e.via?.name ?? null])).toEqual([
      [wire, "2026-04-01", true, null],
      [`Daily ${tag}`, "2026-04-02", false, wire],
      [`Weekly ${tag}`, "2026-04-03", false, null],
    ]);
    expect(lineage.entries[2]!.later).toBe(true);
    const alone = await claimIn(viaWire, "The harbour");
    expect((await getClaimLineage(alone.id)).entries.map((e) => e.claimId)).toEqual([alone.id]);
  });

  it("the claims list says how widely a claim spread, and can show one row per repeated claim", async () => {
    const list = (raw: z.input<typeof ListClaimsInput>) => listClaims(ListClaimsInput.parse({ review: "all", q: `${tag} refinery`, ...raw }));
    const flat = await list({});
    expect(flat.total).toBe(4);
    const row = flat.items.find((i) => i.text.startsWith(`the ${tag}`))!;
    expect(row.lineage).toEqual({ articles: 3, outlets: 3, firstAt: new Date("2026-04-01T00:00:00Z") });
    const grouped = await list({ group: "lineage" });
    expect(grouped.total).toBe(2);
    // The newest appearance stands for its lineage.
    expect(grouped.items.map((i) => i.text)).toEqual([`The ${tag} refinery closes in June; 1,200 jobs go.`, `The ${tag} refinery will close in June and cut 800 jobs.`]);
  });

  it("two articles with the same claim imported at the same moment still find each other", async () => {
    const t = uid();
    const text = (n: number) => `Inspectors ${t} found cracks in the north dam wall on ${n === 1 ? "Monday" : "Monday morning"}.`;
    const [x, y] = await Promise.all(
      [1, 2].map((n) => ingestStory({ outlet: `Paper ${t} ${n}`, publishedAt: "2026-05-01", claims: [{ text: text(n), kind: "UNATTRIBUTED" }] })),
    );
    const cx = await claimIn(x!.articleId, "Inspectors");
    const cy = await claimIn(y!.articleId, "Inspectors");
    expect(cx.lineageId).not.toBeNull();
    expect(cy.lineageId).toBe(cx.lineageId);
  });

  it("linking again is idempotent", async () => {
    const before = await db.claim.findMany({ where: { articleId: { in: [first, viaWire, uncredited] } }, orderBy: { id: "asc" }, select: { id: true, lineageId: true } });
    await db.$transaction((tx) => linkArticleLineage(tx, viaWire));
    const after = await db.claim.findMany({ where: { articleId: { in: [first, viaWire, uncredited] } }, orderBy: { id: "asc" }, select: { id: true, lineageId: true } });
    expect(after).toEqual(before);
  });
});
