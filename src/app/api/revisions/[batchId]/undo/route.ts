import { NextResponse } from "next/server";
import { UndoBatchInput, undoBatch } from "@/server/revisions/undo-batch";
import { errorResponse } from "@/server/http/error-response";
import { readActor } from "@/server/http/read-actor";

export const dynamic = "force-dynamic";

/** POST (no body) — undoes the batch; 409 when already undone or when a later edit touched its rows. */
export async function POST(req: Request, ctx: { params: Promise<{ batchId: string }> }) {
  try {
    const input = UndoBatchInput.parse(await ctx.params);
    return NextResponse.json(await undoBatch(input, { actor: readActor(req) }));
  } catch (err) {
    return errorResponse(err);
  }
}
