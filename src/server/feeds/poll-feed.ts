import "server-only";
import { getDb } from "@/server/db";
import { readFeed, type FeedEntry } from "@/server/feeds/read-feed";
import { decodeText } from "@/server/ingest/decode-text";
import { fetchUrl } from "@/server/ingest/fetch-url";
import { htmlToArticle } from "@/server/ingest/html-to-article";
import { importUrl } from "@/server/ingest/import-url";
import { enqueueArticles } from "@/server/ingest/enqueue-articles";
import type { EnqueueOutcome } from "@/lib/contracts/imports";

export const FEED_TYPES = ["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml", "application/feed+json", "application/json"];

/** New items taken per poll: a feed that suddenly lists thousands is read over several polls. */
const MAX_NEW_PER_POLL = 50;
/** Attempts to queue an item whose page could not be fetched, over later polls. */
const MAX_ITEM_ATTEMPTS = 3;
/** Characters of text a feed item must carry to stand in for its page. */
const MIN_FEED_TEXT = 150;

export type PollResult = { feedId: string; newItems: number; queued: number; duplicates: number; failed: number; error?: string };

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0]!.slice(0, 500);
}

/**
 * Reads one feed and imports its items not seen before, each like a URL (the
 * item's page, with the feed's own text as a fallback when the page gives
 * none). Seen items are skipped; an item that could not be queued is tried
 * again on the next polls.
 */
export async function pollFeed(feedId: string, opts: { actor?: string } = {}): Promise<PollResult> {
  const db = getDb();
  const feed = await db.feed.findUniqueOrThrow({ where: { id: feedId } });
  const result: PollResult = { feedId, newItems: 0, queued: 0, duplicates: 0, failed: 0 };
  let entries: FeedEntry[];
  let title: string | undefined;
  try {
    const fetched = await fetchUrl(feed.url, FEED_TYPES);
    ({ entries, title } = readFeed(decodeText(fetched.bytes, fetched.charset ?? /<\?xml[^>]*encoding="([^"]+)"/.exec(fetched.bytes.subarray(0, 200).toString("latin1"))?.[1])));
  } catch (err) {
    result.error = messageOf(err);
    await db.feed.update({ where: { id: feedId }, data: { lastPolledAt: new Date(), lastError: result.error, lastNewItems: 0 } });
    return result;
  }
  const seen = new Map(
    (await db.feedItem.findMany({ where: { feedId, key: { in: entries.map((e) => e.key) } }, select: { key: true, importId: true, error: true, attempts: true } })).map((s) => [s.key, s]),
  );
  const todo = entries.filter((e) => {
    const s = seen.get(e.key);
    return !s || (!s.importId && s.error !== null && s.attempts < MAX_ITEM_ATTEMPTS);
  });
  result.newItems = todo.filter((e) => !seen.has(e.key)).length;
  for (const entry of todo.slice(0, MAX_NEW_PER_POLL)) {
    const fallback = { title: entry.title, publishedAt: entry.publishedAt, body: entry.html ? htmlToArticle(entry.html).body : undefined };
    let importId: string | null = null;
    let error: string | null = null;
    const actor = opts.actor ?? feed.actor;
    let outcome: EnqueueOutcome | undefined;
    try {
      if (!entry.link) throw new Error("the item has no link");
      outcome = await importUrl(entry.link, { actor, source: "FEED", defaults: { outlet: feed.outlet ?? undefined }, fallback });
    } catch (err) {
      error = messageOf(err);
      // The page is gone or refused, but a feed that carries the whole text
      // still gives the article.
      if (fallback.body && fallback.body.length >= MIN_FEED_TEXT && entry.title) {
        [outcome] = await enqueueArticles(
          [{ where: entry.link ?? entry.key, input: { title: entry.title, body: fallback.body, url: entry.link, publishedAt: entry.publishedAt, outlet: feed.outlet ?? undefined } }],
          { source: "FEED", actor },
        );
      }
    }
    if (outcome?.status === "rejected") error = outcome.message;
    else if (outcome) {
      error = null;
      importId = outcome.importId ?? null;
      result[outcome.status === "queued" ? "queued" : "duplicates"]++;
    }
    if (error) result.failed++;
    await db.feedItem.upsert({
      where: { feedId_key: { feedId, key: entry.key } },
      create: { feedId, key: entry.key, url: entry.link, title: entry.title, importId, error },
      update: { importId, error, attempts: { increment: 1 } },
    });
  }
  await db.feed.update({
    where: { id: feedId },
    data: { lastPolledAt: new Date(), lastError: null, lastNewItems: result.newItems, title: feed.title ?? title ?? null },
  });
  return result;
}
