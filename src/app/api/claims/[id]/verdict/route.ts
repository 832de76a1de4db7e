import { RemoveVerdictInput, SetVerdictInput } from "@/lib/validation/verdicts.validation";
import { route } from "@/server/http/parse-request";
import { removeVerdict } from "@/server/verdicts/remove-verdict";
import { setVerdict } from "@/server/verdicts/set-verdict";

export const dynamic = "force-dynamic";

/** PUT { version?, rating, explanation, evidence: [{ href, label? }] } — review a claim (no version) or change its verdict. */
export const PUT = route({ role: "editor", input: SetVerdictInput, maxBytes: 64 * 1024 }, ({ input, actor }) => setVerdict(input, { actor }));

/** DELETE { version } — withdraw the verdict; the claim goes back to the review queue. */
export const DELETE = route({ role: "editor", input: RemoveVerdictInput }, ({ input, actor }) => removeVerdict(input, { actor }));
