import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { route } from "@/server/http/parse-request";
import { importUrl } from "@/server/ingest/import-url";
import { ImportUrlInput } from "@/lib/validation/imports.validation";

export const dynamic = "force-dynamic";

/**
 * POST { url, outlet?, publishedAt? }: the server fetches the page (timeout,
 * size limit, content type, no private addresses unless allowed), keeps its
 * article text and metadata, and queues it: 202, or 200 for a known text.
 */
export const POST = route({ role: "editor", input: ImportUrlInput }, async ({ input, actor }) => {
  const outcome = await importUrl(input.url, { actor, defaults: { outlet: input.outlet, publishedAt: input.publishedAt } });
  if (outcome.status === "rejected") throw new AppError("VALIDATION", `The page could not be imported: ${outcome.message}`, [{ path: "url", message: outcome.message }]);
  return NextResponse.json(outcome, { status: outcome.status === "queued" ? 202 : 200 });
});
