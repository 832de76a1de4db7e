import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ArticleText } from "@/components/article-text";
import { AttributionChain } from "@/components/attribution-chain";
import { ReaderSourceEditor } from "@/components/entities/reader-source-editor";
import { VerdictControls } from "@/components/verdicts/verdict-editor";
import { VerdictView, reviewTarget } from "@/components/verdicts/verdict-view";
import { RowId } from "@/lib/contracts/query-params";
import { formatPrecise } from "@/lib/date-precision";
import { getArticle } from "@/server/articles/get-article";
import { parsePageParams } from "@/server/http/parse-request";

export const dynamic = "force-dynamic";

const Params = z.object({ id: RowId });

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const parsed = Params.safeParse(await params);
  const article = parsed.success ? await getArticle(parsed.data.id) : null;
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = parsePageParams(Params, await params);
  const article = await getArticle(id);
  if (!article) notFound();
  const events = [...new Map(article.evidence.map((e) => [e.event.id, e.event])).values()];
  return (
    <article>
      <p className="small">
        <Link href="/articles">← All articles</Link>
      </p>
      {article.fictional && <p className="fiction-banner">Fictional demo article: every person, place and outlet in it is invented.</p>}
      <h1>{article.title}</h1>
      <p className="lede">
        {article.outlet ? <Link href={`/entities/${article.outlet.id}`}>{article.outlet.name}</Link> : "Unknown outlet"}
        {" · "}
        {article.publishedAt ? formatPrecise(article.publishedAt, "DAY") : "no publication date"}
        {article.url && (
          <>
            {" · "}
            <a href={article.url} rel="noreferrer noopener">
              original
            </a>
          </>
        )}
      </p>
      <div className="legend small" aria-label="Legend">
        <span className="badge kind-PERSON">person</span>
        <span className="badge kind-ORGANIZATION">organisation</span>
        <span className="badge kind-LOCATION">location</span>
        <span className="badge kind-OUTLET">outlet</span>
        <span className="badge kind-AI_SYSTEM">AI system</span>
        <span className="claim-span small">claim</span>
        <span className="claim-span kind-UNATTRIBUTED small">claim with no source</span>
      </div>
      <div className="article-layout">
        <ArticleText body={article.body} mentions={article.mentions} claims={article.claims} />
        <aside aria-label="Claims and events in this article">
          <h2 style={{ marginTop: 0 }}>Claims ({article.claims.length})</h2>
          {article.claims.length === 0 ? (
            <p className="empty">The extractor found no claims in this article.</p>
          ) : (
            <ol className="list-plain">
              {article.claims.map((c) => (
                <li key={c.id}>
                  <a href={`#claim-${c.id}`} className="small">
                    “{c.text.length > 140 ? `${c.text.slice(0, 140)}…` : c.text}”
                  </a>
                  <div className="small">
                    {c.attribution ? <AttributionChain a={c.attribution} /> : <span className="muted">no attribution</span>}
                    {c.quote !== "NONE" && <span className="badge">{c.quote === "DIRECT" ? "direct quote" : "indirect"}</span>}
                    {c.attribution && (
                      <ReaderSourceEditor
                        a={{ id: c.attribution.id, version: c.attribution.version, kind: c.attribution.kind, sourceText: c.attribution.sourceText, sourceEntity: c.attribution.sourceEntity, claimText: c.text }}
                      />
                    )}
                  </div>
                  <div className="small reader-verdict" data-claim-verdict={c.id}>
                    {c.verdict && <VerdictView verdict={c.verdict} compact />}
                    <div className="reader-verdict-row">
                      {!c.verdict && <span className="muted">Not reviewed yet</span>}
                      <Link href={`/claims/${c.id}`}>Claim page</Link>
                      <VerdictControls target={reviewTarget(c)} />
                    </div>
                  </div>
                </li>
              ))}
            </ol>
          )}
          <h2>Events ({events.length})</h2>
          {events.length === 0 ? (
            <p className="empty">No dated events in this article.</p>
          ) : (
            <ul className="list-plain">
              {events.map((e) => (
                <li key={e.id}>
                  <Link href={`/timeline#event-${e.id}`}>{e.title}</Link>
                  <div className="small muted">{e.date ? formatPrecise(e.date, e.precision) : "Undated"}</div>
                </li>
              ))}
            </ul>
          )}
          <p className="small muted">Extractor {article.extractorVersion}</p>
        </aside>
      </div>
    </article>
  );
}
