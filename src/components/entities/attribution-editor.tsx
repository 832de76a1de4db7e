"use client";
import { useId, useState } from "react";
import { kindLabel } from "@/components/attribution-chain";
import { EditForm } from "@/components/entities/edit-form";
import { EditDialog } from "@/components/entities/edit-dialog";
import styles from "@/components/entities/entities.module.css";
import { EntityPicker } from "@/components/entities/entity-picker";
import { AttributionKind } from "@/lib/contracts/analysis";
import { useEditForm } from "@/components/entities/use-edit-form";
import { RepointAttributionInput } from "@/lib/validation/attributions.validation";
import { EditSaved } from "@/lib/validation/entities.validation";

export type EditableAttribution = {
  id: string;
  version: number;
  kind: string;
  sourceText: string | null;
  sourceEntity: { id: string; name: string } | null;
  claimText: string;
};

function AttributionForm({ a, close }: { a: EditableAttribution; close: () => void }) {
  const ids = useId();
  const [kind, setKind] = useState(a.kind);
  const [sourceText, setSourceText] = useState(a.sourceText ?? "");
  const [entity, setEntity] = useState(a.sourceEntity);
  const { pending, error, send, saved } = useEditForm(close);
  const none = kind === "UNATTRIBUTED";
  return (
    <EditForm
      close={close}
      pending={pending}
      error={error}
      submitLabel="Save source"
      pendingLabel="Saving…"
      onSubmit={async () => {
        const res = await send({
          method: "PATCH",
          url: `/api/attributions/${a.id}`,
          input: RepointAttributionInput,
          values: { id: a.id, version: a.version, kind, sourceText: none ? null : sourceText.trim() || null, sourceEntityId: none ? null : (entity?.id ?? null) },
          result: EditSaved,
        });
        if (res) saved({ message: "Saved the claim's source.", batchId: res.batchId });
      }}
    >
      <p className="small" style={{ margin: 0 }}>
        “{a.claimText.length > 200 ? `${a.claimText.slice(0, 200)}…` : a.claimText}”
      </p>
      <label className={styles.field} htmlFor={`${ids}-kind`}>
        Kind of source
        <select id={`${ids}-kind`} value={kind} onChange={(e) => setKind(e.target.value)} data-autofocus>
          {AttributionKind.options.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </label>
      {none ? (
        <p className="small muted" style={{ margin: 0 }}>
          An unattributed claim has no source; the source text and entity will be cleared.
        </p>
      ) : (
        <>
          <label className={styles.field}>
            Source as the article words it
            <input value={sourceText} onChange={(e) => setSourceText(e.target.value)} maxLength={500} placeholder="e.g. a former U.S. official" />
          </label>
          <div>
            <span className="small muted">Source entity: </span>
            {entity ? (
              <span className={styles.chip}>
                {entity.name}
                <button type="button" className={styles.iconButton} aria-label={`Clear the source entity ${entity.name}`} onClick={() => setEntity(null)}>
                  ✕
                </button>
              </span>
            ) : (
              <span className="small muted">none (an anonymous or unnamed source)</span>
            )}
          </div>
          <EntityPicker label="Change the source entity" exclude={entity ? [entity.id] : []} onPick={(p) => {
              // Text that only echoed the old entity's name follows the new one.
              if (!sourceText.trim() || sourceText === entity?.name) setSourceText(p.name);
              setEntity({ id: p.id, name: p.name });
            }} />
        </>
      )}
    </EditForm>
  );
}

/** "Change source" for one claim: its attribution kind, source text and source entity. */
export function AttributionEditor({ a }: { a: EditableAttribution }) {
  return (
    <EditDialog label="Change source" triggerClassName={`secondary ${styles.smallButton}`} triggerContext={` of “${a.claimText.slice(0, 60)}”`} title="Change the claim's source">
      {(close) => <AttributionForm a={a} close={close} />}
    </EditDialog>
  );
}
