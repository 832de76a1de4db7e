import { z } from "zod";
import { RowId } from "@/lib/contracts/query-params";

export const UndoBatchInput = z.object({ batchId: RowId });
export type UndoBatchInput = z.infer<typeof UndoBatchInput>;

export const UndoDone = z.object({ batchId: z.string() });
export type UndoDone = z.infer<typeof UndoDone>;
