import "server-only";
import { AppError } from "@/lib/errors";
import { getDb } from "@/server/db";
import { queueFeedPoll } from "@/server/feeds/queue-feed-poll";

/** The Feeds page's "Poll now": queues a poll of one feed for the workers. */
export async function pollFeedNow(id: string): Promise<{ id: string; queued: true }> {
  if (!(await getDb().feed.findUnique({ where: { id }, select: { id: true } }))) throw new AppError("NOT_FOUND", "There is no such feed");
  await queueFeedPoll(id);
  return { id, queued: true };
}
