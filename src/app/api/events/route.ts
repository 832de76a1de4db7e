import { GetTimelineInput, getTimeline } from "@/server/events/get-timeline";
import { route } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

/** The timeline as JSON: the same parameters as /timeline, but an invalid one is a 422, not ignored. */
export const GET = route({ role: "viewer", input: GetTimelineInput }, async ({ input }) => {
  const { events, histogram } = await getTimeline(input);
  return { ...events, histogram: { bucket: input.bucket, rows: histogram } };
});
