import { RepointMentionInput } from "@/lib/validation/mentions.validation";
import { route } from "@/server/http/parse-request";
import { repointMention } from "@/server/mentions/repoint-mention";

export const dynamic = "force-dynamic";

/** PATCH { version, entityId } — the mention refers to another (live) entity. */
export const PATCH = route({ role: "editor", input: RepointMentionInput }, ({ input, actor }) => repointMention(input, { actor }));
