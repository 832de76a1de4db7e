import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./database";

// Inputs whose change makes a production build stale.
const INPUTS = ["src", "public", "prisma/schema.prisma", "next.config.ts", "package-lock.json", "tsconfig.json"];

function newestMtime(p: string): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    if (entry === "generated") continue; // regenerated on every run, not an input
    max = Math.max(max, newestMtime(path.join(p, entry)));
  }
  return max;
}

/** True when there is no production build, or a source file changed after it. */
export function buildIsStale(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return INPUTS.some((i) => newestMtime(path.join(ROOT, i)) > built);
}

export function clientIsGenerated(): boolean {
  return fs.existsSync(path.join(ROOT, "src", "generated", "prisma", "client.ts"));
}
