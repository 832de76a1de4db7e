import { RepointAttributionInput } from "@/lib/validation/attributions.validation";
import { repointAttribution } from "@/server/claims/repoint-attribution";
import { route } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

/** PATCH { version, kind?, sourceText?, sourceEntityId? } — who a claim rests on. */
export const PATCH = route({ role: "editor", input: RepointAttributionInput }, ({ input, actor }) => repointAttribution(input, { actor }));
