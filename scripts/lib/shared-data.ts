// Where the evaluation data, the seed article and the training corpus live.
// They are not in this repository (their licences do not let us ship them):
// LEDGER_SHARED_DIR names the folder, and `../shared` beside the clone is the
// default. Scripts that need it fail with this message instead of a stack.
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** The shared data folder, whether or not it exists. */
export function sharedDir(): string {
  return path.resolve(process.env.LEDGER_SHARED_DIR || path.join(ROOT, "..", "shared"));
}

/** A path inside the shared folder, or null when that path is not there. */
export function sharedPath(...parts: string[]): string | null {
  const p = path.join(sharedDir(), ...parts);
  return fs.existsSync(p) ? p : null;
}

/** A path inside the shared folder; exits with a clear message (code 2) when it is missing. */
export function requireSharedPath(...parts: string[]): string {
  const p = sharedPath(...parts);
  if (p) return p;
  console.error(
    `Missing ${path.join(sharedDir(), ...parts)}.\n` +
      `Set LEDGER_SHARED_DIR to the folder that holds corpus/ and eval/ (default: ../shared beside the repository), or pass the path as an argument.`,
  );
  process.exit(2);
}
