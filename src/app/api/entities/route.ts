import { NextResponse } from "next/server";
import { errorResponse } from "@/server/http/error-response";
import { ListEntitiesInput, listEntities } from "@/server/entities/list-entities";

export const dynamic = "force-dynamic";

/** GET /api/entities?q=&kind=&sort=&page=&pageSize=&exclude= — live entities, for the list and the pickers. */
export async function GET(req: Request) {
  try {
    const params = Object.fromEntries([...new URL(req.url).searchParams].filter(([, v]) => v !== ""));
    return NextResponse.json(await listEntities(ListEntitiesInput.parse(params)));
  } catch (err) {
    return errorResponse(err);
  }
}
