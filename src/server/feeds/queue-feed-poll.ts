import "server-only";
import { getBoss, FEED_POLL_QUEUE } from "@/server/queue/boss";

export type FeedPollJobData = { feedId?: string };

/** Queues a poll of one feed (Poll now, a new feed) or of all of them (the schedule). */
export async function queueFeedPoll(feedId?: string): Promise<void> {
  const boss = await getBoss();
  await boss.send(FEED_POLL_QUEUE, feedId ? { feedId } : {});
}
