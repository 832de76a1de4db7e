import "server-only";
import { z } from "zod";
import { HistogramBucket } from "@/lib/time-buckets";
import { countEventsByBucket } from "@/server/events/count-events-by-bucket";
import { listEventEntities } from "@/server/events/list-event-entities";
import { ListEventsInput, listEvents } from "@/server/events/list-events";

export const GetTimelineInput = ListEventsInput.extend({ bucket: HistogramBucket.default("month") });
export type GetTimelineInput = z.infer<typeof GetTimelineInput>;

/** Everything the timeline view shows, one query per panel, run side by side. Input is parsed once, by the page or route. */
export async function getTimeline(input: GetTimelineInput) {
  const filter = { from: input.from, to: input.to, entity: input.entity, minOutlets: input.minOutlets, q: input.q, modality: input.modality };
  const [events, histogram, entities] = await Promise.all([
    listEvents(input),
    countEventsByBucket({ ...filter, bucket: input.bucket }),
    listEventEntities({ include: input.entity }),
  ]);
  return { input, events, histogram, entities };
}
export type Timeline = Awaited<ReturnType<typeof getTimeline>>;
