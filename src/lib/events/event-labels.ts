import type { EventModality, ParticipantRole } from "@/lib/contracts/analysis";

// Words for event fields, shared by the timeline, its edit forms and the edit log.

export const ROLE_LABEL: Record<ParticipantRole, string> = { AGENT: "did it", PATIENT: "done to", OTHER: "involved" };

/** How the timeline names what the sources say about whether an event happened. */
export const MODALITY_LABEL: Record<EventModality, string> = {
  ACTUAL: "Happened",
  FUTURE: "Planned or expected",
  HYPOTHETICAL: "Hypothetical",
  NEGATED: "Denied or did not happen",
};

/** A short badge for an event that is not reported as having happened. */
export const MODALITY_BADGE: Record<EventModality, string | null> = {
  ACTUAL: null,
  FUTURE: "planned / expected",
  HYPOTHETICAL: "hypothetical",
  NEGATED: "denied / did not happen",
};
