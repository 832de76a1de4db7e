import { route } from "@/server/http/parse-request";
import { ListImportsInput, listImports } from "@/server/ingest/list-imports";

export const dynamic = "force-dynamic";

/** GET /api/imports?status=pending|active|failed|done|all&batch=&ids=a,b&page= — imports with their status and the reason of failures. */
export const GET = route({ role: "viewer", input: ListImportsInput }, ({ input }) => listImports(input));
