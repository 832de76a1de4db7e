import { NextResponse } from "next/server";
import { AddAliasInput, addAlias } from "@/server/entities/add-alias";
import { bodyWithParams } from "@/server/http/body-with-params";
import { errorResponse } from "@/server/http/error-response";
import { readActor } from "@/server/http/read-actor";
import { readJsonBody } from "@/server/http/read-json-body";

export const dynamic = "force-dynamic";

/** POST { version, alias } */
export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const input = AddAliasInput.parse(bodyWithParams(await readJsonBody(req, 16 * 1024), await ctx.params));
    return NextResponse.json(await addAlias(input, { actor: readActor(req) }), { status: 201 });
  } catch (err) {
    return errorResponse(err);
  }
}
