import { z } from "zod";

// The extraction contract (docs/architecture.md, "The extraction contract"). Tools outside
// the app read this JSON, so field names and enum values are stable: add
// optional fields, never rename or drop one.

export const EntityKind = z.enum([
  "PERSON",
  "ORGANIZATION",
  "LOCATION",
  "EVENT",
  "OUTLET",
  "AI_SYSTEM",
  "OTHER",
]);
export type EntityKind = z.infer<typeof EntityKind>;

export const AttributionKind = z.enum([
  "NAMED_PERSON",
  "ANONYMOUS",
  "ORGANIZATION",
  "OUTLET",
  "DOCUMENT",
  "AI_SYSTEM",
  "UNATTRIBUTED",
]);
export type AttributionKind = z.infer<typeof AttributionKind>;

export const QuoteKind = z.enum(["DIRECT", "INDIRECT", "NONE"]);
export type QuoteKind = z.infer<typeof QuoteKind>;

export const DatePrecision = z.enum(["YEAR", "MONTH", "DAY", "MINUTE"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** Half-open character range [start, end) in UTF-16 code units of the input text. */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: "end must not be before start" });

export const AnalyzedEntity = z.object({
  id: z.string().min(1),
  kind: EntityKind,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /**
   * The full forms of the name that may tie this entity to the same one in
   * other articles: the name, fuller spellings, an acronym the article itself
   * defines. Never a bare surname or a short form; empty for a person the
   * article names only by surname. Absent in results of older extractors,
   * where the name alone counts.
   */
  linkNames: z.array(z.string()).optional(),
});
export type AnalyzedEntity = z.infer<typeof AnalyzedEntity>;

export const AnalyzedMention = z.object({
  entityId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type AnalyzedMention = z.infer<typeof AnalyzedMention>;

export const AttributionHop = z.object({
  sourceText: z.string(),
  sourceEntityId: z.string().nullable().optional(),
});
export type AttributionHop = z.infer<typeof AttributionHop>;

export const AnalyzedAttribution = z.object({
  kind: AttributionKind,
  /** null exactly when kind is UNATTRIBUTED. */
  sourceText: z.string().nullable(),
  sourceEntityId: z.string().nullable().optional(),
  sourceStart: z.number().int().nonnegative().nullable().optional(),
  sourceEnd: z.number().int().nonnegative().nullable().optional(),
  cue: z.string().nullable(),
  cueStart: z.number().int().nonnegative().nullable().optional(),
  cueEnd: z.number().int().nonnegative().nullable().optional(),
  quote: QuoteKind,
  /** The chain, nearest hop first: article <- via[0] <- ... <- source. */
  via: z.array(AttributionHop),
});
export type AnalyzedAttribution = z.infer<typeof AnalyzedAttribution>;

export const AnalyzedClaim = z.object({
  id: z.string().min(1),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  attribution: AnalyzedAttribution,
});
export type AnalyzedClaim = z.infer<typeof AnalyzedClaim>;

/**
 * Whether the text says the event happened. Anything but ACTUAL is kept apart
 * from what happened: "denied that X", "would X", "plans to X", "will X".
 */
export const EventModality = z.enum(["ACTUAL", "NEGATED", "HYPOTHETICAL", "FUTURE"]);
export type EventModality = z.infer<typeof EventModality>;

/**
 * Where an event's date comes from: a temporal expression in the text, or the
 * article's publication date standing in for it, which views show as
 * "reported on …", never as the date of the event itself.
 */
export const DateBasis = z.enum(["TEXT", "PUBLICATION"]);
export type DateBasis = z.infer<typeof DateBasis>;

/** What a participant is in the event's arguments: who did it, to whom or what, or another argument. */
export const ParticipantRole = z.enum(["AGENT", "PATIENT", "OTHER"]);
export type ParticipantRole = z.infer<typeof ParticipantRole>;

export const AnalyzedEvent = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** As precise as `precision`: "2024" YEAR, "2024-12" MONTH, "2026-02-22" DAY, ISO datetime MINUTE. null when undated. */
  date: z.string().nullable(),
  precision: DatePrecision.nullable(),
  endDate: z.string().nullable().optional(),
  /** The trigger word ("raid", "killed") and its span, for merging and display. */
  trigger: z.string().optional(),
  /** The kind of happening the trigger reports ("attack" for "stormed"); reports of one event from several articles share it. */
  family: z.string().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** Absent means ACTUAL (extractors before 0.3 did not say). */
  modality: EventModality.optional(),
  /** Absent with a date means TEXT; null when the event is undated. */
  dateBasis: DateBasis.nullable().optional(),
  locationEntityId: z.string().nullable(),
  participantEntityIds: z.array(z.string()),
  /** The same participants with their roles, when the extractor knows them. */
  participants: z.array(z.object({ entityId: z.string(), role: ParticipantRole })).optional(),
  evidenceClaimIds: z.array(z.string()),
});
export type AnalyzedEvent = z.infer<typeof AnalyzedEvent>;

export const AnalysisMeta = z.object({
  title: z.string().optional(),
  outlet: z.string().optional(),
  /** YYYY-MM-DD */
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "publishedAt must be YYYY-MM-DD")
    .optional(),
});
export type AnalysisMeta = z.infer<typeof AnalysisMeta>;

export const AnalysisResult = z.object({
  extractorVersion: z.string(),
  entities: z.array(AnalyzedEntity),
  mentions: z.array(AnalyzedMention),
  claims: z.array(AnalyzedClaim),
  events: z.array(AnalyzedEvent),
  /** Non-fatal notes, e.g. "text looks non-English". */
  warnings: z.array(z.string()).default([]),
});
export type AnalysisResult = z.infer<typeof AnalysisResult>;
