import { afterAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { analyzeText } from "@/extraction/analyze-text";
import { getDb } from "@/server/db";
import { ingestArticle } from "@/server/ingest/ingest-article";
import { updateEntity } from "@/server/entities/update-entity";
import { uid } from "./factories";
import { createIsolatedSchema, withIsolatedSchema } from "./isolated-schema";
import { NEWS_ARTICLES, type NewsArticle } from "./news-articles";

const db = getDb();
afterAll(async () => {
  await db.$disconnect();
});

/** Every live entity as content: kind, name, aliases, and the spans of its mentions (article title + offsets). */
async function worldOf(client: PrismaClient) {
  const entities = await client.entity.findMany({
    where: { mergedIntoId: null },
    select: {
      kind: true,
      name: true,
      aliases: { select: { normalized: true } },
      mentions: { select: { start: true, end: true, article: { select: { contentHash: true } } } },
    },
  });
  return entities
    .map((e) => ({
      kind: e.kind,
      name: e.name,
      aliases: e.aliases.map((a) => a.normalized).sort(),
      mentions: e.mentions.map((m) => `${m.article.contentHash.slice(0, 12)}:${m.start}-${m.end}`).sort(),
    }))
    .filter((e) => e.mentions.length > 0)
    .sort((a, b) => (a.mentions[0]! < b.mentions[0]! ? -1 : 1));
}

async function importAll(client: PrismaClient, articles: NewsArticle[]) {
  for (const a of articles) {
    const out = await ingestArticle(a, { db: client, actor: "test" });
    expect(out.status).toBe("created");
  }
}

/** A fixed shuffle, so a failure can be replayed. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("linking entities across articles", () => {
  it("gives the same entities and mention links whatever the import order", async () => {
    const t = uid().replace(/[^a-z0-9]/g, "");
    const a = await createIsolatedSchema(`order_a_${t}`);
    const b = await createIsolatedSchema(`order_b_${t}`);
    try {
      await importAll(a.db, NEWS_ARTICLES);
      await importAll(b.db, shuffled(NEWS_ARTICLES, 7).reverse());
      const [wa, wb] = [await worldOf(a.db), await worldOf(b.db)];
      expect(wa.length).toBeGreaterThan(10);
      expect(wb).toEqual(wa);
      // The fuller form one article ties to the usual one joins them: one senator, named in full.
      const senator = wa.filter((e) => e.kind === "PERSON" && /Elena/.test(e.name));
      expect(senator.map((e) => e.name)).toEqual(["Elena Varga"]);
      expect(senator[0]!.aliases).toContain("elena maria varga");
      // The legal suffix makes no second carmaker.
      expect(wa.filter((e) => /^Halvern Motor/.test(e.name))).toHaveLength(1);
    } finally {
      await a.drop();
      await b.drop();
    }
  });

  it("keeps family members who share a surname apart, across articles too", async () => {
    await withIsolatedSchema("family", async (world) => {
      await importAll(world, NEWS_ARTICLES);
      const people = await world.entity.findMany({ where: { mergedIntoId: null, kind: "PERSON", name: { contains: "Varga" } }, include: { aliases: true } });
      expect(people.map((p) => p.name).sort()).toEqual(["Elena Varga", "Lucia Varga", "Thomas Varga"]);
      for (const p of people) {
        const others = people.filter((o) => o.id !== p.id).map((o) => o.name.toLowerCase());
        expect(p.aliases.map((x) => x.alias.toLowerCase()).filter((x) => others.includes(x))).toEqual([]);
      }
    });
  });

  it("never makes a wire agency's acronym an alias of a place", async () => {
    await withIsolatedSchema("dateline", async (world) => {
      await importAll(world, NEWS_ARTICLES);
      const places = await world.entity.findMany({ where: { kind: "LOCATION" }, include: { aliases: true } });
      const aliases = places.flatMap((p) => p.aliases.map((a) => a.alias));
      expect(aliases).not.toContain("AP");
      expect(aliases).not.toContain("AFP");
      const ap = await world.entity.findFirstOrThrow({ where: { mergedIntoId: null, name: "Associated Press" } });
      expect(ap.kind).toBe("OUTLET");
    });
  });

  it("links articles imported at the same moment without failing any", async () => {
    // Letters only, so the invented names read as names.
    const t = uid().replace(/[0-9]/g, (d) => "ghijklmnop"[Number(d)]!);
    const T = t[0]!.toUpperCase() + t.slice(1);
    const texts = Array.from({ length: 8 }, (_, i) => ({
      title: `Race ${t} ${i}`,
      outlet: "Reuters",
      publishedAt: "2026-03-04",
      body: `The ${T} Chemical Company said on Monday that Senator Odile ${T} visited its plant in Toledo, Ohio, on visit number ${i}. Senator ${T} praised the workers of the ${T} Chemical Company.`,
    }));
    const outs = await Promise.all(texts.map((x) => ingestArticle(x, { actor: "test" })));
    expect(outs.every((o) => o.status === "created")).toBe(true);
    const people = await db.entity.findMany({ where: { mergedIntoId: null, name: `Odile ${T}` } });
    expect(people).toHaveLength(1);
    expect(await db.mention.count({ where: { entityId: people[0]!.id } })).toBe(16);
    const companies = await db.entity.findMany({ where: { mergedIntoId: null, name: `${T} Chemical Company` } });
    expect(companies).toHaveLength(1);
    expect(companies[0]!.kind).toBe("ORGANIZATION");
  });

  it("improves the name as fuller forms arrive, unless an analyst set it", async () => {
    const t = uid();
    const first = await ingestArticle({ title: `N1 ${t}`, body: `The board of Quillon${t} Motor Co. met on Monday in Detroit to discuss the new plant and its workers.` }, { actor: "test" });
    const id = (await db.mention.findFirstOrThrow({ where: { articleId: first.articleId, text: { startsWith: `Quillon${t}` } } })).entityId;
    expect((await db.entity.findUniqueOrThrow({ where: { id } })).name).toBe(`Quillon${t} Motor Co.`);
    await ingestArticle({ title: `N2 ${t}`, body: `Shares of Quillon${t} Motor Company rose on Tuesday in New York after the carmaker reported strong sales in the spring.` }, { actor: "test" });
    await ingestArticle({ title: `N3 ${t}`, body: `The carmaker Quillon${t} Motor Company said on Wednesday that it would hire two hundred workers at its plant.` }, { actor: "test" });
    const entity = await db.entity.findUniqueOrThrow({ where: { id } });
    expect(entity.name).toBe(`Quillon${t} Motor Company`);
    await updateEntity({ id, version: entity.version, name: `Quillon ${t} Motors` }, { actor: "analyst" });
    await ingestArticle({ title: `N4 ${t}`, body: `Quillon${t} Motor Company workers voted on Thursday to accept the new contract offered by the carmaker.` }, { actor: "test" });
    expect((await db.entity.findUniqueOrThrow({ where: { id } })).name).toBe(`Quillon ${t} Motors`);
  });

  it("links a bare surname only through the full name its own article gave it", () => {
    const a = analyzeText("On Monday, Senator Odile Brandt said the bill would pass. Brandt said the vote would come soon, and Brandt left.");
    const b = analyzeText("On Tuesday, Brandt said that the vote had been delayed by a week because of the storm in the state.");
    expect(a.entities.find((e) => e.name === "Odile Brandt")?.linkNames).toEqual(["Odile Brandt"]);
    expect(b.entities.find((e) => e.name === "Brandt")?.linkNames).toEqual([]);
  });
});
