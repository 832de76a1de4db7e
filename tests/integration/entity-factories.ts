import type { AnalysisResult } from "@/lib/contracts/analysis";
import { getDb } from "@/server/db";
import { ingestArticle } from "@/server/ingest/ingest-article";
import { uid } from "./factories";

// Data for the editing tests, built through the real ingest with hand-made
// AnalysisResults. Every name carries a fresh id, so tests on the shared
// database only ever see their own entities.

const at = (body: string, text: string, from = 0) => {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" is not in the body`);
  return { start, end: start + text.length, text };
};

/**
 * Two outlets that are really one ("Wire A" and "Wire B"), where B is pointed
 * at by every kind of row a merge must move: mentions, a claim's source, a hop
 * in another claim's chain, event participations (one shared with A), an
 * event's location and an article's outlet.
 */
export async function mergeScenario() {
  const id = uid();
  const a = `Wire A ${id}`;
  const b = `Wire B ${id}`;
  const body =
    `${b} reported on Friday that the harbor closed. ${a} said 40 ships waited outside, citing ${b}. ` +
    `Later ${b} added that the closure would last a week, and ${a} confirmed the blockade.`;
  const c1 = at(body, "the harbor closed");
  const c2 = at(body, "40 ships waited outside");
  const c3 = at(body, "the closure would last a week");
  const analysis: AnalysisResult = {
    extractorVersion: "test",
    warnings: [],
    entities: [
      { id: "a", kind: "OUTLET", name: a, aliases: [`A-wire ${id}`] },
      { id: "b", kind: "OUTLET", name: b, aliases: [`B-wire ${id}`] },
    ],
    mentions: [
      { entityId: "b", ...at(body, b) },
      { entityId: "a", ...at(body, a) },
      { entityId: "b", ...at(body, b, body.indexOf(a)) },
      { entityId: "b", ...at(body, b, body.indexOf("Later")) },
      { entityId: "a", ...at(body, a, body.indexOf("week")) },
    ],
    claims: [
      { id: "c1", ...c1, attribution: { kind: "OUTLET", sourceText: b, sourceEntityId: "b", cue: "reported", quote: "INDIRECT", via: [] } },
      { id: "c2", ...c2, attribution: { kind: "OUTLET", sourceText: a, sourceEntityId: "a", cue: "said", quote: "INDIRECT", via: [{ sourceText: b, sourceEntityId: "b" }] } },
      { id: "c3", ...c3, attribution: { kind: "OUTLET", sourceText: b, sourceEntityId: "b", cue: "added", quote: "INDIRECT", via: [] } },
    ],
    events: [
      // Both outlets take part, and B is also where it happened (a stand-in for a place).
      { id: "v1", title: `Harbor closes ${id}`, trigger: `close${id}`, date: "2026-03-06", precision: "DAY", locationEntityId: "b", participantEntityIds: ["a", "b"], evidenceClaimIds: ["c1"] },
      { id: "v2", title: `Closure extended ${id}`, trigger: `extend${id}`, date: "2026-03-07", precision: "DAY", locationEntityId: null, participantEntityIds: ["b"], evidenceClaimIds: ["c3"] },
    ],
  };
  const out = await ingestArticle({ title: `Merge test ${id}`, body, outlet: b, publishedAt: "2026-03-07" }, { analysis });
  const db = getDb();
  const [entityA, entityB] = await Promise.all([
    db.entity.findFirstOrThrow({ where: { name: a, kind: "OUTLET" } }),
    db.entity.findFirstOrThrow({ where: { name: b, kind: "OUTLET" } }),
  ]);
  return { id, articleId: out.articleId, a: entityA, b: entityB, body };
}

/**
 * One article where the extractor took two different Garcias for one person:
 * the minister is quoted once, the mayor twice.
 */
export async function twoGarciasScenario() {
  const id = uid();
  const name = `Garcia ${id}`;
  const body =
    `Minister Elena ${name} said the budget was final. ` +
    `Mayor Luis ${name} said the city would appeal. ${name}, the mayor, called the budget unfair.`;
  const mentions = [at(body, name), at(body, name, body.indexOf("Mayor")), at(body, name, body.indexOf("appeal"))];
  const analysis: AnalysisResult = {
    extractorVersion: "test",
    warnings: [],
    entities: [{ id: "g", kind: "PERSON", name, aliases: [] }],
    mentions: mentions.map((m) => ({ entityId: "g", ...m })),
    claims: [
      { id: "c1", ...at(body, "the budget was final"), attribution: { kind: "NAMED_PERSON", sourceText: `Elena ${name}`, sourceEntityId: "g", cue: "said", quote: "INDIRECT", via: [] } },
      { id: "c2", ...at(body, "the city would appeal"), attribution: { kind: "NAMED_PERSON", sourceText: `Luis ${name}`, sourceEntityId: "g", cue: "said", quote: "INDIRECT", via: [] } },
    ],
    events: [],
  };
  const out = await ingestArticle({ title: `Garcia test ${id}`, body, publishedAt: "2026-04-01" }, { analysis });
  const db = getDb();
  const garcia = await db.entity.findFirstOrThrow({ where: { name, kind: "PERSON" } });
  const rows = await db.mention.findMany({ where: { articleId: out.articleId }, orderBy: { start: "asc" } });
  const claims = await db.claim.findMany({ where: { articleId: out.articleId }, orderBy: { start: "asc" }, include: { attribution: true } });
  return { id, name, body, articleId: out.articleId, garcia, mentions: rows, claims };
}

/** Everything a merge of these entities may touch, in a form two states can be compared in. */
export async function stateOf(articleId: string, entityIds: string[]) {
  const db = getDb();
  const [mentions, attributions, hops, events, article, entities, aliases] = await Promise.all([
    db.mention.findMany({ where: { articleId }, orderBy: { id: "asc" }, select: { id: true, entityId: true, start: true, end: true, text: true, origin: true } }),
    db.attribution.findMany({
      where: { claim: { articleId } },
      orderBy: { id: "asc" },
      select: { id: true, kind: true, sourceText: true, sourceEntityId: true, sourceStart: true, sourceEnd: true },
    }),
    db.attributionHop.findMany({ where: { attribution: { claim: { articleId } } }, orderBy: { id: "asc" }, select: { id: true, position: true, sourceText: true, sourceEntityId: true } }),
    db.event.findMany({
      where: { evidence: { some: { articleId } } },
      orderBy: { id: "asc" },
      select: { id: true, locationId: true, participants: { orderBy: [{ entityId: "asc" }, { role: "asc" }], select: { entityId: true, role: true } } },
    }),
    db.article.findUniqueOrThrow({ where: { id: articleId }, select: { id: true, outletId: true } }),
    db.entity.findMany({ where: { id: { in: entityIds } }, orderBy: { id: "asc" }, select: { id: true, kind: true, name: true, normName: true, description: true, mergedIntoId: true } }),
    db.entityAlias.findMany({ where: { entityId: { in: entityIds } }, orderBy: { id: "asc" }, select: { id: true, entityId: true, alias: true, normalized: true } }),
  ]);
  return { mentions, attributions, hops, events, article, entities, aliases };
}
