import { NextResponse } from "next/server";
import { FixMentionSpanInput, fixMentionSpan } from "@/server/mentions/fix-mention-span";
import { bodyWithParams } from "@/server/http/body-with-params";
import { errorResponse } from "@/server/http/error-response";
import { readActor } from "@/server/http/read-actor";
import { readJsonBody } from "@/server/http/read-json-body";

export const dynamic = "force-dynamic";

/** PATCH { version, start, end } — half-open UTF-16 offsets into the article body. */
export async function PATCH(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const input = FixMentionSpanInput.parse(bodyWithParams(await readJsonBody(req, 16 * 1024), await ctx.params));
    return NextResponse.json(await fixMentionSpan(input, { actor: readActor(req) }));
  } catch (err) {
    return errorResponse(err);
  }
}
