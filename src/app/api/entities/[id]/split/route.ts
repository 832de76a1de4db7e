import { NextResponse } from "next/server";
import { SplitEntityInput, splitEntity } from "@/server/entities/split-entity";
import { bodyWithParams } from "@/server/http/body-with-params";
import { errorResponse } from "@/server/http/error-response";
import { readActor } from "@/server/http/read-actor";
import { readJsonBody } from "@/server/http/read-json-body";

export const dynamic = "force-dynamic";

/** POST { version, intoVersion } — takes this merged-away entity back out of the one it was merged into. */
export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const input = SplitEntityInput.parse(bodyWithParams(await readJsonBody(req, 16 * 1024), await ctx.params));
    return NextResponse.json(await splitEntity(input, { actor: readActor(req) }));
  } catch (err) {
    return errorResponse(err);
  }
}
