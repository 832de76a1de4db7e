import { NextResponse } from "next/server";
import { MAX_BODY_CHARS } from "@/lib/contracts/ingest";
import { errorResponse } from "@/server/http/error-response";
import { readJsonBody } from "@/server/http/read-json-body";
import { ingestArticle } from "@/server/ingest/ingest-article";
import { ListArticlesInput, listArticles } from "@/server/articles/list-articles";

export const dynamic = "force-dynamic";

// Room for MAX_BODY_CHARS of multi-byte text plus the other fields.
const MAX_REQUEST_BYTES = MAX_BODY_CHARS * 4 + 64 * 1024;

export async function POST(req: Request) {
  try {
    const outcome = await ingestArticle(await readJsonBody(req, MAX_REQUEST_BYTES), { actor: "web" });
    return NextResponse.json(outcome, { status: outcome.status === "created" ? 201 : 200 });
  } catch (err) {
    return errorResponse(err);
  }
}

export async function GET(req: Request) {
  try {
    const params = Object.fromEntries(new URL(req.url).searchParams);
    return NextResponse.json(await listArticles(ListArticlesInput.parse(params)));
  } catch (err) {
    return errorResponse(err);
  }
}
