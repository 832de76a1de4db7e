import "server-only";
import { AppError, type Issue } from "@/lib/errors";
import { getDb } from "@/server/db";
import { checkVersion } from "@/server/revisions/check-version";
import { newBatchId, recordRevisions, type EditContext } from "@/server/revisions/record-revision";
import type { FixMentionSpanInput } from "@/lib/validation/mentions.validation";
import { SNAPSHOT_SELECT, type MentionSnap } from "@/server/revisions/row-snapshots";


export async function fixMentionSpan(input: FixMentionSpanInput, ctx: EditContext) {
  const db = ctx.db ?? getDb();
  return db.$transaction(async (tx) => {
    const version = await checkVersion(tx, "mention", input.id, input.version);
    const before: MentionSnap = await tx.mention.findUniqueOrThrow({ where: { id: input.id }, select: SNAPSHOT_SELECT.Mention });
    const article = await tx.article.findUniqueOrThrow({ where: { id: before.articleId }, select: { body: true } });
    const issues: Issue[] = [];
    if (input.start >= article.body.length) issues.push({ path: "start", message: `start must be below ${article.body.length}, the length of the article` });
    if (input.end > article.body.length) issues.push({ path: "end", message: `end must be at most ${article.body.length}, the length of the article` });
    if (issues.length) throw new AppError("VALIDATION", "The span is outside the article text", issues);
    const text = article.body.slice(input.start, input.end);
    if (!text.trim()) throw new AppError("VALIDATION", "The span covers only whitespace", [{ path: "end", message: "choose a span with some text in it" }]);
    const after: MentionSnap = { ...before, start: input.start, end: input.end, text, origin: "MANUAL" };
    if (after.start === before.start && after.end === before.end && before.origin === "MANUAL") {
      throw new AppError("VALIDATION", "Nothing changed: the span is the same as before.");
    }
    await tx.mention.update({ where: { id: input.id }, data: { start: after.start, end: after.end, text, origin: "MANUAL" } });
    const batchId = newBatchId();
    await recordRevisions(tx, { batchId, actor: ctx.actor, action: "mention.span" }, [{ targetType: "Mention", targetId: input.id, before, after }]);
    return { batchId, mention: { ...after, version } };
  });
}
