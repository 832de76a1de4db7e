import { NextResponse } from "next/server";
import { recordFromSearchParams, withoutEmpty } from "@/lib/search-params";
import { errorResponse } from "@/server/http/error-response";
import { GetTimelineInput, getTimeline } from "@/server/events/get-timeline";

export const dynamic = "force-dynamic";

/** The timeline as JSON: the same parameters as /timeline, but an invalid one is a 422, not ignored. */
export async function GET(req: Request) {
  try {
    const input = GetTimelineInput.parse(withoutEmpty(recordFromSearchParams(new URL(req.url).searchParams)));
    const { events, histogram } = await getTimeline(input);
    return NextResponse.json({ ...events, histogram: { bucket: input.bucket, rows: histogram } });
  } catch (err) {
    return errorResponse(err);
  }
}
