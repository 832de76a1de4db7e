import { SplitEntityInput } from "@/lib/validation/entities.validation";
import { splitEntity } from "@/server/entities/split-entity";
import { route } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

/** POST { version, intoVersion } — takes this merged-away entity back out of the one it was merged into. */
export const POST = route({ role: "editor", input: SplitEntityInput }, ({ input, actor }) => splitEntity(input, { actor }));
