import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { ingestArticle } from "@/server/ingest/ingest-article";
import { AppError } from "@/lib/errors";
import { analysisFor, articleInput, uid } from "./factories";

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

async function rowsFor(articleId: string) {
  const [mentions, claims, hops, evidence, revisions] = await Promise.all([
    db.mention.count({ where: { articleId } }),
    db.claim.count({ where: { articleId } }),
    db.attributionHop.count({ where: { attribution: { claim: { articleId } } } }),
    db.eventEvidence.count({ where: { articleId } }),
    db.revision.count({ where: { targetId: articleId } }),
  ]);
  return { mentions, claims, hops, evidence, revisions };
}

describe("ingestArticle", () => {
  it("writes the article with its entities, mentions, claims, attributions, events and an audit row", async () => {
    const input = articleInput();
    const out = await ingestArticle(input, { analysis: analysisFor(input.body) });
    expect(out.status).toBe("created");
    const article = await db.article.findUniqueOrThrow({ where: { id: out.articleId }, include: { outlet: true } });
    expect(article.outlet?.kind).toBe("OUTLET");
    expect(article.outlet?.name).toBe(input.outlet);
    expect(await rowsFor(out.articleId)).toMatchObject({ mentions: 1, claims: 2, evidence: 1, revisions: 1 });
    const claim = await db.claim.findFirstOrThrow({ where: { articleId: out.articleId, localId: "c1" }, include: { attribution: { include: { sourceEntity: true } } } });
    expect(claim.attribution?.kind).toBe("NAMED_PERSON");
    expect(claim.attribution?.sourceEntity?.kind).toBe("PERSON");
    const event = await db.event.findFirstOrThrow({ where: { evidence: { some: { articleId: out.articleId } } }, include: { location: true, participants: true } });
    expect(event.precision).toBe("DAY");
    expect(event.date?.toISOString().slice(0, 10)).toBe("2026-03-02");
    expect(event.location?.kind).toBe("LOCATION");
    expect(event.participants).toHaveLength(1);
  });

  it("re-importing the same text changes nothing and returns the first article", async () => {
    const input = articleInput();
    const first = await ingestArticle(input, { analysis: analysisFor(input.body) });
    const before = { articles: await db.article.count(), entities: await db.entity.count(), claims: await db.claim.count(), events: await db.event.count() };
    // Different line endings and trailing spaces are still the same text.
    const again = await ingestArticle({ ...input, body: `${input.body.replace(/ /, " ")}  \r\n` }, { analysis: analysisFor(input.body) });
    expect(again).toEqual({ status: "duplicate", articleId: first.articleId, counts: { entities: 0, mentions: 0, claims: 0, events: 0 } });
    const after = { articles: await db.article.count(), entities: await db.entity.count(), claims: await db.claim.count(), events: await db.event.count() };
    expect(after).toEqual(before);
  });

  it("two concurrent imports of one text create one article", async () => {
    const input = articleInput();
    const [a, b] = await Promise.all([
      ingestArticle(input, { analysis: analysisFor(input.body) }),
      ingestArticle(input, { analysis: analysisFor(input.body) }),
    ]);
    expect(a.articleId).toBe(b.articleId);
    expect([a.status, b.status].sort()).toEqual(["created", "duplicate"]);
  });

  it("a failure halfway through leaves nothing behind", async () => {
    const input = articleInput();
    const analysis = analysisFor(input.body);
    // The event cites a claim that does not exist: this is only noticed after
    // the article, entities, mentions and claims were written.
    analysis.events[0]!.evidenceClaimIds = ["c99"];
    const entitiesBefore = await db.entity.count();
    await expect(ingestArticle(input, { analysis })).rejects.toBeInstanceOf(AppError);
    expect(await db.article.count({ where: { title: input.title } })).toBe(0);
    expect(await db.entity.count()).toBe(entitiesBefore);
    expect(await db.claim.count({ where: { text: analysis.claims[0]!.text, article: { title: input.title } } })).toBe(0);
  });

  it("the same entity and event in two articles are one row each, with evidence from both", async () => {
    const first = articleInput();
    const a1 = analysisFor(first.body);
    const second = { ...articleInput(), body: `${first.body} The harbour was quiet.` };
    const r1 = await ingestArticle(first, { analysis: a1 });
    const r2 = await ingestArticle(second, { analysis: analysisFor(second.body) });
    const person = a1.entities[0]!.name;
    const rows = await db.entity.findMany({ where: { name: person }, include: { _count: { select: { mentions: true } } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!._count.mentions).toBe(2);
    expect(r1.articleId).not.toBe(r2.articleId);
    const event = await db.event.findFirstOrThrow({ where: { evidence: { some: { articleId: r1.articleId } } }, include: { evidence: true } });
    expect(new Set(event.evidence.map((e) => e.articleId))).toEqual(new Set([r1.articleId, r2.articleId]));
  });

  it("a report that names no place joins the same event reported with one, but another place stays apart", async () => {
    const trigger = `reopen${uid()}`;
    const withPlace = articleInput();
    const a1 = analysisFor(withPlace.body);
    a1.events[0]!.trigger = trigger;
    // The same minister (participants must overlap), another text.
    const noPlace = { ...articleInput(), body: `${withPlace.body} The harbour was quiet.` };
    const a2 = analysisFor(noPlace.body);
    a2.events[0]!.trigger = trigger;
    a2.events[0]!.locationEntityId = null;
    const elsewhere = articleInput();
    const a3 = analysisFor(elsewhere.body);
    a3.events[0]!.trigger = trigger;
    const r1 = await ingestArticle(withPlace, { analysis: a1 });
    const r2 = await ingestArticle(noPlace, { analysis: a2 });
    const r3 = await ingestArticle(elsewhere, { analysis: a3 });
    const eventOf = (articleId: string) => db.event.findFirstOrThrow({ where: { evidence: { some: { articleId } } }, select: { id: true, locationId: true } });
    const [e1, e2, e3] = await Promise.all([eventOf(r1.articleId), eventOf(r2.articleId), eventOf(r3.articleId)]);
    expect(e2.id).toBe(e1.id);
    expect(e1.locationId).not.toBeNull();
    // The third article's place is a different entity (its own "Port ..." name).
    expect(e3.id).not.toBe(e1.id);
  });

  it("rejects an empty body with a validation error naming the field", async () => {
    const err = await ingestArticle({ title: "x", body: "   " }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("VALIDATION");
    expect((err as AppError).issues?.[0]?.path).toBe("body");
  });

  it("runs the real extractor when no analysis is given", async () => {
    const input = articleInput();
    const out = await ingestArticle(input);
    expect(out.status).toBe("created");
    expect(out.counts.claims).toBeGreaterThan(0);
    expect(await db.claim.count({ where: { articleId: out.articleId } })).toBe(out.counts.claims);
  });
});
