import { AddAliasInput } from "@/lib/validation/entities.validation";
import { addAlias } from "@/server/entities/add-alias";
import { route } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

/** POST { version, alias } */
export const POST = route({ role: "editor", input: AddAliasInput, status: 201 }, ({ input, actor }) => addAlias(input, { actor }));
