import { route } from "@/server/http/parse-request";
import { ListRevisionsInput, listRevisions } from "@/server/revisions/list-revisions";

export const dynamic = "force-dynamic";

/** GET /api/revisions?entityId=&page=&pageSize= — the audit log, newest batch first (the /revisions page reads the same parameters). */
export const GET = route({ role: "viewer", input: ListRevisionsInput }, ({ input }) => listRevisions(input));
