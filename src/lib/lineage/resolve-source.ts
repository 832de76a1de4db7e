import type { AttributionKind, EntityKind } from "@/lib/contracts/analysis";
import type { LineageSource } from "@/lib/lineage/claim-source";

// A claim's source for lineage. Extraction leaves "he said" unresolved; the
// person meant is, in news style, nearly always the last person named before
// it, so a pronoun source takes that person. Anything else is kept as written.

export type SourceInput = {
  kind: AttributionKind;
  sourceText: string | null;
  sourceEntityId: string | null;
  /** Where the source's words start, else where the claim starts (UTF-16). */
  at: number;
};
export type MentionRef = { entityId: string; start: number };
export type EntityRef = { name: string; kind: EntityKind };

const PERSON_PRONOUN = /^(he|she|him|her)$/i;

/** The last PERSON mention that starts before `at` (mentions sorted by start). */
function lastPersonBefore(at: number, mentions: MentionRef[], entities: Map<string, EntityRef>): string | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const id = mentions[i]!.entityId;
    if (entities.get(id)?.kind === "PERSON") return id;
  }
  return null;
}

export function resolveSource(src: SourceInput, mentions: MentionRef[], entities: Map<string, EntityRef>): LineageSource | null {
  if (src.kind === "UNATTRIBUTED") return null;
  let entityId = src.sourceEntityId;
  if (!entityId && src.sourceText && PERSON_PRONOUN.test(src.sourceText.trim())) entityId = lastPersonBefore(src.at, mentions, entities);
  const entity = entityId ? entities.get(entityId) : undefined;
  const names = [entity?.name, src.sourceText].filter((n): n is string => !!n && !(entity && PERSON_PRONOUN.test(n.trim())));
  return { kind: src.kind, entityId: entity ? entityId : null, names };
}
