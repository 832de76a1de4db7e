import { NextResponse } from "next/server";
import { RepointMentionInput, repointMention } from "@/server/mentions/repoint-mention";
import { bodyWithParams } from "@/server/http/body-with-params";
import { errorResponse } from "@/server/http/error-response";
import { readActor } from "@/server/http/read-actor";
import { readJsonBody } from "@/server/http/read-json-body";

export const dynamic = "force-dynamic";

/** PATCH { version, entityId } — the mention refers to another (live) entity. */
export async function PATCH(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const input = RepointMentionInput.parse(bodyWithParams(await readJsonBody(req, 16 * 1024), await ctx.params));
    return NextResponse.json(await repointMention(input, { actor: readActor(req) }));
  } catch (err) {
    return errorResponse(err);
  }
}
