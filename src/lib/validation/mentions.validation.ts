import { z } from "zod";
import { RowVersion } from "@/lib/contracts/edit-fields";
import { RowId } from "@/lib/contracts/query-params";

// Mention edits, shared by the route handlers and the mention tools.

/** Largest offset accepted; far beyond any article (MAX_BODY_CHARS), within an int column. */
const MAX_OFFSET = 10_000_000;

// Offsets are half-open [start, end) UTF-16 units of Article.body, the same
// units as the extraction contract; the text is always re-read from the body.
export const FixMentionSpanInput = z
  .object({
    id: RowId,
    version: RowVersion,
    start: z.number().int("start must be a whole number").min(0, "start cannot be negative").max(MAX_OFFSET, "start is past any article"),
    end: z.number().int("end must be a whole number").min(1, "end must be after start").max(MAX_OFFSET, "end is past any article"),
  })
  .refine((v) => v.end > v.start, { message: "The span is empty: end must be after start", path: ["end"] });
export type FixMentionSpanInput = z.infer<typeof FixMentionSpanInput>;

/** "This 'Garcia' is the mayor, not the minister". */
export const RepointMentionInput = z.object({ id: RowId, version: RowVersion, entityId: RowId });
export type RepointMentionInput = z.infer<typeof RepointMentionInput>;

export const MentionSaved = z.object({ batchId: z.string(), mention: z.object({ text: z.string() }) });
export type MentionSaved = z.infer<typeof MentionSaved>;
export const MentionRepointed = z.object({ batchId: z.string(), entity: z.object({ id: z.string(), name: z.string() }) });
export type MentionRepointed = z.infer<typeof MentionRepointed>;
