import "server-only";
import { getDb } from "@/server/db";

/** An article's stored body, or null when there is no such article. */
export async function getArticleText(id: string): Promise<string | null> {
  const row = await getDb().article.findUnique({ where: { id }, select: { body: true } });
  return row?.body ?? null;
}
