import { MergeEntitiesInput } from "@/lib/validation/entities.validation";
import { mergeEntities } from "@/server/entities/merge-entities";
import { route } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

/** POST { version, sources: [{ id, version }] } — folds the sources into this entity. */
export const POST = route({ role: "editor", input: MergeEntitiesInput, maxBytes: 64 * 1024 }, ({ input, actor }) => mergeEntities(input, { actor }));
