import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { RowId } from "@/lib/contracts/edit-fields";
import { UpdateEntityInput, updateEntity } from "@/server/entities/update-entity";
import { getEntity } from "@/server/entities/get-entity";
import { bodyWithParams } from "@/server/http/body-with-params";
import { errorResponse } from "@/server/http/error-response";
import { readActor } from "@/server/http/read-actor";
import { readJsonBody } from "@/server/http/read-json-body";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

export async function GET(_req: Request, ctx: Ctx) {
  try {
    const id = RowId.parse((await ctx.params).id);
    const entity = await getEntity(id);
    if (!entity) throw new AppError("NOT_FOUND", `No entity with id ${id}`);
    return NextResponse.json(entity);
  } catch (err) {
    return errorResponse(err);
  }
}

/** PATCH { version, name?, kind?, description? } — rename, retype or describe. */
export async function PATCH(req: Request, ctx: Ctx) {
  try {
    const input = UpdateEntityInput.parse(bodyWithParams(await readJsonBody(req, 64 * 1024), await ctx.params));
    return NextResponse.json(await updateEntity(input, { actor: readActor(req) }));
  } catch (err) {
    return errorResponse(err);
  }
}
