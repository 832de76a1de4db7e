import type { Metadata } from "next";
import Link from "next/link";
import { FeedList } from "@/components/feeds/feed-list";
import { listFeeds } from "@/server/feeds/list-feeds";
import { ingestConfig } from "@/server/ingest/ingest-config";

export const metadata: Metadata = { title: "Feeds" };
export const dynamic = "force-dynamic";

export default async function FeedsPage() {
  const feeds = await listFeeds();
  return (
    <>
      <h1>Feeds</h1>
      <p className="lede">
        RSS and Atom feeds polled on a schedule (<code>{ingestConfig().LEDGER_FEED_POLL_CRON}</code>, set by <code>LEDGER_FEED_POLL_CRON</code>). Each new item&apos;s page is
        imported like a URL; items already seen are skipped. Imports show their status under <Link href="/articles">Articles</Link>.
      </p>
      <FeedList feeds={feeds} />
    </>
  );
}
