import { z } from "zod";
import { RowId } from "@/lib/contracts/query-params";
import { removeFeed } from "@/server/feeds/remove-feed";
import { route } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

/** DELETE /api/feeds/{id} — stops polling it; its articles stay. */
export const DELETE = route({ role: "editor", input: z.object({ id: RowId }), from: "params" }, ({ input }) => removeFeed(input.id));
