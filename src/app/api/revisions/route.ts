import { NextResponse } from "next/server";
import { errorResponse } from "@/server/http/error-response";
import { ListRevisionsInput, listRevisions } from "@/server/revisions/list-revisions";

export const dynamic = "force-dynamic";

/** GET /api/revisions?entityId=&page=&pageSize= — the audit log, newest batch first. */
export async function GET(req: Request) {
  try {
    const params = Object.fromEntries([...new URL(req.url).searchParams].filter(([, v]) => v !== ""));
    return NextResponse.json(await listRevisions(ListRevisionsInput.parse(params)));
  } catch (err) {
    return errorResponse(err);
  }
}
