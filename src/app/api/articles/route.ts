import { NextResponse } from "next/server";
import { IngestInput, MAX_BODY_CHARS } from "@/lib/contracts/ingest";
import { ListArticlesInput, listArticles } from "@/server/articles/list-articles";
import { route } from "@/server/http/parse-request";
import { ingestArticle } from "@/server/ingest/ingest-article";

export const dynamic = "force-dynamic";

// Room for MAX_BODY_CHARS of multi-byte text plus the other fields.
const MAX_REQUEST_BYTES = MAX_BODY_CHARS * 4 + 64 * 1024;

/** POST { title, body, outlet?, publishedAt?, url? } — 201 created, 200 when the same text was imported before. */
export const POST = route({ role: "editor", input: IngestInput, maxBytes: MAX_REQUEST_BYTES }, async ({ input, actor }) => {
  const outcome = await ingestArticle(input, { actor });
  return NextResponse.json(outcome, { status: outcome.status === "created" ? 201 : 200 });
});

/** GET /api/articles?q=&page=&pageSize= */
export const GET = route({ role: "viewer", input: ListArticlesInput }, ({ input }) => listArticles(input));
