import { z } from "zod";
import { EntityKind } from "@/lib/contracts/analysis";
import { EntityName, RowVersion } from "@/lib/contracts/edit-fields";
import { RowId } from "@/lib/contracts/query-params";

// Entity edits: the route handlers parse requests with these schemas and the
// edit dialogs check their forms with the same ones before sending anything.
// The `id` fields come from the URL on the server; the client fills them in
// from the entity it shows.

const Description = z.string().trim().max(2000, "Description is longer than 2000 characters");

/** Rename, retype and describe are one form in the UI and one batch in the log. */
export const UpdateEntityInput = z
  .object({
    id: RowId,
    version: RowVersion,
    name: EntityName.optional(),
    kind: EntityKind.optional(),
    /** Empty text clears the description. */
    description: Description.nullable().optional(),
  })
  .refine((v) => v.name !== undefined || v.kind !== undefined || v.description !== undefined, {
    message: "Send at least one of name, kind or description",
  });
export type UpdateEntityInput = z.infer<typeof UpdateEntityInput>;

export const AddAliasInput = z.object({
  id: RowId,
  version: RowVersion,
  alias: z.string().trim().min(1, "Alias cannot be empty").max(300, "Alias is longer than 300 characters"),
});
export type AddAliasInput = z.infer<typeof AddAliasInput>;

/** The entity's version, as for every alias edit. */
export const RemoveAliasInput = z.object({ id: RowId, version: RowVersion, aliasId: RowId });
export type RemoveAliasInput = z.infer<typeof RemoveAliasInput>;

export const MergeEntitiesInput = z
  .object({
    /** The survivor. */
    id: RowId,
    version: RowVersion,
    /** Entities folded into the survivor, each with the version the client read. */
    sources: z.array(z.object({ id: RowId, version: RowVersion })).min(1, "Choose at least one entity to merge").max(50, "Merge at most 50 entities at once"),
  })
  .superRefine((v, ctx) => {
    const ids = v.sources.map((s) => s.id);
    if (ids.includes(v.id)) ctx.addIssue({ code: "custom", path: ["sources"], message: "An entity cannot be merged into itself" });
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["sources"], message: "The same entity is listed twice" });
  });
export type MergeEntitiesInput = z.infer<typeof MergeEntitiesInput>;

/** Takes a merged-away entity back out of the one it was merged into. */
export const SplitEntityInput = z.object({
  /** The merged-away entity to bring back. */
  id: RowId,
  version: RowVersion,
  /** The version of the entity it was merged into, as the client read it. */
  intoVersion: RowVersion,
});
export type SplitEntityInput = z.infer<typeof SplitEntityInput>;

/** Mentions (and claims sourced to them) that belong to someone else move to a new entity. */
export const SplitOffEntityInput = z
  .object({
    /** The entity the mentions are taken from. */
    id: RowId,
    version: RowVersion,
    name: EntityName,
    kind: EntityKind,
    /** Empty means none. */
    description: Description.optional(),
    mentionIds: z.array(RowId).max(5000).default([]),
    attributionIds: z.array(RowId).max(5000).default([]),
  })
  .refine((v) => v.mentionIds.length + v.attributionIds.length > 0, { message: "Choose at least one mention or claim to move", path: ["mentionIds"] });
export type SplitOffEntityInput = z.infer<typeof SplitOffEntityInput>;

// What the edit routes answer, as far as the forms read it.
export const EditSaved = z.object({ batchId: z.string() });
export type EditSaved = z.infer<typeof EditSaved>;
export const EntitySaved = EditSaved.extend({ entity: z.object({ id: z.string(), name: z.string() }) });
export type EntitySaved = z.infer<typeof EntitySaved>;
export const AliasSaved = EditSaved.extend({ alias: z.object({ id: z.string(), alias: z.string() }) });
export type AliasSaved = z.infer<typeof AliasSaved>;
export const SplitSaved = EditSaved.extend({ counts: z.object({ mentions: z.number(), skipped: z.number() }) });
export type SplitSaved = z.infer<typeof SplitSaved>;
