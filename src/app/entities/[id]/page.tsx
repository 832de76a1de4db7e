import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AttributionChain } from "@/components/attribution-chain";
import { ActorNameField } from "@/components/entities/actor-name-field";
import { AttributionEditor } from "@/components/entities/attribution-editor";
import { EditFeedbackProvider, EditFeedbackSlot } from "@/components/entities/edit-feedback";
import styles from "@/components/entities/entities.module.css";
import { EntityActions } from "@/components/entities/entity-actions";
import { MentionTools } from "@/components/entities/mention-tools";
import { RevisionList } from "@/components/entities/revision-list";
import { SplitBackButton } from "@/components/entities/split-back-button";
import { UndoButton } from "@/components/entities/undo-button";
import { RowId } from "@/lib/contracts/query-params";
import { formatPrecise } from "@/lib/date-precision";
import { entityKindLabel } from "@/lib/entity-kind-label";
import { ROLE_LABEL } from "@/lib/events/event-labels";
import { getEntity } from "@/server/entities/get-entity";
import { parsePageParams } from "@/server/http/parse-request";
import { listRevisions } from "@/server/revisions/list-revisions";

export const dynamic = "force-dynamic";

const Params = z.object({ id: RowId });

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const parsed = Params.safeParse(await params);
  const entity = parsed.success ? await getEntity(parsed.data.id) : null;
  return { title: entity?.name ?? "Entity not found" };
}

export default async function EntityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = parsePageParams(Params, await params);
  const [entity, history] = await Promise.all([getEntity(id), listRevisions({ entityId: id, page: 1, pageSize: 10 })]);
  if (!entity) notFound();
  const merged = entity.mergedInto;
  const mergeBatch = merged ? history.items.find((b) => b.action === "entity.merge" && b.undoable) : undefined;
  const actionEntity = { id: entity.id, name: entity.name, kind: entity.kind, description: entity.description, version: entity.version };
  const shownMentions = entity.mentionGroups.reduce((n, g) => n + g.mentions.length, 0);

  return (
    <EditFeedbackProvider>
      <p className="small">
        <Link href="/entities">← All entities</Link>
      </p>
      <div className={styles.header}>
        <span className={`badge kind-${entity.kind}`}>{entityKindLabel(entity.kind)}</span>
        <h1>{entity.name}</h1>
      </div>
      <p className="lede">{entity.description ?? <span className="muted">No description yet.</span>}</p>

      {merged ? (
        <div className={styles.mergedBanner} role="note">
          <p style={{ marginTop: 0 }}>
            <strong>“{entity.name}” was merged into </strong>
            <Link href={`/entities/${merged.id}`}>{merged.name}</Link>
            <strong>.</strong> Its mentions, claims and events now belong to that entity. If the merge was wrong, split it back out: exactly the rows it brought return here.
          </p>
          <div className={styles.row}>
            <SplitBackButton entity={{ id: entity.id, name: entity.name, version: entity.version }} into={{ id: merged.id, name: merged.name, version: merged.version }} />
            {mergeBatch && <UndoButton batchId={mergeBatch.batchId} label="Undo the merge" />}
          </div>
        </div>
      ) : (
        <EntityActions
          entity={actionEntity}
          aliases={entity.aliases.filter((a) => a.alias !== entity.name)}
          mentions={entity.mentionGroups.flatMap((g) =>
            g.mentions.map((m) => ({ id: m.id, group: g.article.title, label: `${m.snippet.before}[${m.snippet.match}]${m.snippet.after}` })),
          )}
          claims={entity.claims.map((c) => ({ id: c.id, group: c.claim.article.title, label: c.claim.text.length > 160 ? `${c.claim.text.slice(0, 160)}…` : c.claim.text }))}
        />
      )}
      <EditFeedbackSlot />
      {merged && entity.aliases.some((a) => a.alias !== entity.name) && (
        <p className="small muted">
          Aliases:{" "}
          {entity.aliases
            .filter((a) => a.alias !== entity.name)
            .map((a) => a.alias)
            .join(", ")}
        </p>
      )}

      <div className={styles.sections}>
        <div>
          <section aria-labelledby="mentions-h" className="panel">
            <h2 id="mentions-h">
              Mentions ({entity.mentionTotal}
              {entity.mentionGroups.length > 0 && ` in ${entity.mentionGroups.length} article${entity.mentionGroups.length === 1 ? "" : "s"}`})
            </h2>
            {entity.mentionGroups.length === 0 ? (
              <p className="empty">{merged ? "Its mentions moved to the entity it was merged into." : "No article mentions this entity."}</p>
            ) : (
              entity.mentionGroups.map((g) => (
                <div key={g.article.id} className={styles.articleGroup}>
                  <h3>
                    <Link href={`/articles/${g.article.id}`}>{g.article.title}</Link>{" "}
                    {g.article.publishedAt && <span className="small muted">{formatPrecise(g.article.publishedAt, "DAY")}</span>}
                  </h3>
                  <ul className="list-plain">
                    {g.mentions.map((m) => (
                      <li key={m.id} className={styles.mentionRow}>
                        <span className={`small ${styles.snippet}`}>
                          {m.snippet.before}
                          <mark>{m.snippet.match}</mark>
                          {m.snippet.after} {m.origin === "MANUAL" && <span className="badge">manual</span>}
                        </span>
                        {!merged && <MentionTools mention={{ id: m.id, version: m.version, start: m.start, end: m.end, text: m.text, entityId: entity.id, window: m.window }} />}
                      </li>
                    ))}
                  </ul>
                </div>
              ))
            )}
            {entity.mentionTotal > shownMentions && (
              <p className="small muted">
                Showing the first {shownMentions} of {entity.mentionTotal} mentions.
              </p>
            )}
          </section>

          <section aria-labelledby="claims-h" className="panel" style={{ marginTop: "1rem" }}>
            <h2 id="claims-h">Claims it is the source of ({entity.claims.length})</h2>
            {entity.claims.length === 0 ? (
              <p className="empty">No claim is attributed to “{entity.name}”.</p>
            ) : (
              <ol className="list-plain">
                {entity.claims.map((c) => (
                  <li key={c.id}>
                    <div className="small">
                      “{c.claim.text.length > 220 ? `${c.claim.text.slice(0, 220)}…` : c.claim.text}”{" "}
                      <Link href={`/articles/${c.claim.article.id}#claim-${c.claim.id}`} className="muted">
                        in {c.claim.article.title}
                      </Link>
                    </div>
                    <div className={`small ${styles.row}`}>
                      <AttributionChain a={c} />
                      {c.cue && <span className="muted">cue: “{c.cue}”</span>}
                      {!merged && (
                        <AttributionEditor a={{ id: c.id, version: c.version, kind: c.kind, sourceText: c.sourceText, sourceEntity: c.sourceEntity, claimText: c.claim.text }} />
                      )}
                    </div>
                  </li>
                ))}
              </ol>
            )}
            {entity.relayed.length > 0 && (
              <>
                <h3 className="small">Passed on through “{entity.name}” ({entity.relayed.length})</h3>
                <ul className="list-plain small">
                  {entity.relayed.map((c, i) => (
                    <li key={`${c.id}-${i}`}>
                      <Link href={`/articles/${c.article.id}#claim-${c.id}`}>“{c.text.length > 140 ? `${c.text.slice(0, 140)}…` : c.text}”</Link>{" "}
                      <span className="muted">in {c.article.title}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </div>

        <div>
          <section aria-labelledby="events-h" className="panel">
            <h2 id="events-h">Events ({entity.events.length})</h2>
            {entity.events.length === 0 ? (
              <p className="empty">Not part of any event.</p>
            ) : (
              <ul className="list-plain">
                {entity.events.map((e) => (
                  <li key={`${e.id}-${e.role}`}>
                    <Link href={`/timeline#event-${e.id}`}>{e.title}</Link> <span className="badge">{e.role === "location" ? "place" : ROLE_LABEL[e.role]}</span>
                    <div className="small muted">{e.date ? formatPrecise(e.date, e.precision) : "Undated"}</div>
                  </li>
                ))}
              </ul>
            )}
          </section>

          {entity.outletArticles.length > 0 && (
            <section aria-labelledby="published-h" className="panel" style={{ marginTop: "1rem" }}>
              <h2 id="published-h">Articles it published ({entity.outletArticles.length})</h2>
              <ul className="list-plain small">
                {entity.outletArticles.map((a) => (
                  <li key={a.id}>
                    <Link href={`/articles/${a.id}`}>{a.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="merged-h" className="panel" style={{ marginTop: "1rem" }}>
            <h2 id="merged-h">Merged into this ({entity.mergedFrom.length})</h2>
            {entity.mergedFrom.length === 0 ? (
              <p className="small muted">No other entity was merged into this one.</p>
            ) : (
              <ul className="list-plain">
                {entity.mergedFrom.map((m) => (
                  <li key={m.id} className={styles.mentionRow}>
                    <span>
                      <span className={`badge kind-${m.kind}`}>{entityKindLabel(m.kind)}</span> <Link href={`/entities/${m.id}`}>{m.name}</Link>
                    </span>
                    <SplitBackButton className="secondary" entity={m} into={{ id: entity.id, name: entity.name, version: entity.version }} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="history-h" className="panel" style={{ marginTop: "1rem" }}>
            <h2 id="history-h">Edit history</h2>
            {history.items.length === 0 ? (
              <p className="small muted">Nobody has edited this entity yet.</p>
            ) : (
              <RevisionList items={history.items} />
            )}
            <p className="small">
              <Link href={`/revisions?entityId=${entity.id}`}>All edits of “{entity.name}”</Link> · <Link href="/revisions">Full edit history</Link>
            </p>
            <ActorNameField />
          </section>
        </div>
      </div>
    </EditFeedbackProvider>
  );
}
