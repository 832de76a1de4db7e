import { z } from "zod";
import { AttributionKind } from "@/lib/contracts/analysis";
import { RowVersion } from "@/lib/contracts/edit-fields";
import { RowId } from "@/lib/contracts/query-params";

// Who a claim rests on. Fields left out keep their value. The contract's rule
// holds after every edit: an UNATTRIBUTED claim has no source text and no
// source entity, any other kind has a source text.
export const RepointAttributionInput = z
  .object({
    id: RowId,
    version: RowVersion,
    kind: AttributionKind.optional(),
    sourceText: z.string().trim().max(500, "Source text is longer than 500 characters").nullable().optional(),
    sourceEntityId: RowId.nullable().optional(),
  })
  .refine((v) => v.kind !== undefined || v.sourceText !== undefined || v.sourceEntityId !== undefined, {
    message: "Send at least one of kind, sourceText or sourceEntityId",
  });
export type RepointAttributionInput = z.infer<typeof RepointAttributionInput>;
