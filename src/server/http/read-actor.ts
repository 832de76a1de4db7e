import "server-only";
import { ACTOR_COOKIE, actorFromCookieValue } from "@/lib/actor";

/** Who is editing, from the "Your name" cookie (see src/lib/actor.ts). */
export function readActor(req: Request): string {
  const header = req.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === ACTOR_COOKIE) return actorFromCookieValue(part.slice(eq + 1).trim());
  }
  return actorFromCookieValue(null);
}
