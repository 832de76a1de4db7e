import "server-only";
import { getDb } from "@/server/db";
import { pollFeed } from "@/server/feeds/poll-feed";
import type { FeedPollJobData } from "@/server/feeds/queue-feed-poll";
import { ingestConfig } from "@/server/ingest/ingest-config";
import { getBoss, FEED_POLL_QUEUE } from "@/server/queue/boss";

/**
 * Polls feeds on the recurring schedule (LEDGER_FEED_POLL_CRON) and on
 * demand. Every worker process registers the schedule and works the queue;
 * pg-boss sends each scheduled poll once, and the queue's singleton policy
 * keeps two polls from running at the same time.
 */
export async function startFeedPoller(log: (line: string) => void = (l) => console.log(`[feeds] ${l}`)): Promise<{ stop: () => Promise<void> }> {
  const boss = await getBoss();
  await boss.schedule(FEED_POLL_QUEUE, ingestConfig().LEDGER_FEED_POLL_CRON, {});
  const id = await boss.work<FeedPollJobData>(FEED_POLL_QUEUE, { pollingIntervalSeconds: 2 }, async ([job]) => {
    const ids = job?.data.feedId ? [job.data.feedId] : (await getDb().feed.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } })).map((f) => f.id);
    for (const feedId of ids) {
      const r = await pollFeed(feedId).catch((err: unknown) => ({ feedId, error: err instanceof Error ? err.message : String(err), newItems: 0, queued: 0 }));
      if (r.error) log(`feed ${feedId}: ${r.error}`);
      else if (r.newItems) log(`feed ${feedId}: ${r.newItems} new items, ${r.queued} queued`);
    }
  });
  return { stop: () => boss.offWork({ id }) };
}
