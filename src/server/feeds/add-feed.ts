import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { getDb } from "@/server/db";
import { fetchUrl } from "@/server/ingest/fetch-url";
import { readFeed } from "@/server/feeds/read-feed";
import { FEED_TYPES } from "@/server/feeds/poll-feed";
import { decodeText } from "@/server/ingest/decode-text";
import { queueFeedPoll } from "@/server/feeds/queue-feed-poll";

/**
 * Adds a feed after checking that the URL answers with a feed (so a typo is
 * refused now, not found failing at 3 a.m.), then queues its first poll.
 */
export async function addFeed(input: { url: string; outlet?: string }, opts: { actor: string }): Promise<{ id: string; title: string | null; items: number }> {
  const fetched = await fetchUrl(input.url, FEED_TYPES);
  let parsed: ReturnType<typeof readFeed>;
  try {
    parsed = readFeed(decodeText(fetched.bytes, fetched.charset));
  } catch (err) {
    throw new AppError("VALIDATION", `${input.url} is not an RSS or Atom feed (${err instanceof Error ? err.message : String(err)})`, [{ path: "url", message: "not a feed" }]);
  }
  try {
    const feed = await getDb().feed.create({
      data: { url: input.url, outlet: input.outlet ?? null, title: parsed.title ?? null, actor: opts.actor },
      select: { id: true, title: true },
    });
    await queueFeedPoll(feed.id);
    return { ...feed, items: parsed.entries.length };
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new AppError("CONFLICT", "This feed is already on the list");
    throw err;
  }
}
