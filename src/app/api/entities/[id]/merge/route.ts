import { NextResponse } from "next/server";
import { MergeEntitiesInput, mergeEntities } from "@/server/entities/merge-entities";
import { bodyWithParams } from "@/server/http/body-with-params";
import { errorResponse } from "@/server/http/error-response";
import { readActor } from "@/server/http/read-actor";
import { readJsonBody } from "@/server/http/read-json-body";

export const dynamic = "force-dynamic";

/** POST { version, sources: [{ id, version }] } — folds the sources into this entity. */
export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const input = MergeEntitiesInput.parse(bodyWithParams(await readJsonBody(req, 64 * 1024), await ctx.params));
    return NextResponse.json(await mergeEntities(input, { actor: readActor(req) }));
  } catch (err) {
    return errorResponse(err);
  }
}
