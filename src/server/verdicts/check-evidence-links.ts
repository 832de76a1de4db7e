import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/server/db";
import { parseAppLink } from "@/lib/verdicts";
import type { EvidenceLink } from "@/lib/validation/verdicts.validation";

/**
 * Links into the app must point at an article or claim that exists (and a
 * claim in the article the link names), so a verdict never cites nothing.
 * Outside URLs were checked for form by the schema; they are not fetched.
 */
export async function checkEvidenceLinks(tx: Tx, links: EvidenceLink[]): Promise<void> {
  const refs = links.map((l, i) => ({ i, ref: parseAppLink(l.href) })).filter((x) => x.ref !== null);
  if (refs.length === 0) return;
  const articleIds = [...new Set(refs.flatMap((x) => (x.ref!.articleId ? [x.ref!.articleId] : [])))];
  const claimIds = [...new Set(refs.flatMap((x) => (x.ref!.claimId ? [x.ref!.claimId] : [])))];
  const [articles, claims] = await Promise.all([
    articleIds.length ? tx.article.findMany({ where: { id: { in: articleIds } }, select: { id: true } }) : [],
    claimIds.length ? tx.claim.findMany({ where: { id: { in: claimIds } }, select: { id: true, articleId: true } }) : [],
  ]);
  const haveArticle = new Set(articles.map((a) => a.id));
  const claimArticle = new Map(claims.map((c) => [c.id, c.articleId]));
  const issues = refs.flatMap(({ i, ref }) => {
    const { articleId, claimId } = ref!;
    if (articleId && !haveArticle.has(articleId)) return [{ path: `evidence.${i}.href`, message: "no article in the ledger has this link" }];
    if (claimId && !claimArticle.has(claimId)) return [{ path: `evidence.${i}.href`, message: "no claim in the ledger has this link" }];
    if (claimId && articleId && claimArticle.get(claimId) !== articleId) return [{ path: `evidence.${i}.href`, message: "this claim is not in that article" }];
    return [];
  });
  if (issues.length) throw new AppError("VALIDATION", "An evidence link points to nothing in the ledger. Nothing was saved.", issues);
}
