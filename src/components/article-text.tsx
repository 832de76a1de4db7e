import Link from "next/link";
import { segmentText } from "@/lib/segment-text";
import { VERDICT_LABEL, type VerdictRating } from "@/lib/verdicts";

type Mention = { id: string; start: number; end: number; entity: { id: string; name: string; kind: string } };
type Claim = { id: string; start: number; end: number; attribution: { kind: string } | null; verdict?: { rating: VerdictRating } | null };

/** The article body with entity mentions underlined and claims highlighted; each claim links to its card. */
export function ArticleText({ body, mentions, claims }: { body: string; mentions: Mention[]; claims: Claim[] }) {
  const byMention = new Map(mentions.map((m) => [m.id, m]));
  const byClaim = new Map(claims.map((c) => [c.id, c]));
  const segments = segmentText(body, [
    ...mentions.map((m) => ({ id: m.id, start: m.start, end: m.end, layer: "mention" as const })),
    ...claims.map((c) => ({ id: c.id, start: c.start, end: c.end, layer: "claim" as const })),
  ]);
  const seenClaim = new Set<string>();
  return (
    <div className="article-body" data-testid="article-body">
      {segments.map((s) => {
        let node: React.ReactNode = s.text;
        const mention = s.mentionId ? byMention.get(s.mentionId) : undefined;
        if (mention) {
          node = (
            <Link href={`/entities/${mention.entity.id}`} className="plain-link">
              <mark className={`mention kind-${mention.entity.kind}`} title={`${mention.entity.name} (${mention.entity.kind.toLowerCase()})`}>
                {node}
              </mark>
            </Link>
          );
        }
        const claimId = s.claimIds[0];
        if (claimId) {
          const claim = byClaim.get(claimId);
          // Only the first run of a claim carries the anchor id.
          const anchor = seenClaim.has(claimId) ? undefined : `claim-${claimId}`;
          seenClaim.add(claimId);
          node = (
            <span
              id={anchor}
              className={`claim-span kind-${claim?.attribution?.kind ?? "UNATTRIBUTED"}${claim?.verdict ? ` verdict-${claim.verdict.rating}` : ""}`}
              data-claim={claimId}
              title={claim?.verdict ? `Verdict: ${VERDICT_LABEL[claim.verdict.rating]}` : undefined}
            >
              {node}
            </span>
          );
        }
        // A claim nested inside another never leads a run: give it an empty
        // anchor where it starts, so links to #claim-<id> still land on it.
        const nested = s.claimIds.slice(1).filter((id) => !seenClaim.has(id));
        nested.forEach((id) => seenClaim.add(id));
        return (
          <span key={s.start}>
            {nested.map((id) => (
              <span key={id} id={`claim-${id}`} data-claim-anchor={id} />
            ))}
            {node}
          </span>
        );
      })}
    </div>
  );
}
