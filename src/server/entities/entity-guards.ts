import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/server/db";
import { SNAPSHOT_SELECT, type EntitySnap } from "@/server/revisions/row-snapshots";

/** The entity's snapshot; 404 when it does not exist, 409 when it was merged away (edit the survivor, or split it out first). */
export async function liveEntity(tx: Tx, id: string): Promise<EntitySnap> {
  const row = await tx.entity.findUnique({ where: { id }, select: { ...SNAPSHOT_SELECT.Entity, mergedInto: { select: { name: true } } } });
  if (!row) throw new AppError("NOT_FOUND", `No entity with id ${id}`);
  const { mergedInto, ...snap } = row;
  if (snap.mergedIntoId) {
    throw new AppError("CONFLICT", `“${snap.name}” was merged into “${mergedInto?.name ?? snap.mergedIntoId}”. Edit that entity instead, or split “${snap.name}” out of it first.`);
  }
  return snap;
}

/** An entity named in a request body (a new source, a mention's new entity): it must exist and be live, else 422 on that field. */
export async function referencedEntity(tx: Tx, id: string, path: string): Promise<EntitySnap> {
  const row = await tx.entity.findUnique({ where: { id }, select: { ...SNAPSHOT_SELECT.Entity, mergedInto: { select: { name: true } } } });
  if (!row) throw new AppError("VALIDATION", `There is no entity with id ${id}`, [{ path, message: "unknown entity" }]);
  const { mergedInto, ...snap } = row;
  if (snap.mergedIntoId) {
    const message = `“${snap.name}” was merged into “${mergedInto?.name ?? snap.mergedIntoId}”; choose that entity instead`;
    throw new AppError("VALIDATION", message, [{ path, message }]);
  }
  return snap;
}
