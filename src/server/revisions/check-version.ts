import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/server/db";

// Optimistic locking: an edit names the version it read. The conditional
// update both checks it and takes the row lock, so two edits of one row made
// from the same stale page cannot both pass.

type Lockable = "entity" | "mention" | "attribution" | "verdict";
const LABEL: Record<Lockable, string> = { entity: "entity", mention: "mention", attribution: "attribution", verdict: "verdict on the claim" };

async function bump(tx: Tx, model: Lockable, id: string, version: number): Promise<number> {
  const where = { id, version };
  const data = { version: { increment: 1 } };
  switch (model) {
    case "entity":
      return (await tx.entity.updateMany({ where, data })).count;
    case "mention":
      return (await tx.mention.updateMany({ where, data })).count;
    case "attribution":
      return (await tx.attribution.updateMany({ where, data })).count;
    case "verdict":
      return (await tx.verdict.updateMany({ where: { claimId: id, version }, data })).count;
  }
}

async function current(tx: Tx, model: Lockable, id: string): Promise<{ version: number; label: string } | null> {
  switch (model) {
    case "entity": {
      const row = await tx.entity.findUnique({ where: { id }, select: { version: true, name: true } });
      return row && { version: row.version, label: `The entity “${row.name}”` };
    }
    case "mention": {
      const row = await tx.mention.findUnique({ where: { id }, select: { version: true, text: true } });
      return row && { version: row.version, label: `The mention “${row.text}”` };
    }
    case "attribution": {
      const row = await tx.attribution.findUnique({ where: { id }, select: { version: true } });
      return row && { version: row.version, label: "This attribution" };
    }
    case "verdict": {
      const row = await tx.verdict.findUnique({ where: { claimId: id }, select: { version: true, reviewer: true } });
      return row && { version: row.version, label: `The verdict on this claim (last saved by ${row.reviewer})` };
    }
  }
}

/** Checks `version` and bumps it; 404 when the row is gone, 409 STALE when someone saved first. Returns the new version. */
export async function checkVersion(tx: Tx, model: Lockable, id: string, version: number): Promise<number> {
  if ((await bump(tx, model, id, version)) === 1) return version + 1;
  const now = await current(tx, model, id);
  if (now === null) throw new AppError("NOT_FOUND", `No ${LABEL[model]} with id ${id}`);
  throw new AppError(
    "STALE",
    `${now.label} was changed by someone else after you opened it (you had version ${version}, it is now at version ${now.version}). Reload the page to see the latest state, then make your edit again. Nothing was changed.`,
  );
}
