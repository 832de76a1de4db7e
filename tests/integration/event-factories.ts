import type { AnalysisResult, DateBasis, DatePrecision, EventModality, ParticipantRole } from "@/lib/contracts/analysis";
import { getDb } from "@/server/db";
import { ingestArticle } from "@/server/ingest/ingest-article";
import { resolveEntities } from "@/server/ingest/store-entities";
import { storeEvents } from "@/server/ingest/store-events";
import { uid } from "./factories";

// Articles that each report events exactly as the test says (kind, date,
// place, people with roles, modality), through the real ingest with a
// hand-made AnalysisResult. Entities are found by name across articles, as
// in production, so the same name in two reports is the same entity: give
// names a per-test tag.

export type ReportSpec = {
  title?: string;
  kind: string;
  date: string | null;
  precision?: DatePrecision | null;
  endDate?: string | null;
  dateBasis?: DateBasis | null;
  modality?: EventModality;
  place?: string;
  /** "Name" (role OTHER) or ["Name", role]. */
  people?: (string | [string, ParticipantRole])[];
};

export type ArticleSpec = { outlet?: string; publishedAt?: string; reports: ReportSpec[]; title?: string };

/** The AnalysisResult of an article whose body is one sentence per report. */
export function reportAnalysis(spec: ArticleSpec): { body: string; analysis: AnalysisResult } {
  const names = new Map<string, { id: string; kind: "PERSON" | "LOCATION" }>();
  const entity = (name: string, kind: "PERSON" | "LOCATION") => {
    if (!names.has(name)) names.set(name, { id: `e${names.size + 1}`, kind });
    return names.get(name)!.id;
  };
  let body = `Report ${uid()}. `;
  const claims: AnalysisResult["claims"] = [];
  const events: AnalysisResult["events"] = spec.reports.map((r, i) => {
    const people = (r.people ?? []).map((p) => (typeof p === "string" ? { name: p, role: "OTHER" as const } : { name: p[0], role: p[1] }));
    const sentence = `${r.title ?? `${r.kind} report ${i + 1}`} with ${people.map((p) => p.name).join(" and ") || "nobody named"}${r.place ? ` in ${r.place}` : ""}.`;
    const start = body.length;
    body += `${sentence} `;
    claims.push({
      id: `c${i + 1}`,
      text: sentence,
      start,
      end: start + sentence.length,
      attribution: { kind: "UNATTRIBUTED", sourceText: null, sourceEntityId: null, cue: null, quote: "NONE", via: [] },
    });
    const participants = people.map((p) => ({ entityId: entity(p.name, "PERSON"), role: p.role }));
    return {
      id: `v${i + 1}`,
      title: r.title ?? `${r.kind} ${i + 1}`,
      family: r.kind,
      trigger: r.kind,
      date: r.date,
      precision: r.date ? (r.precision ?? "DAY") : null,
      endDate: r.endDate ?? null,
      dateBasis: r.date ? (r.dateBasis ?? "TEXT") : null,
      modality: r.modality ?? "ACTUAL",
      start,
      end: start + sentence.length,
      locationEntityId: r.place ? entity(r.place, "LOCATION") : null,
      participantEntityIds: participants.map((p) => p.entityId),
      participants,
      evidenceClaimIds: [`c${i + 1}`],
    };
  });
  return {
    body,
    analysis: {
      extractorVersion: "test-events",
      warnings: [],
      entities: [...names].map(([name, e]) => ({ id: e.id, kind: e.kind, name, aliases: [] })),
      mentions: [],
      claims,
      events,
    },
  };
}

/** Imports one article reporting `spec.reports`; returns its id. */
export async function reportArticle(spec: ArticleSpec): Promise<string> {
  const { body, analysis } = reportAnalysis(spec);
  const out = await ingestArticle(
    { title: spec.title ?? `Events test ${uid()}`, body, outlet: spec.outlet, publishedAt: spec.publishedAt ?? "2026-03-10" },
    { analysis, actor: "test" },
  );
  return out.articleId;
}

/**
 * Re-extraction of a stored article, as `npm run reextract` does it for
 * events: the article keeps its claims (matched by local id), and
 * storeEvents replaces its share of the events with `spec`'s reports.
 */
export async function reextractArticle(articleId: string, spec: ArticleSpec): Promise<void> {
  const db = getDb();
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { body: true } });
  const { analysis } = reportAnalysis(spec);
  const claims = await db.claim.findMany({ where: { articleId }, select: { id: true, localId: true, start: true, end: true, text: true } });
  // The stored body's sentences keep their offsets: point the new reports at the old claims.
  const byLocal = new Map(claims.map((c) => [c.localId, c]));
  analysis.claims = analysis.claims.map((c) => {
    const old = byLocal.get(c.id);
    return old ? { ...c, start: old.start, end: old.end, text: old.text } : c;
  });
  // Reports beyond the old claims have no passage of their own (an empty span).
  analysis.events = analysis.events.map((e, i) => {
    const old = byLocal.get(`c${i + 1}`);
    return old ? { ...e, start: old.start, end: old.end } : { ...e, start: 0, end: 0, evidenceClaimIds: [] };
  });
  analysis.claims = analysis.claims.filter((c) => byLocal.has(c.id));
  if (article.body.length === 0) throw new Error("empty article");
  await db.$transaction(async (tx) => {
    const entityIds = await resolveEntities(tx, analysis.entities);
    const ref = (id: string | null | undefined) => (id ? (entityIds.get(id) ?? null) : null);
    const claimIds = new Map(claims.map((c) => [c.localId, c.id]));
    await storeEvents(tx, articleId, analysis, ref, claimIds);
  });
}

/** The live event an article's evidence sits in (the first, by passage). */
export async function eventsOf(articleId: string) {
  const db = getDb();
  const rows = await db.eventEvidence.findMany({ where: { articleId }, orderBy: { start: "asc" }, select: { eventId: true } });
  const ids = [...new Set(rows.map((r) => r.eventId))];
  return db.event.findMany({
    where: { id: { in: ids } },
    include: { participants: true, evidence: { orderBy: [{ createdAt: "asc" }, { start: "asc" }] } },
  }).then((events) => ids.map((id) => events.find((e) => e.id === id)!));
}
