import { z } from "zod";
import { RowId } from "@/lib/contracts/query-params";
import { pollFeedNow } from "@/server/feeds/poll-feed-now";
import { route } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

/** POST /api/feeds/{id}/poll — queues a poll now (202). */
export const POST = route({ role: "editor", input: z.object({ id: RowId }), from: "params", status: 202 }, ({ input }) => pollFeedNow(input.id));
