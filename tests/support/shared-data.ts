import path from "node:path";
import { sharedDir, sharedPath } from "../../scripts/lib/shared-data";

/**
 * A file or folder of the shared data (LEDGER_SHARED_DIR, default ../shared;
 * see docs/architecture.md, "Data outside the repository"), or null with a
 * loud SKIPPED banner when it is not there. In CI a missing folder fails the
 * run instead: there, a skipped acceptance check would look like a pass.
 */
export function sharedForTest(what: string, ...parts: string[]): string | null {
  const found = sharedPath(...parts);
  if (found) return found;
  const where = path.join(sharedDir(), ...parts);
  if (process.env.CI) throw new Error(`${what}: ${where} is missing. CI must run these checks: set LEDGER_SHARED_DIR to the shared data folder.`);
  const line = "!".repeat(78);
  console.warn(`\n${line}\n!! SKIPPED: ${what}\n!! ${where} not found. Set LEDGER_SHARED_DIR to the folder holding corpus/ and eval/.\n${line}\n`);
  return null;
}
