import { z } from "zod";
import { AddFeedInput } from "@/lib/validation/imports.validation";
import { addFeed } from "@/server/feeds/add-feed";
import { listFeeds } from "@/server/feeds/list-feeds";
import { route } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

/** GET /api/feeds — the feeds polled for new articles, with their last poll. */
export const GET = route({ role: "viewer", input: z.object({}) }, () => listFeeds());

/** POST { url, outlet? } — adds a feed (checked to be one) and queues its first poll: 201. */
export const POST = route({ role: "editor", input: AddFeedInput, status: 201 }, ({ input, actor }) => addFeed(input, { actor }));
