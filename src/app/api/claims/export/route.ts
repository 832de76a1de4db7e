import { downloadResponse } from "@/server/http/download-response";
import { route } from "@/server/http/parse-request";
import { ExportClaimsInput, exportClaims } from "@/server/exports/export-claims";

export const dynamic = "force-dynamic";

/** GET ?format=csv|jsonld|webannotation plus the /claims filters: the filtered claims as a download, streamed. */
export const GET = route({ role: "viewer", input: ExportClaimsInput }, ({ input, req }) => {
  const url = new URL(req.url);
  return downloadResponse(exportClaims(input, { base: url.origin, self: url.toString() }));
});
