import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { DELETE as deleteVerdictRoute, PUT as putVerdictRoute } from "@/app/api/claims/[id]/verdict/route";
import { AppError } from "@/lib/errors";
import { SetVerdictInput } from "@/lib/validation/verdicts.validation";
import { ListClaimsInput, listClaims } from "@/server/claims/list-claims";
import { countClaimsByReview } from "@/server/claims/count-claims-by-review";
import { ClaimFilter } from "@/server/claims/claim-scope-sql";
import { getDb } from "@/server/db";
import { listRevisions } from "@/server/revisions/list-revisions";
import { undoBatch } from "@/server/revisions/undo-batch";
import { removeVerdict } from "@/server/verdicts/remove-verdict";
import { setVerdict } from "@/server/verdicts/set-verdict";
import { ingestStory } from "./view-factories";

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);
const set = (raw: z.input<typeof SetVerdictInput>, actor = "editor one") => setVerdict(SetVerdictInput.parse(raw), { actor });

let articleId: string;
let claimIds: string[];

beforeAll(async () => {
  const story = await ingestStory({
    claims: [
      { text: "About 38,000 liters of solvent leaked into the bay.", kind: "UNATTRIBUTED" },
      { text: "The plant had passed every inspection.", kind: "NAMED_PERSON", source: "a spokeswoman" },
      { text: "Fish died for three kilometres downstream.", kind: "ANONYMOUS", source: "residents" },
    ],
  });
  articleId = story.articleId;
  claimIds = (await db.claim.findMany({ where: { articleId }, orderBy: { start: "asc" }, select: { id: true } })).map((c) => c.id);
});

const put = (claimId: string, body: unknown, cookie = "ledger_actor=Route%20Editor") =>
  putVerdictRoute(new Request(`http://test/api/claims/${claimId}/verdict`, { method: "PUT", headers: { "content-type": "application/json", cookie }, body: JSON.stringify(body) }), {
    params: Promise.resolve({ id: claimId }),
  });

describe("verdicts", () => {
  it("a verdict and its undo round-trip: set, change, undo the change, undo the first review, redo", async () => {
    const id = claimIds[0]!;
    const first = await set({ id, rating: "FALSE", explanation: "The port authority measured 3,800 liters.", evidence: [{ href: "https://port.example.org/report.pdf", label: "Port authority report" }] });
    expect(first.verdict).toMatchObject({ rating: "FALSE", reviewer: "editor one", version: 1 });
    const change = await set({ id, version: 1, rating: "MISLEADING", explanation: "Later figures say 38,000 liters were spilled in total, most of it on land.", evidence: [{ href: `/articles/${articleId}` }] }, "editor two");
    expect(change.verdict).toMatchObject({ rating: "MISLEADING", reviewer: "editor two", version: 2 });

    await undoBatch({ batchId: change.batchId }, { actor: "chief" });
    const back = await db.verdict.findUniqueOrThrow({ where: { claimId: id } });
    expect(back).toMatchObject({ rating: "FALSE", explanation: "The port authority measured 3,800 liters.", reviewer: "editor one", evidence: [{ href: "https://port.example.org/report.pdf", label: "Port authority report" }] });
    expect(back.reviewedAt.toISOString()).toBe(first.verdict.reviewedAt);
    // Versions only go up, so a form opened before the undo is stale.
    expect(back.version).toBe(3);

    const undoFirst = await undoBatch({ batchId: first.batchId }, { actor: "chief" });
    expect(await db.verdict.findUnique({ where: { claimId: id } })).toBeNull();
    await undoBatch({ batchId: undoFirst.batchId }, { actor: "chief" });
    expect(await db.verdict.findUniqueOrThrow({ where: { claimId: id } })).toMatchObject({ rating: "FALSE", reviewer: "editor one" });

    const log = await listRevisions({ page: 1, pageSize: 10 });
    const titles = log.items.map((b) => b.title);
    expect(titles).toContain("Rated a claim “False”");
    expect(titles).toContain("Undid: Changed a claim's verdict: False → Misleading");
    expect(log.items.find((b) => b.batchId === first.batchId)?.links).toEqual([{ label: "claim", href: `/claims/${id}` }]);
  });

  it("refuses a second first review and a change from a stale version (409 STALE), and an unchanged save", async () => {
    const id = claimIds[1]!;
    await set({ id, rating: "UNVERIFIABLE", explanation: "No inspection records are public." });
    const again = await failure(set({ id, rating: "ACCURATE", explanation: "x", evidence: [{ href: "https://a.example.org" }] }, "editor two"));
    expect(again).toMatchObject({ code: "STALE", message: expect.stringMatching(/reviewed by editor one \(“Unverifiable”\)/) });
    await set({ id, version: 1, rating: "UNVERIFIABLE", explanation: "No inspection records are public yet." });
    expect(await failure(set({ id, version: 1, rating: "FALSE", explanation: "x", evidence: [{ href: "https://a.example.org" }] }))).toMatchObject({ code: "STALE" });
    expect(await failure(set({ id, version: 2, rating: "UNVERIFIABLE", explanation: "No inspection records are public yet." }))).toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/Nothing changed/),
    });
  });

  it("checks evidence: outside links must be http(s), ledger links must point at something real", async () => {
    const id = claimIds[2]!;
    const parse = (evidence: { href: string }[]) => SetVerdictInput.safeParse({ id, rating: "FALSE", explanation: "x", evidence });
    expect(parse([{ href: "javascript:alert(1)" }]).success).toBe(false);
    expect(parse([{ href: "ftp://files.example.org/x" }]).success).toBe(false);
    expect(parse([{ href: "/entities/abc" }]).success).toBe(false);
    expect(parse([]).error?.issues[0]).toMatchObject({ path: ["evidence"], message: expect.stringMatching(/at least one piece of evidence/) });
    const missing = await failure(set({ id, rating: "FALSE", explanation: "x", evidence: [{ href: "https://ok.example.org" }, { href: "/articles/nosucharticle" }] }));
    expect(missing).toMatchObject({ code: "VALIDATION", issues: [{ path: "evidence.1.href", message: "no article in the ledger has this link" }] });
    const elsewhere = await failure(set({ id, rating: "FALSE", explanation: "x", evidence: [{ href: `/articles/${articleId}#claim-nosuchclaim` }] }));
    expect(elsewhere).toMatchObject({ code: "VALIDATION" });
    expect(await db.verdict.findUnique({ where: { claimId: id } })).toBeNull();
    const ok = await set({ id, rating: "ACCURATE", explanation: "Confirmed by the river authority.", evidence: [{ href: `/articles/${articleId}#claim-${claimIds[0]}` }, { href: `/claims/${claimIds[1]}` }] });
    expect(ok.verdict.evidence).toHaveLength(2);
    await removeVerdict({ id, version: 1 }, { actor: "editor one" });
  });

  it("the routes answer 200, 409, 404 and 422 in the one error shape, and record the cookie's name", async () => {
    const story = await ingestStory({ claims: [{ text: "The mayor resigned on Friday.", kind: "UNATTRIBUTED" }] });
    const claim = await db.claim.findFirstOrThrow({ where: { articleId: story.articleId } });
    const ok = await put(claim.id, { rating: "ACCURATE", explanation: "The council minutes record it.", evidence: [{ href: "https://council.example.org/minutes" }] });
    expect(ok.status).toBe(200);
    const saved = (await ok.json()) as { batchId: string };
    expect((await db.revision.findFirstOrThrow({ where: { batchId: saved.batchId } })).actor).toBe("Route Editor");
    expect((await put(claim.id, { rating: "FALSE", explanation: "x", evidence: [{ href: "https://a.example.org" }] })).status).toBe(409);
    const bad = await put(claim.id, { rating: "WRONG", explanation: "", evidence: [{ href: "data:text/html,<b>" }] });
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.issues.map((i) => i.path).sort()).toEqual(["evidence.0.href", "explanation", "rating"]);
    expect((await put("nosuchclaim", { rating: "ACCURATE", explanation: "x", evidence: [{ href: "https://a.example.org" }] })).status).toBe(404);
    const del = await deleteVerdictRoute(
      new Request(`http://test/api/claims/${claim.id}/verdict`, { method: "DELETE", headers: { "content-type": "application/json" }, body: JSON.stringify({ version: 1 }) }),
      { params: Promise.resolve({ id: claim.id }) },
    );
    expect(del.status).toBe(200);
    expect(await db.verdict.findUnique({ where: { claimId: claim.id } })).toBeNull();
  });

  it("the claims list filters by review state (not reviewed yet by default) and by verdict", async () => {
    const story = await ingestStory({
      claims: [
        { text: "Claim one is checked.", kind: "UNATTRIBUTED" },
        { text: "Claim two is checked.", kind: "UNATTRIBUTED" },
        { text: "Claim three waits.", kind: "UNATTRIBUTED" },
      ],
    });
    const ids = (await db.claim.findMany({ where: { articleId: story.articleId }, orderBy: { start: "asc" } })).map((c) => c.id);
    await set({ id: ids[0]!, rating: "FALSE", explanation: "No.", evidence: [{ href: "https://a.example.org" }] });
    await set({ id: ids[1]!, rating: "ACCURATE", explanation: "Yes.", evidence: [{ href: "https://b.example.org" }] });
    const list = (raw: z.input<typeof ListClaimsInput>) => listClaims(ListClaimsInput.parse({ article: story.articleId, ...raw }));
    const texts = async (raw: z.input<typeof ListClaimsInput>) => (await list(raw)).items.map((c) => c.text);
    expect(await texts({})).toEqual(["Claim three waits."]);
    expect(await texts({ review: "reviewed" })).toEqual(["Claim one is checked.", "Claim two is checked."]);
    expect(await texts({ review: "all" })).toHaveLength(3);
    expect(await texts({ rating: ["FALSE"] })).toEqual(["Claim one is checked."]);
    const reviewed = await list({ review: "reviewed" });
    expect(reviewed.items[0]!.verdict).toMatchObject({ rating: "FALSE", explanation: "No.", evidence: [{ href: "https://a.example.org" }], version: 1 });
    expect(await countClaimsByReview(ClaimFilter.parse({ article: story.articleId }))).toEqual({ all: 3, reviewed: 2, unreviewed: 1 });
  });
});
