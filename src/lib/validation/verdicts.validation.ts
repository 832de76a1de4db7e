import { z } from "zod";
import { RowVersion } from "@/lib/contracts/edit-fields";
import { RowId } from "@/lib/contracts/query-params";
import { VerdictRating, isWebUrl, parseAppLink } from "@/lib/verdicts";

// Verdict edits: the route handlers parse requests with these schemas and the
// review form checks itself with the same ones before sending anything.

export const EvidenceLink = z.object({
  href: z
    .string()
    .trim()
    .min(1, "Enter a link")
    .max(2000, "The link is longer than 2000 characters")
    .refine((h) => isWebUrl(h) || parseAppLink(h) !== null, {
      message: "Use a web address starting with https:// or http://, or a link to an article or claim in the ledger (/articles/…, /claims/…)",
    }),
  label: z.string().trim().max(200, "The description is longer than 200 characters").optional(),
});
export type EvidenceLink = z.infer<typeof EvidenceLink>;

export const MAX_EVIDENCE = 20;

const Explanation = z
  .string({ error: "Write a short explanation" })
  .trim()
  .min(1, "Write a short explanation: what the evidence shows")
  .max(2000, "Keep the explanation under 2000 characters");

/**
 * Set (create or change) a claim's verdict; `id` is the claim's. `version` is
 * the verdict's version as read: leave it out to review a claim nobody has
 * reviewed. Only an "unverifiable" verdict may stand without evidence.
 */
export const SetVerdictInput = z
  .object({
    id: RowId,
    version: RowVersion.optional(),
    rating: VerdictRating,
    explanation: Explanation,
    evidence: z.array(EvidenceLink).max(MAX_EVIDENCE, `At most ${MAX_EVIDENCE} evidence links`).default([]),
  })
  .refine((v) => v.rating === "UNVERIFIABLE" || v.evidence.length > 0, {
    path: ["evidence"],
    message: "Link at least one piece of evidence (only an “Unverifiable” verdict may stand without)",
  });
export type SetVerdictInput = z.infer<typeof SetVerdictInput>;

/** Withdraw a claim's verdict; the claim goes back to the "not reviewed yet" queue. */
export const RemoveVerdictInput = z.object({ id: RowId, version: RowVersion });
export type RemoveVerdictInput = z.infer<typeof RemoveVerdictInput>;

export const VerdictSaved = z.object({ batchId: z.string(), verdict: z.object({ version: z.number() }).nullable() });
export type VerdictSaved = z.infer<typeof VerdictSaved>;
