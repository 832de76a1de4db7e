import { RemoveAliasInput } from "@/lib/validation/entities.validation";
import { removeAlias } from "@/server/entities/remove-alias";
import { route } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

/** DELETE { version } — the entity's version, as for every alias edit. */
export const DELETE = route({ role: "editor", input: RemoveAliasInput }, ({ input, actor }) => removeAlias(input, { actor }));
