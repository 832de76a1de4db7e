import "server-only";
import { parseFeed } from "feedsmith";
import { toIsoDay } from "@/server/ingest/html-to-article";

// RSS 2.0, Atom, RDF and JSON Feed through feedsmith, reduced to what an
// import needs from each item.

export type FeedEntry = { key: string; link?: string; title?: string; publishedAt?: string; html?: string };

type Loose = Record<string, unknown>;

function text(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (v && typeof v === "object" && "value" in v) return text((v as Loose).value);
  return undefined;
}

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const l = (links as Loose[]).find((x) => !x.rel || x.rel === "alternate") ?? (links as Loose[])[0];
  return text(l?.href);
}

export function readFeed(xml: string): { title?: string; entries: FeedEntry[] } {
  const parsed = parseFeed(xml) as { format: string; feed: Loose };
  const feed = parsed.feed;
  const raw = (parsed.format === "atom" ? feed.entries : feed.items) as Loose[] | undefined;
  const entries: FeedEntry[] = [];
  for (const item of raw ?? []) {
    const link = text(item.link) ?? text(item.url) ?? atomLink(item.links);
    const key = text(item.guid) ?? text(item.id) ?? link;
    if (!key) continue;
    const content = item.content as Loose | string | undefined;
    const html =
      (typeof content === "object" ? text(content?.encoded) ?? text(content) : text(content)) ?? text(item.content_html) ?? text(item.description) ?? text(item.summary);
    entries.push({
      key,
      link,
      title: text(item.title),
      publishedAt: toIsoDay(text(item.pubDate) ?? text(item.published) ?? text(item.date_published) ?? text(item.updated) ?? text((item.dc as Loose | undefined)?.date)),
      html,
    });
  }
  return { title: text(feed.title), entries };
}
