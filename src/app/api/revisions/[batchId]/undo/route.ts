import { UndoBatchInput } from "@/lib/validation/revisions.validation";
import { route } from "@/server/http/parse-request";
import { undoBatch } from "@/server/revisions/undo-batch";

export const dynamic = "force-dynamic";

/** POST (no body) — undoes the batch; 409 when already undone or when a later edit touched its rows. */
export const POST = route({ role: "editor", input: UndoBatchInput, from: "params" }, ({ input, actor }) => undoBatch(input, { actor }));
