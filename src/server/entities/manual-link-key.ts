import "server-only";
import { canLink, linkKeys } from "@/extraction/entities/link-across";
import type { EntityKind } from "@/lib/contracts/analysis";
import type { Tx } from "@/server/db";

// A name an analyst gives an entity (a rename, an added alias) links future
// articles that use it in full, as an extracted full name would. A bare
// surname never does, whoever typed it. A key another entity already holds
// stays with it: linking is never taken away from an entity silently.

export async function claimManualKey(tx: Tx, entityId: string, kind: EntityKind, form: string): Promise<void> {
  if (!canLink(kind, form)) return;
  const data = linkKeys({ kind, name: form, linkNames: [form] }).map((key) => ({ key, entityId, origin: "MANUAL" as const }));
  if (data.length) await tx.entityKey.createMany({ data, skipDuplicates: true });
}

export async function releaseManualKey(tx: Tx, entityId: string, kind: EntityKind, form: string): Promise<void> {
  const keys = linkKeys({ kind, name: form, linkNames: [form] });
  if (keys.length) await tx.entityKey.deleteMany({ where: { key: { in: keys }, entityId, origin: "MANUAL" } });
}
