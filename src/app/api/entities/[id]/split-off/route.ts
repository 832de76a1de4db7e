import { NextResponse } from "next/server";
import { SplitOffEntityInput, splitOffEntity } from "@/server/entities/split-off-entity";
import { bodyWithParams } from "@/server/http/body-with-params";
import { errorResponse } from "@/server/http/error-response";
import { readActor } from "@/server/http/read-actor";
import { readJsonBody } from "@/server/http/read-json-body";

export const dynamic = "force-dynamic";

/** POST { version, name, kind, description?, mentionIds, attributionIds } — moves them to a new entity. */
export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const input = SplitOffEntityInput.parse(bodyWithParams(await readJsonBody(req, 512 * 1024), await ctx.params));
    return NextResponse.json(await splitOffEntity(input, { actor: readActor(req) }), { status: 201 });
  } catch (err) {
    return errorResponse(err);
  }
}
