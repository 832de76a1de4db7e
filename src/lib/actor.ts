import { z } from "zod";

// There are no accounts yet: the audit log's "who" is a display name the
// analyst types once, kept in a cookie. It is a label, not an identity.
export const ACTOR_COOKIE = "ledger_actor";
export const DEFAULT_ACTOR = "analyst";

export const ActorName = z
  .string()
  .trim()
  .min(1, "Your name cannot be empty")
  .max(60, "Your name is longer than 60 characters")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} .'_-]*$/u, "Use letters, digits, spaces and . ' _ - only");
export type ActorName = z.infer<typeof ActorName>;

/** The actor from a raw cookie value; anything missing or invalid falls back to the default. */
export function actorFromCookieValue(raw: string | undefined | null): string {
  if (!raw) return DEFAULT_ACTOR;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return DEFAULT_ACTOR;
  }
  const parsed = ActorName.safeParse(decoded);
  return parsed.success ? parsed.data : DEFAULT_ACTOR;
}
