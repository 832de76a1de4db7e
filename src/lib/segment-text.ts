// Cuts a text into runs so that every run is covered by the same set of
// annotations. The reader renders one element per run, which lets claim
// highlights and entity underlines overlap without nesting HTML wrongly.

export type Annotation = { id: string; start: number; end: number; layer: "mention" | "claim" };
export type Segment = { start: number; end: number; text: string; mentionId: string | null; claimIds: string[] };

export function segmentText(text: string, annotations: Annotation[]): Segment[] {
  const valid = annotations.filter((a) => a.start < a.end && a.start >= 0 && a.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const a of valid) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    let mention: Annotation | null = null;
    const claimIds: string[] = [];
    for (const a of valid) {
      if (a.start > start || a.end < end) continue;
      if (a.layer === "claim") claimIds.push(a.id);
      // The shortest covering mention wins: "Mexico" inside "Mexico City" is not shown twice.
      else if (!mention || a.end - a.start < mention.end - mention.start) mention = a;
    }
    out.push({ start, end, text: text.slice(start, end), mentionId: mention?.id ?? null, claimIds });
  }
  return out;
}
