"use client";
import { useId, useState } from "react";
import { EditDialog } from "@/components/entities/edit-dialog";
import { EditFeedbackProvider, EditFeedbackSlot } from "@/components/entities/edit-feedback";
import { EditForm } from "@/components/entities/edit-form";
import entityStyles from "@/components/entities/entities.module.css";
import type { ApiError } from "@/components/entities/use-api";
import { useEditForm } from "@/components/entities/use-edit-form";
import { MAX_EVIDENCE, RemoveVerdictInput, SetVerdictInput, VerdictSaved } from "@/lib/validation/verdicts.validation";
import { VERDICT_HINT, VERDICT_LABEL, VerdictRating } from "@/lib/verdicts";
import styles from "./verdicts.module.css";

/** What the review form needs of a claim and of its current verdict (plain JSON, from the server page). */
export type ReviewTarget = {
  claimId: string;
  claimText: string;
  verdict: { rating: VerdictRating; explanation: string; evidence: { href: string; label?: string }[]; version: number } | null;
};

type LinkRow = { key: number; href: string; label: string };

const EXPLANATION_MAX = 2000;

const clip = (s: string) => (s.length > 70 ? `${s.slice(0, 70).trimEnd()}…` : s);

/** A pasted address of this app ("https://ledger.example/articles/…") is kept as the in-app link it is. */
function normaliseHref(raw: string): string {
  const href = raw.trim();
  if (typeof window === "undefined") return href;
  try {
    const url = new URL(href);
    if (url.origin === window.location.origin) return `${url.pathname}${url.hash}`;
  } catch {
    // not an absolute URL: the schema says what is wrong with it
  }
  return href;
}

/** Field paths of the server's (or the schema's) issues, so each message sits under its field. */
function issuesAt(error: ApiError | null, path: string): string[] {
  return (error?.issues ?? []).filter((i) => i.path === path).map((i) => i.message);
}

function FieldError({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className={styles.fieldError}>
      {messages.join(" ")}
    </p>
  );
}

function VerdictForm({ target, close }: { target: ReviewTarget; close: () => void }) {
  const ids = useId();
  const current = target.verdict;
  const [rating, setRating] = useState<VerdictRating | "">(current?.rating ?? "");
  const [explanation, setExplanation] = useState(current?.explanation ?? "");
  const [nextKey, setNextKey] = useState(1000);
  const [links, setLinks] = useState<LinkRow[]>(
    current?.evidence.length ? current.evidence.map((e, i) => ({ key: i, href: e.href, label: e.label ?? "" })) : [{ key: 0, href: "", label: "" }],
  );
  const { pending, error, send, saved } = useEditForm(close);
  // Empty rows are left out, so the indexes the schema reports are those of the rows sent.
  const filled = links.filter((l) => l.href.trim() || l.label.trim());
  const sentIndex = new Map(filled.map((l, i) => [l.key, i]));
  const known = new Set(["rating", "explanation", "evidence", ...filled.map((_, i) => `evidence.${i}.href`), ...filled.map((_, i) => `evidence.${i}.label`)]);
  const others = (error?.issues ?? []).filter((i) => !known.has(i.path));
  const summary: ApiError | null = error && { ...error, issues: others.length ? others : undefined } as ApiError;

  const ratingErrors = issuesAt(error, "rating");
  const explanationErrors = issuesAt(error, "explanation");
  const evidenceErrors = issuesAt(error, "evidence");

  return (
    <EditForm
      close={close}
      pending={pending}
      error={summary}
      submitLabel={current ? "Save the new verdict" : "Save verdict"}
      pendingLabel="Saving…"
      onSubmit={async () => {
        const res = await send({
          method: "PUT",
          url: `/api/claims/${encodeURIComponent(target.claimId)}/verdict`,
          input: SetVerdictInput,
          values: {
            id: target.claimId,
            version: current?.version,
            rating: rating || undefined,
            explanation,
            evidence: filled.map((l) => ({ href: normaliseHref(l.href), ...(l.label.trim() ? { label: l.label } : {}) })),
          },
          result: VerdictSaved,
        });
        if (res) saved({ message: `${current ? "Changed the verdict on" : "Rated"} “${clip(target.claimText)}”${rating ? `: ${VERDICT_LABEL[rating]}` : ""}.`, batchId: res.batchId, link: { href: `/claims/${target.claimId}`, label: "Open the claim" } });
      }}
    >
      <p className="small" style={{ margin: 0 }}>
        “{target.claimText.length > 240 ? `${target.claimText.slice(0, 240)}…` : target.claimText}”
      </p>
      <fieldset className={styles.ratings} aria-describedby={ratingErrors.length ? `${ids}-rating-err` : undefined} aria-invalid={ratingErrors.length > 0 || undefined}>
        <legend>Rating</legend>
        {VerdictRating.options.map((r, i) => (
          <label key={r} className={styles.ratingChoice}>
            <input
              type="radio"
              name="rating"
              value={r}
              checked={rating === r}
              onChange={() => setRating(r)}
              data-autofocus={(current ? rating === r : i === 0) || undefined}
              aria-labelledby={`${ids}-${r}`}
              aria-describedby={`${ids}-${r}-hint`}
            />
            <strong id={`${ids}-${r}`}>{VERDICT_LABEL[r]}</strong>
            <span id={`${ids}-${r}-hint`} className={styles.hint}>
              {VERDICT_HINT[r]}
            </span>
          </label>
        ))}
        <FieldError id={`${ids}-rating-err`} messages={ratingErrors.length ? ["Choose a rating."] : []} />
      </fieldset>
      <label className={entityStyles.field} htmlFor={`${ids}-why`}>
        Explanation: what the evidence shows
        <textarea
          id={`${ids}-why`}
          rows={4}
          value={explanation}
          maxLength={EXPLANATION_MAX}
          onChange={(e) => setExplanation(e.target.value)}
          aria-invalid={explanationErrors.length > 0 || undefined}
          aria-describedby={`${ids}-why-count${explanationErrors.length ? ` ${ids}-why-err` : ""}`}
          placeholder="e.g. The port authority's figures show 3,800 liters, not 38,000."
        />
        <span id={`${ids}-why-count`} className={styles.counter}>
          {explanation.length} / {EXPLANATION_MAX}
        </span>
        <FieldError id={`${ids}-why-err`} messages={explanationErrors} />
      </label>
      <fieldset className={styles.ratings}>
        <legend>Evidence: web addresses, or links to articles and claims in the ledger</legend>
        <div className={styles.links}>
          {links.map((l, n) => {
            const at = sentIndex.get(l.key);
            const hrefErrors = at === undefined ? [] : issuesAt(error, `evidence.${at}.href`);
            const labelErrors = at === undefined ? [] : issuesAt(error, `evidence.${at}.label`);
            const update = (patch: Partial<LinkRow>) => setLinks((all) => all.map((x) => (x.key === l.key ? { ...x, ...patch } : x)));
            return (
              <div key={l.key}>
                <div className={styles.linkRow}>
                  <input
                    type="text"
                    inputMode="url"
                    aria-label={`Evidence link ${n + 1}`}
                    value={l.href}
                    onChange={(e) => update({ href: e.target.value })}
                    placeholder="https://… or /articles/…"
                    maxLength={2000}
                    aria-invalid={hrefErrors.length > 0 || undefined}
                    aria-describedby={hrefErrors.length ? `${ids}-l${l.key}-err` : undefined}
                  />
                  <input
                    type="text"
                    aria-label={`What evidence link ${n + 1} shows (optional)`}
                    value={l.label}
                    onChange={(e) => update({ label: e.target.value })}
                    placeholder="What it shows (optional)"
                    maxLength={200}
                  />
                  <button
                    type="button"
                    className={`secondary ${entityStyles.smallButton}`}
                    aria-label={`Remove evidence link ${n + 1}`}
                    onClick={() => setLinks((all) => (all.length === 1 ? [{ key: l.key, href: "", label: "" }] : all.filter((x) => x.key !== l.key)))}
                  >
                    Remove
                  </button>
                </div>
                <FieldError id={`${ids}-l${l.key}-err`} messages={[...hrefErrors, ...labelErrors]} />
              </div>
            );
          })}
        </div>
        {links.length < MAX_EVIDENCE && (
          <button
            type="button"
            className={`secondary ${entityStyles.smallButton}`}
            style={{ justifySelf: "start" }}
            onClick={() => {
              setLinks((all) => [...all, { key: nextKey, href: "", label: "" }]);
              setNextKey((k) => k + 1);
            }}
          >
            Add another link
          </button>
        )}
        <FieldError id={`${ids}-evidence-err`} messages={evidenceErrors} />
      </fieldset>
    </EditForm>
  );
}

function RemoveForm({ target, close }: { target: ReviewTarget; close: () => void }) {
  const { pending, error, send, saved } = useEditForm(close);
  return (
    <EditForm
      close={close}
      pending={pending}
      error={error}
      submitLabel="Remove the verdict"
      pendingLabel="Removing…"
      onSubmit={async () => {
        const res = await send({
          method: "DELETE",
          url: `/api/claims/${encodeURIComponent(target.claimId)}/verdict`,
          input: RemoveVerdictInput,
          values: { id: target.claimId, version: target.verdict?.version },
          result: VerdictSaved,
        });
        if (res) saved({ message: `Removed the verdict on “${clip(target.claimText)}”; it is back in the “not reviewed yet” queue.`, batchId: res.batchId });
      }}
    >
      <p style={{ margin: 0 }}>
        The claim goes back to the “not reviewed yet” queue. The edit log keeps the verdict, and Undo brings it back.
      </p>
    </EditForm>
  );
}

/**
 * Review a claim, change its verdict or remove it, with "Saved. Undo" beside
 * the buttons. In a review queue the claim leaves the list once reviewed, so
 * there the page holds the confirmation instead (`feedback="page"`, inside a
 * <QueueFeedback>).
 */
export function VerdictControls({ target, feedback = "own" }: { target: ReviewTarget; feedback?: "own" | "page" }) {
  const controls = <VerdictButtons target={target} />;
  if (feedback === "page") return controls;
  return (
    <EditFeedbackProvider>
      {controls}
      <EditFeedbackSlot />
    </EditFeedbackProvider>
  );
}

/** One confirmation for a whole list of claims, kept in view at the bottom of the window. */
export function QueueFeedback({ children }: { children: React.ReactNode }) {
  return (
    <EditFeedbackProvider>
      {children}
      <div className={styles.queueFeedback}>
        <EditFeedbackSlot />
      </div>
    </EditFeedbackProvider>
  );
}

function VerdictButtons({ target }: { target: ReviewTarget }) {
  const short = target.claimText.slice(0, 60);
  return (
    <>
      <div className={styles.controls}>
        <EditDialog
          label={target.verdict ? "Change verdict" : "Review"}
          triggerClassName={target.verdict ? `secondary ${entityStyles.smallButton}` : entityStyles.smallButton}
          triggerContext={`${target.verdict ? " on" : ""} “${short}”`}
          title={target.verdict ? "Change the verdict" : "Review this claim"}
          wide
        >
          {(close) => <VerdictForm target={target} close={close} />}
        </EditDialog>
        {target.verdict && (
          <EditDialog label="Remove verdict" triggerClassName={`secondary ${entityStyles.smallButton}`} triggerContext={` on “${short}”`} title="Remove the verdict?">
            {(close) => <RemoveForm target={target} close={close} />}
          </EditDialog>
        )}
      </div>
    </>
  );
}
