import { normalizeName } from "@/lib/normalize-name";

// A claim's lineage as the panel shows it: the appearances in publication
// order, the first one marked, and for each later one whether its chain cites
// an outlet that had the claim earlier ("via Reuters") or not (a repetition
// with no credit, or an independent report).

export type Appearance = {
  claimId: string;
  text: string;
  article: { id: string; title: string; publishedAt: Date | null };
  outlet: { id: string; name: string } | null;
  /** Who the claim rests on in this article, nearest hop first and the source last. */
  chain: { id: string | null; name: string }[];
};

export type LineageEntry = Appearance & {
  first: boolean;
  /** An earlier appearance's outlet that this article's chain names, or null. */
  via: { id: string | null; name: string } | null;
  /** False for the first appearance and for ones whose date is unknown. */
  later: boolean;
};

const time = (a: Appearance) => a.article.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;

export function lineageEntries(appearances: Appearance[]): LineageEntry[] {
  const sorted = [...appearances].sort((x, y) => time(x) - time(y) || x.article.id.localeCompare(y.article.id) || x.claimId.localeCompare(y.claimId));
  const firstTime = sorted.length ? time(sorted[0]!) : 0;
  return sorted.map((a, i) => {
    const earlier = sorted.filter((b) => time(b) < time(a) && b.outlet && b.outlet.id !== a.outlet?.id);
    const ids = new Set(earlier.map((b) => b.outlet!.id));
    const names = new Map(earlier.map((b) => [normalizeName(b.outlet!.name), b.outlet!]));
    let via: LineageEntry["via"] = null;
    for (const node of a.chain) {
      const hit = (node.id && ids.has(node.id) ? earlier.find((b) => b.outlet!.id === node.id)!.outlet : null) ?? names.get(normalizeName(node.name)) ?? null;
      if (hit) {
        via = { id: hit.id, name: hit.name };
        break;
      }
    }
    return { ...a, first: i === 0 || time(a) === firstTime, via, later: time(a) > firstTime && Number.isFinite(time(a)) };
  });
}
