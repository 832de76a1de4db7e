import { VERDICT_LABEL, type VerdictRating } from "@/lib/verdicts";

// Turns one batch of the audit log into a sentence a person can read:
// "Merged “Garcia” into “Ana García” (3 mentions, 1 claim source)".
// Pure: the caller supplies the rows and the names of the entities they name.

export type BatchRow = { targetType: string; targetId: string; before: unknown; after: unknown };
export type BatchSummaryInput = {
  action: string;
  /** The first rows of the batch in order (enough to describe it). */
  rows: BatchRow[];
  /** How many rows of each target type the whole batch has. */
  counts: Record<string, number>;
  /** Entity id -> name, for every entity the rows refer to. */
  names: Record<string, string>;
  /** For an undo: the description of the batch it undid. */
  undid?: string;
};
export type BatchLink = { label: string; href: string };
export type BatchSummary = { title: string; details: string[]; links: BatchLink[] };

const ACTION_LABELS: Record<string, string> = {
  "entity.update": "entity edit",
  "entity.alias.add": "alias added",
  "entity.alias.remove": "alias removed",
  "entity.merge": "merge",
  "entity.split": "split of a merge",
  "entity.split-off": "split-off",
  "mention.span": "span fix",
  "mention.repoint": "mention re-pointed",
  "attribution.repoint": "source change",
  "verdict.set": "verdict",
  "verdict.remove": "verdict removal",
  undo: "undo",
  "article.import": "article import",
};

/** "span fix" for "mention.span": what an action is called in messages. */
export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : null);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const q = (s: string | null | undefined) => `“${s ?? "?"}”`;

const NOUNS: Record<string, [string, string]> = {
  Mention: ["mention", "mentions"],
  Attribution: ["claim source", "claim sources"],
  AttributionHop: ["link in a source chain", "links in source chains"],
  EventParticipant: ["event participation", "event participations"],
  Event: ["event location", "event locations"],
  Article: ["article outlet", "article outlets"],
  EntityAlias: ["alias", "aliases"],
  Verdict: ["verdict", "verdicts"],
};

export function countPhrase(counts: Record<string, number>, types: string[]): string {
  const parts = types
    .filter((t) => (counts[t] ?? 0) > 0)
    .map((t) => {
      const n = counts[t]!;
      const [one, many] = NOUNS[t] ?? [t, t];
      return `${n} ${n === 1 ? one : many}`;
    });
  return parts.join(", ");
}

const KIND_WORDS: Record<string, string> = {
  NAMED_PERSON: "named person",
  ANONYMOUS: "anonymous",
  ORGANIZATION: "organisation",
  OUTLET: "news outlet",
  DOCUMENT: "document",
  AI_SYSTEM: "AI system",
  UNATTRIBUTED: "no source",
  PERSON: "person",
  LOCATION: "location",
  EVENT: "event",
  OTHER: "other",
};
const ratingWord = (r: string | null) => (r && r in VERDICT_LABEL ? VERDICT_LABEL[r as VerdictRating] : (r ?? "?"));
const kindWord = (k: unknown) => KIND_WORDS[str(k) ?? ""] ?? String(k).toLowerCase();

function entityLink(id: string | null, names: Record<string, string>, fallback?: string | null): BatchLink[] {
  return id ? [{ label: names[id] ?? fallback ?? id, href: `/entities/${id}` }] : [];
}

export function describeBatch(input: BatchSummaryInput): BatchSummary {
  const { action, rows, counts, names } = input;
  const first = rows[0];
  const before = obj(first?.before);
  const after = obj(first?.after);
  const nameOf = (id: unknown) => names[str(id) ?? ""] ?? null;
  const moved = "Mention AttributionHop EventParticipant Event Article Attribution".split(" ");

  switch (action) {
    case "entity.update": {
      const details: string[] = [];
      if (before?.kind !== after?.kind) details.push(`kind: ${kindWord(before?.kind)} → ${kindWord(after?.kind)}`);
      if (before?.description !== after?.description) details.push(after?.description ? `description: ${q(str(after.description))}` : "description removed");
      const renamed = before?.name !== after?.name;
      return {
        title: renamed ? `Renamed ${q(str(before?.name))} to ${q(str(after?.name))}` : `Edited ${q(str(after?.name))}`,
        details,
        links: entityLink(first?.targetId ?? null, names, str(after?.name)),
      };
    }
    case "entity.alias.add":
      return { title: `Added the alias ${q(str(after?.alias))} to ${q(nameOf(after?.entityId))}`, details: [], links: entityLink(str(after?.entityId), names) };
    case "entity.alias.remove":
      return { title: `Removed the alias ${q(str(before?.alias))} from ${q(nameOf(before?.entityId))}`, details: [], links: entityLink(str(before?.entityId), names) };
    case "entity.merge": {
      const sources = rows.filter((r) => r.targetType === "Entity").map((r) => obj(r.before));
      const into = str(obj(rows.find((r) => r.targetType === "Entity")?.after)?.mergedIntoId);
      const more = (counts.Entity ?? 0) - sources.length;
      const list = sources.map((s) => q(str(s?.name))).join(", ") + (more > 0 ? ` and ${more} more` : "");
      const what = countPhrase(counts, moved);
      return {
        title: `Merged ${list} into ${q(nameOf(into))}`,
        details: what ? [`re-pointed ${what}`] : [],
        links: [...entityLink(into, names), ...rows.filter((r) => r.targetType === "Entity").flatMap((r) => entityLink(r.targetId, names, str(obj(r.before)?.name)))],
      };
    }
    case "entity.split": {
      const from = str(before?.mergedIntoId);
      const what = countPhrase(counts, moved);
      return {
        title: `Split ${q(str(before?.name))} back out of ${q(nameOf(from))}`,
        details: what ? [`moved back ${what}`] : [],
        links: [...entityLink(first?.targetId ?? null, names, str(before?.name)), ...entityLink(from, names)],
      };
    }
    case "entity.split-off": {
      const source = rows.map((r) => obj(r.before)).find((b) => b && (str(b.entityId) || str(b.sourceEntityId)));
      const fromId = str(source?.entityId) ?? str(source?.sourceEntityId);
      const what = countPhrase(counts, ["Mention", "Attribution"]);
      return {
        title: `Split ${q(str(after?.name))} off ${q(nameOf(fromId))}`,
        details: what ? [`moved ${what}`] : [],
        links: [...entityLink(first?.targetId ?? null, names, str(after?.name)), ...entityLink(fromId, names)],
      };
    }
    case "mention.span":
      return {
        title: `Fixed the span of a mention: ${q(str(before?.text))} → ${q(str(after?.text))}`,
        details: [`characters ${before?.start}–${before?.end} → ${after?.start}–${after?.end}`],
        links: [...entityLink(str(after?.entityId), names), ...(after?.articleId ? [{ label: "article", href: `/articles/${str(after.articleId)}` }] : [])],
      };
    case "mention.repoint":
      return {
        title: `Pointed the mention ${q(str(before?.text))} at ${q(nameOf(after?.entityId))} instead of ${q(nameOf(before?.entityId))}`,
        details: [],
        links: [...entityLink(str(after?.entityId), names), ...entityLink(str(before?.entityId), names)],
      };
    case "attribution.repoint": {
      const src = (s: Obj | null) => (s?.sourceText ? `${q(str(s.sourceText))} (${kindWord(s.kind)})` : "no source");
      return {
        title: `Changed a claim's source: ${src(before)} → ${src(after)}`,
        details: [],
        links: [...entityLink(str(after?.sourceEntityId), names), ...entityLink(str(before?.sourceEntityId), names)],
      };
    }
    case "verdict.set": {
      const was = str(before?.rating);
      const now = str(after?.rating);
      const link = first ? [{ label: "claim", href: `/claims/${first.targetId}` }] : [];
      const why = str(after?.explanation);
      return {
        title: was ? (was === now ? `Revised the verdict on a claim (${ratingWord(now)})` : `Changed a claim's verdict: ${ratingWord(was)} → ${ratingWord(now)}`) : `Rated a claim ${q(ratingWord(now))}`,
        details: why ? [why.length > 160 ? `${why.slice(0, 160)}…` : why] : [],
        links: link,
      };
    }
    case "verdict.remove":
      return {
        title: `Removed the verdict ${q(ratingWord(str(before?.rating)))} from a claim`,
        details: [],
        links: first ? [{ label: "claim", href: `/claims/${first.targetId}` }] : [],
      };
    case "undo":
      return { title: `Undid: ${input.undid ?? "an earlier edit"}`, details: [], links: [] };
    case "article.import":
      return {
        title: `Imported the article ${q(str(after?.title))}`,
        details: [],
        links: first ? [{ label: "article", href: `/articles/${first.targetId}` }] : [],
      };
    default:
      return { title: action, details: [countPhrase(counts, Object.keys(counts))].filter(Boolean), links: [] };
  }
}
