import { NextResponse } from "next/server";
import { IngestInput, MAX_BODY_CHARS } from "@/lib/contracts/ingest";
import { AppError } from "@/lib/errors";
import { ListArticlesInput, listArticles } from "@/server/articles/list-articles";
import { route } from "@/server/http/parse-request";
import { enqueueArticles } from "@/server/ingest/enqueue-articles";

export const dynamic = "force-dynamic";

// Room for MAX_BODY_CHARS of multi-byte text plus the other fields.
const MAX_REQUEST_BYTES = MAX_BODY_CHARS * 4 + 64 * 1024;

/**
 * POST { title, body, outlet?, publishedAt?, url? } queues the article for
 * extraction: 202 with the import to follow (GET /api/imports?ids=…), 200
 * when the text is already known. Extraction never runs on the request.
 */
export const POST = route({ role: "editor", input: IngestInput, maxBytes: MAX_REQUEST_BYTES }, async ({ input, actor }) => {
  const [outcome] = await enqueueArticles([{ input }], { source: "PASTE", actor });
  if (outcome!.status === "rejected") throw new AppError("VALIDATION", "The article is not valid", outcome!.issues);
  return NextResponse.json(outcome, { status: outcome!.status === "queued" ? 202 : 200 });
});

/** GET /api/articles?q=&page=&pageSize= */
export const GET = route({ role: "viewer", input: ListArticlesInput }, ({ input }) => listArticles(input));
