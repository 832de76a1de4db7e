import { z } from "zod";
import { RowId } from "@/lib/contracts/query-params";
import { route } from "@/server/http/parse-request";
import { retryImport } from "@/server/ingest/retry-import";

export const dynamic = "force-dynamic";

/** POST /api/imports/{id}/retry — queues a failed import again (202). */
export const POST = route({ role: "editor", input: z.object({ id: RowId }), from: "params", status: 202 }, ({ input, actor }) => retryImport(input.id, { actor }));
