import "server-only";
import { createHash } from "node:crypto";

// Line endings and trailing whitespace differ between copies of the same
// article (pasted, downloaded, re-exported); they must not defeat dedup.
export function normalizeBody(body: string): string {
  return body.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").trim();
}

export function contentHash(body: string): string {
  return createHash("sha256").update(normalizeBody(body)).digest("hex");
}
