import { z } from "zod";
import { IsoDay } from "@/lib/contracts/query-params";

/** POST /api/articles/from-url */
export const ImportUrlInput = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  outlet: z.string().trim().min(1).max(200).optional(),
  publishedAt: IsoDay.optional(),
});

/** Defaults for uploaded articles whose file does not say (a .txt without headers). */
export const UploadFields = z.object({
  outlet: z.string().trim().min(1).max(200).optional(),
  publishedAt: IsoDay.optional(),
});

/** POST /api/feeds */
export const AddFeedInput = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  outlet: z.string().trim().min(1).max(200).optional(),
});
