import { NextResponse } from "next/server";
import { RemoveAliasInput, removeAlias } from "@/server/entities/remove-alias";
import { bodyWithParams } from "@/server/http/body-with-params";
import { errorResponse } from "@/server/http/error-response";
import { readActor } from "@/server/http/read-actor";
import { readJsonBody } from "@/server/http/read-json-body";

export const dynamic = "force-dynamic";

/** DELETE { version } — the entity's version, as for every alias edit. */
export async function DELETE(req: Request, ctx: { params: Promise<{ id: string; aliasId: string }> }) {
  try {
    const input = RemoveAliasInput.parse(bodyWithParams(await readJsonBody(req, 16 * 1024), await ctx.params));
    return NextResponse.json(await removeAlias(input, { actor: readActor(req) }));
  } catch (err) {
    return errorResponse(err);
  }
}
