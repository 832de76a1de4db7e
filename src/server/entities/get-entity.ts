import "server-only";
import { editWindow, snippetAround, type Snippet } from "@/lib/snippet";
import { getDb } from "@/server/db";

/** Mentions shown on one entity page; a very common entity (an outlet) says how many more there are. */
export const MENTION_LIMIT = 300;
const CLAIM_LIMIT = 200;

export type EntityMentionView = {
  id: string;
  version: number;
  start: number;
  end: number;
  text: string;
  origin: "EXTRACTED" | "MANUAL";
  snippet: Snippet;
  /** Text around the span, for the span editor; `offset` is where it starts in the body. */
  window: { offset: number; text: string };
};

/** One entity with everything its page shows; null when there is no such entity. */
export async function getEntity(id: string) {
  const db = getDb();
  const entity = await db.entity.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      name: true,
      description: true,
      version: true,
      createdAt: true,
      mergedInto: { select: { id: true, name: true, kind: true, version: true, mergedIntoId: true } },
      mergedFrom: { orderBy: { name: "asc" }, select: { id: true, name: true, kind: true, version: true } },
      aliases: { orderBy: { createdAt: "asc" }, select: { id: true, alias: true } },
    },
  });
  if (!entity) return null;

  const [mentions, mentionTotal, attributions, viaHops, participations, locatedEvents, outletArticles] = await Promise.all([
    db.mention.findMany({
      where: { entityId: id },
      orderBy: [{ articleId: "asc" }, { start: "asc" }],
      take: MENTION_LIMIT,
      select: { id: true, version: true, articleId: true, start: true, end: true, text: true, origin: true },
    }),
    db.mention.count({ where: { entityId: id } }),
    db.attribution.findMany({
      where: { sourceEntityId: id },
      orderBy: [{ claim: { articleId: "asc" } }, { claim: { start: "asc" } }],
      take: CLAIM_LIMIT,
      select: {
        id: true,
        version: true,
        kind: true,
        sourceText: true,
        cue: true,
        sourceEntity: { select: { id: true, name: true } },
        hops: { orderBy: { position: "asc" }, select: { sourceText: true, sourceEntity: { select: { id: true, name: true } } } },
        claim: { select: { id: true, text: true, quote: true, article: { select: { id: true, title: true } } } },
      },
    }),
    db.attributionHop.findMany({
      where: { sourceEntityId: id },
      take: CLAIM_LIMIT,
      select: { id: true, attribution: { select: { claim: { select: { id: true, text: true, article: { select: { id: true, title: true } } } } } } },
    }),
    db.eventParticipant.findMany({
      where: { entityId: id, event: { mergedIntoId: null, deletedAt: null } },
      orderBy: [{ event: { date: { sort: "asc", nulls: "last" } } }],
      select: { role: true, event: { select: { id: true, title: true, date: true, precision: true } } },
    }),
    db.event.findMany({ where: { locationId: id, mergedIntoId: null, deletedAt: null }, orderBy: [{ date: { sort: "asc", nulls: "last" } }], select: { id: true, title: true, date: true, precision: true } }),
    db.article.findMany({ where: { outletId: id }, orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }], take: 50, select: { id: true, title: true, publishedAt: true } }),
  ]);

  // Bodies only of the articles on this page, to cut snippets from.
  const articleIds = [...new Set(mentions.map((m) => m.articleId))];
  const articles = articleIds.length
    ? await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true, publishedAt: true, body: true, fictional: true } })
    : [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const groups = articleIds
    .map((articleId) => {
      const a = byId.get(articleId)!;
      return {
        article: { id: a.id, title: a.title, publishedAt: a.publishedAt, fictional: a.fictional, length: a.body.length },
        mentions: mentions
          .filter((m) => m.articleId === articleId)
          .map(
            (m): EntityMentionView => ({
              id: m.id,
              version: m.version,
              start: m.start,
              end: m.end,
              text: m.text,
              origin: m.origin,
              snippet: snippetAround(a.body, m.start, m.end),
              window: editWindow(a.body, m.start, m.end),
            }),
          ),
      };
    })
    .sort((x, y) => (y.article.publishedAt?.getTime() ?? 0) - (x.article.publishedAt?.getTime() ?? 0) || x.article.title.localeCompare(y.article.title));

  const events = [
    ...participations.map((p) => ({ ...p.event, role: p.role })),
    ...locatedEvents.map((e) => ({ ...e, role: "location" as const })),
  ];

  return {
    ...entity,
    mentionGroups: groups,
    mentionTotal,
    claims: attributions,
    relayed: viaHops.map((h) => h.attribution.claim),
    events,
    outletArticles,
  };
}
export type EntityDetail = NonNullable<Awaited<ReturnType<typeof getEntity>>>;
