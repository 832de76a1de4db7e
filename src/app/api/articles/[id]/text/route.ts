import { z } from "zod";
import { AppError } from "@/lib/errors";
import { RowId } from "@/lib/contracts/query-params";
import { getArticleText } from "@/server/articles/get-article-text";
import { route } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

/**
 * The article's stored text as text/plain: what claim offsets, and the Web
 * Annotation export's selectors, count in.
 */
export const GET = route({ role: "viewer", input: z.object({ id: RowId }) }, async ({ input }) => {
  const body = await getArticleText(input.id);
  if (body === null) throw new AppError("NOT_FOUND", `No article with id ${input.id}`);
  return new Response(body, { headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" } });
});
