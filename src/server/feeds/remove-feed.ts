import "server-only";
import { AppError } from "@/lib/errors";
import { getDb } from "@/server/db";

/** Stops polling a feed; the articles it brought in stay. */
export async function removeFeed(id: string): Promise<{ id: string }> {
  const { count } = await getDb().feed.deleteMany({ where: { id } });
  if (count === 0) throw new AppError("NOT_FOUND", "There is no such feed");
  return { id };
}
