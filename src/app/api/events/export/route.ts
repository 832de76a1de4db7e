import { downloadResponse } from "@/server/http/download-response";
import { route } from "@/server/http/parse-request";
import { ExportEventsInput, exportEvents } from "@/server/exports/export-events";

export const dynamic = "force-dynamic";

/** GET ?format=timelinejs|csv plus the /timeline filters: the filtered events as a download, streamed. */
export const GET = route({ role: "viewer", input: ExportEventsInput }, ({ input, req }) => downloadResponse(exportEvents(input, { base: new URL(req.url).origin })));
