import { SplitOffEntityInput } from "@/lib/validation/entities.validation";
import { splitOffEntity } from "@/server/entities/split-off-entity";
import { route } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

/** POST { version, name, kind, description?, mentionIds, attributionIds } — moves them to a new entity. */
export const POST = route({ role: "editor", input: SplitOffEntityInput, maxBytes: 512 * 1024, status: 201 }, ({ input, actor }) => splitOffEntity(input, { actor }));
