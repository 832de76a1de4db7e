import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AttributionChain } from "@/components/attribution-chain";
import styles from "@/components/claims/claims.module.css";
import { VerdictControls } from "@/components/verdicts/verdict-editor";
import { VerdictView, reviewTarget } from "@/components/verdicts/verdict-view";
import { RowId } from "@/lib/contracts/query-params";
import { formatPrecise } from "@/lib/date-precision";
import { getClaim } from "@/server/claims/get-claim";
import { getClaimLineage } from "@/server/lineage/get-claim-lineage";
import { LineagePanel } from "@/components/lineage/lineage-panel";
import { parsePageParams } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

const Params = z.object({ id: RowId });
const QUOTE: Record<string, string> = { DIRECT: "direct quote", INDIRECT: "indirect (paraphrase)", NONE: "not a quote" };

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const parsed = Params.safeParse(await params);
  const claim = parsed.success ? await getClaim(parsed.data.id) : null;
  return { title: claim ? `Claim: ${claim.text.slice(0, 60)}` : "Claim not found" };
}

/** One claim: where it appeared, who it rests on, and its verdict. */
export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = parsePageParams(Params, await params);
  const [claim, lineage] = await Promise.all([getClaim(id), getClaimLineage(id)]);
  if (!claim) notFound();
  const a = claim.attribution;
  return (
    <article>
      <p className="small">
        <Link href="/claims">← Claims &amp; sources</Link>
      </p>
      {claim.article.fictional && <p className="fiction-banner">From a fictional demo article: every person, place and outlet in it is invented.</p>}
      <h1 className={styles.claimTitle}>“{claim.text}”</h1>
      <dl className={styles.facts}>
        <dt>Article</dt>
        <dd>
          <Link href={`/articles/${claim.article.id}#claim-${claim.id}`}>{claim.article.title}</Link>
          <span className="muted">
            {" · "}
            {claim.article.outlet?.name ?? "unknown outlet"}
            {" · "}
            {claim.article.publishedAt ? formatPrecise(claim.article.publishedAt, "DAY") : "no publication date"}
          </span>
        </dd>
        <dt>Source</dt>
        <dd>{a ? <AttributionChain a={a} /> : <span className="muted">no attribution</span>}</dd>
        <dt>How</dt>
        <dd>
          {a?.cue && (
            <>
              cue <q>{a.cue}</q> ·{" "}
            </>
          )}
          {QUOTE[claim.quote]}
        </dd>
      </dl>
      <section aria-labelledby="verdict-title" className="panel" style={{ marginTop: "1rem" }}>
        <h2 id="verdict-title" style={{ marginTop: 0 }}>
          Verdict
        </h2>
        {claim.verdict ? <VerdictView verdict={claim.verdict} /> : <p className="muted">Nobody has reviewed this claim yet.</p>}
        <VerdictControls target={reviewTarget(claim)} />
      </section>
      <LineagePanel lineage={lineage} current={claim.id} />
    </article>
  );
}
