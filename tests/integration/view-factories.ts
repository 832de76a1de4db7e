import type { AnalysisResult, AttributionKind, DatePrecision, EntityKind, QuoteKind } from "@/lib/contracts/analysis";
import { ingestArticle } from "@/server/ingest/ingest-article";
import { uid } from "./factories";

// Hand-built AnalysisResults for the read views: claims with any attribution
// kind and chain, and events with any date precision, place and people.
// Entities are named by the test (make names unique with uid()).

export type EntitySpec = { name: string; kind: EntityKind };

export type ClaimSpec = {
  text: string;
  kind: AttributionKind;
  /** Name of a declared entity, or free text with no entity. */
  source?: string;
  /** The chain, nearest hop first; names of declared entities or free text. */
  via?: string[];
  quote?: QuoteKind;
  cue?: string;
};

export type EventSpec = {
  title: string;
  /** Contract date, as precise as `precision` ("2026-03", "2026-03-02", "2026-03-01T04:30"); null when undated. */
  date: string | null;
  precision: DatePrecision | null;
  /** Events with the same trigger, date, compatible place and a shared participant in several articles fold into one (see compare-reports.ts). */
  trigger: string;
  location?: string;
  participants?: string[];
  /** Indices into `claims`. */
  evidence: number[];
};

export type StorySpec = {
  outlet?: string;
  title?: string;
  publishedAt?: string;
  entities?: EntitySpec[];
  claims: ClaimSpec[];
  events?: EventSpec[];
};

/** Imports one article whose analysis is exactly `spec`; returns its id and the claim texts' order. */
export async function ingestStory(spec: StorySpec): Promise<{ articleId: string; title: string }> {
  const id = uid();
  const entities = spec.entities ?? [];
  const local = new Map(entities.map((e, i) => [e.name, `e${i + 1}`]));
  // The body is the claims one after another, so every span is exact.
  let body = `Story ${id}. `;
  const claims: AnalysisResult["claims"] = spec.claims.map((c, i) => {
    const start = body.length;
    body += `${c.text} `;
    return {
      id: `c${i + 1}`,
      text: c.text,
      start,
      end: start + c.text.length,
      attribution: {
        kind: c.kind,
        sourceText: c.kind === "UNATTRIBUTED" ? null : (c.source ?? "someone"),
        sourceEntityId: c.source ? (local.get(c.source) ?? null) : null,
        cue: c.cue ?? (c.kind === "UNATTRIBUTED" ? null : "said"),
        quote: c.quote ?? "NONE",
        via: (c.via ?? []).map((v) => ({ sourceText: v, sourceEntityId: local.get(v) ?? null })),
      },
    };
  });
  const analysis: AnalysisResult = {
    extractorVersion: "test-views",
    warnings: [],
    entities: entities.map((e, i) => ({ id: `e${i + 1}`, kind: e.kind, name: e.name, aliases: [] })),
    mentions: [],
    claims,
    events: (spec.events ?? []).map((ev, i) => ({
      id: `v${i + 1}`,
      title: ev.title,
      trigger: ev.trigger,
      date: ev.date,
      precision: ev.precision,
      locationEntityId: ev.location ? local.get(ev.location)! : null,
      participantEntityIds: (ev.participants ?? []).map((p) => local.get(p)!),
      evidenceClaimIds: ev.evidence.map((n) => `c${n + 1}`),
    })),
  };
  const title = spec.title ?? `View test ${id}`;
  const out = await ingestArticle(
    { title, body, outlet: spec.outlet, publishedAt: spec.publishedAt ?? "2026-03-10" },
    { analysis, actor: "test" },
  );
  return { articleId: out.articleId, title };
}
