const LABELS: Record<string, string> = {
  PERSON: "person",
  ORGANIZATION: "organisation",
  LOCATION: "location",
  EVENT: "event",
  OUTLET: "outlet",
  AI_SYSTEM: "AI system",
  OTHER: "other",
};

/** "organisation" for ORGANIZATION: the word the UI shows for an entity kind. */
export function entityKindLabel(kind: string): string {
  return LABELS[kind] ?? kind.toLowerCase();
}
