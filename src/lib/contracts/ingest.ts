import { z } from "zod";

/** Largest article body accepted, in characters: far above any real article, well below what would stall one transaction. */
export const MAX_BODY_CHARS = 1_000_000;

export const IngestInput = z.object({
  title: z.string().trim().min(1, "title is required").max(500, "title is longer than 500 characters"),
  body: z
    .string()
    .max(MAX_BODY_CHARS, `body is longer than ${MAX_BODY_CHARS.toLocaleString("en-US")} characters`)
    .refine((b) => b.trim().length > 0, "body is empty"),
  outlet: z.string().trim().min(1).max(200).optional(),
  url: z.url().max(2000).optional(),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "publishedAt must be YYYY-MM-DD")
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "publishedAt is not a real date")
    .optional(),
  fictional: z.boolean().optional(),
});
export type IngestInput = z.infer<typeof IngestInput>;

export const IngestOutcome = z.object({
  status: z.enum(["created", "duplicate"]),
  articleId: z.string(),
  counts: z.object({ entities: z.number(), mentions: z.number(), claims: z.number(), events: z.number() }),
});
export type IngestOutcome = z.infer<typeof IngestOutcome>;
