import { FixMentionSpanInput } from "@/lib/validation/mentions.validation";
import { route } from "@/server/http/parse-request";
import { fixMentionSpan } from "@/server/mentions/fix-mention-span";

export const dynamic = "force-dynamic";

/** PATCH { version, start, end } — half-open UTF-16 offsets into the article body. */
export const PATCH = route({ role: "editor", input: FixMentionSpanInput }, ({ input, actor }) => fixMentionSpan(input, { actor }));
