import { ListEntitiesInput, listEntities } from "@/server/entities/list-entities";
import { route } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

/** GET /api/entities?q=&kind=&sort=&page=&pageSize=&exclude= — live entities, for the list and the pickers. */
export const GET = route({ role: "viewer", input: ListEntitiesInput }, ({ input }) => listEntities(input));
