import { NextResponse } from "next/server";
import { RepointAttributionInput, repointAttribution } from "@/server/claims/repoint-attribution";
import { bodyWithParams } from "@/server/http/body-with-params";
import { errorResponse } from "@/server/http/error-response";
import { readActor } from "@/server/http/read-actor";
import { readJsonBody } from "@/server/http/read-json-body";

export const dynamic = "force-dynamic";

/** PATCH { version, kind?, sourceText?, sourceEntityId? } — who a claim rests on. */
export async function PATCH(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const input = RepointAttributionInput.parse(bodyWithParams(await readJsonBody(req, 16 * 1024), await ctx.params));
    return NextResponse.json(await repointAttribution(input, { actor: readActor(req) }));
  } catch (err) {
    return errorResponse(err);
  }
}
