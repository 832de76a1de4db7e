import "server-only";
import { getDb } from "@/server/db";

export type FeedView = {
  id: string;
  url: string;
  title: string | null;
  outlet: string | null;
  createdAt: string;
  lastPolledAt: string | null;
  lastError: string | null;
  lastNewItems: number;
  items: number;
  failedItems: number;
};

export async function listFeeds(): Promise<FeedView[]> {
  const db = getDb();
  const [feeds, failed] = await Promise.all([
    db.feed.findMany({ orderBy: { createdAt: "desc" }, include: { _count: { select: { items: true } } } }),
    db.feedItem.groupBy({ by: ["feedId"], where: { importId: null, error: { not: null } }, _count: { _all: true } }),
  ]);
  const failedOf = new Map(failed.map((f) => [f.feedId, f._count._all]));
  return feeds.map((f) => ({
    id: f.id,
    url: f.url,
    title: f.title,
    outlet: f.outlet,
    createdAt: f.createdAt.toISOString(),
    lastPolledAt: f.lastPolledAt?.toISOString() ?? null,
    lastError: f.lastError,
    lastNewItems: f.lastNewItems,
    items: f._count.items,
    failedItems: failedOf.get(f.id) ?? 0,
  }));
}
