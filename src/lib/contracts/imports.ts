import { z } from "zod";

// What the import paths (paste, upload, URL, feeds, CLI) answer, and the
// shape of an import's status as the article list and the API show it.

export const ImportSource = z.enum(["PASTE", "UPLOAD", "URL", "FEED", "CLI"]);
export type ImportSource = z.infer<typeof ImportSource>;

export const ImportStatus = z.enum(["QUEUED", "EXTRACTING", "DONE", "FAILED"]);
export type ImportStatus = z.infer<typeof ImportStatus>;

/** One submitted item: queued for extraction, a duplicate of a known text, or refused with the reason. */
export const EnqueueOutcome = z.discriminatedUnion("status", [
  z.object({ status: z.literal("queued"), where: z.string().optional(), importId: z.string(), message: z.string().optional() }),
  z.object({
    status: z.literal("duplicate"),
    where: z.string().optional(),
    articleId: z.string().optional(),
    importId: z.string().optional(),
    message: z.string(),
  }),
  z.object({
    status: z.literal("rejected"),
    where: z.string().optional(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
]);
export type EnqueueOutcome = z.infer<typeof EnqueueOutcome>;

export const ImportView = z.object({
  id: z.string(),
  status: ImportStatus,
  source: ImportSource,
  origin: z.string().nullable(),
  title: z.string(),
  outlet: z.string().nullable(),
  attempts: z.number(),
  error: z.string().nullable(),
  articleId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ImportView = z.infer<typeof ImportView>;
