import { z } from "zod";
import { RowId } from "@/lib/contracts/query-params";
import { AppError } from "@/lib/errors";
import { UpdateEntityInput } from "@/lib/validation/entities.validation";
import { getEntity } from "@/server/entities/get-entity";
import { updateEntity } from "@/server/entities/update-entity";
import { route } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

/** GET — the entity with its mentions, claims, events and merges. */
export const GET = route({ role: "viewer", input: z.object({ id: RowId }) }, async ({ input }) => {
  const entity = await getEntity(input.id);
  if (!entity) throw new AppError("NOT_FOUND", `No entity with id ${input.id}`);
  return entity;
});

/** PATCH { version, name?, kind?, description? } — rename, retype or describe. */
export const PATCH = route({ role: "editor", input: UpdateEntityInput, maxBytes: 64 * 1024 }, ({ input, actor }) => updateEntity(input, { actor }));
