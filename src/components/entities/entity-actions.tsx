"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { EditForm } from "@/components/entities/edit-form";
import { EditDialog } from "@/components/entities/edit-dialog";
import { useNotify } from "@/components/entities/edit-feedback";
import styles from "@/components/entities/entities.module.css";
import { EntityPicker, type PickedEntity } from "@/components/entities/entity-picker";
import { useApi } from "@/components/entities/use-api";
import { useEditForm } from "@/components/entities/use-edit-form";
import { EntityKind } from "@/lib/contracts/analysis";
import { entityKindLabel } from "@/lib/entity-kind-label";
import {
  AddAliasInput,
  AliasSaved,
  EditSaved,
  EntitySaved,
  MergeEntitiesInput,
  RemoveAliasInput,
  SplitOffEntityInput,
  UpdateEntityInput,
} from "@/lib/validation/entities.validation";

export type ActionEntity = { id: string; name: string; kind: string; description: string | null; version: number };
export type SplitChoice = { id: string; label: string; group: string };

function KindSelect({ name, defaultValue }: { name: string; defaultValue: string }) {
  const id = useId();
  return (
    <label className={styles.field} htmlFor={id}>
      Kind
      <select id={id} name={name} defaultValue={defaultValue}>
        {EntityKind.options.map((k) => (
          <option key={k} value={k}>
            {entityKindLabel(k)}
          </option>
        ))}
      </select>
    </label>
  );
}

function EditEntityForm({ entity, close }: { entity: ActionEntity; close: () => void }) {
  const { pending, error, send, saved } = useEditForm(close);
  return (
    <EditForm
      close={close}
      pending={pending}
      error={error}
      submitLabel="Save changes"
      pendingLabel="Saving…"
      onSubmit={async (f) => {
        const res = await send({
          method: "PATCH",
          url: `/api/entities/${entity.id}`,
          input: UpdateEntityInput,
          values: { id: entity.id, version: entity.version, name: f.get("name"), kind: f.get("kind"), description: f.get("description") },
          result: EntitySaved,
        });
        if (res) saved({ message: `Saved “${res.entity.name}”.`, batchId: res.batchId });
      }}
    >
      <label className={styles.field}>
        Name
        <input name="name" defaultValue={entity.name} required maxLength={300} data-autofocus />
      </label>
      <KindSelect name="kind" defaultValue={entity.kind} />
      <label className={styles.field}>
        <span>
          Description <span className="small">(optional)</span>
        </span>
        <textarea name="description" rows={3} maxLength={2000} defaultValue={entity.description ?? ""} />
      </label>
    </EditForm>
  );
}

function AddAliasForm({ entity, close }: { entity: ActionEntity; close: () => void }) {
  const { pending, error, send, saved } = useEditForm(close);
  return (
    <EditForm
      close={close}
      pending={pending}
      error={error}
      submitLabel="Add alias"
      pendingLabel="Adding…"
      onSubmit={async (f) => {
        const res = await send({
          method: "POST",
          url: `/api/entities/${entity.id}/aliases`,
          input: AddAliasInput,
          values: { id: entity.id, version: entity.version, alias: f.get("alias") },
          result: AliasSaved,
        });
        if (res) saved({ message: `Added the alias “${res.alias.alias}”.`, batchId: res.batchId });
      }}
    >
      <p className="small muted" style={{ margin: 0 }}>
        Future articles that use this name will be linked to “{entity.name}”. Case, accents and punctuation do not matter.
      </p>
      <label className={styles.field}>
        Alias
        <input name="alias" required maxLength={300} data-autofocus />
      </label>
    </EditForm>
  );
}

function MergeIntoForm({ entity, close }: { entity: ActionEntity; close: () => void }) {
  const [target, setTarget] = useState<PickedEntity | null>(null);
  const { pending, error, setError, send, saved } = useEditForm(close);
  return (
    <EditForm
      close={close}
      pending={pending}
      error={error}
      submitLabel="Merge"
      pendingLabel="Merging…"
      onSubmit={async () => {
        if (!target) {
          setError({ code: "VALIDATION", message: "Choose the entity to merge into first." });
          return;
        }
        const res = await send({
          method: "POST",
          url: `/api/entities/${target.id}/merge`,
          input: MergeEntitiesInput,
          values: { id: target.id, version: target.version, sources: [{ id: entity.id, version: entity.version }] },
          result: EditSaved,
        });
        if (res) saved({ message: `Merged “${entity.name}” into “${target.name}”.`, batchId: res.batchId, link: { href: `/entities/${target.id}`, label: `Open “${target.name}”` } });
      }}
    >
      <p className="small muted" style={{ margin: 0 }}>
        Every mention, claim source, event and alias of “{entity.name}” moves to the entity you choose. You can undo it, or split it back out later.
      </p>
      <EntityPicker label="Merge into" exclude={[entity.id]} onPick={setTarget} />
      {target && (
        <p className="small" style={{ margin: 0 }}>
          “{entity.name}” will be merged into <span className={`badge kind-${target.kind}`}>{entityKindLabel(target.kind)}</span> <strong>{target.name}</strong>
          {target.kind !== entity.kind && <span className="badge badge-warn">different kind</span>}
        </p>
      )}
    </EditForm>
  );
}

function MergeOthersForm({ entity, close }: { entity: ActionEntity; close: () => void }) {
  const [sources, setSources] = useState<PickedEntity[]>([]);
  const { pending, error, setError, send, saved } = useEditForm(close);
  return (
    <EditForm
      close={close}
      pending={pending}
      error={error}
      submitLabel={`Merge ${sources.length || ""} into this`.replace("  ", " ")}
      pendingLabel="Merging…"
      onSubmit={async () => {
        if (sources.length === 0) {
          setError({ code: "VALIDATION", message: "Choose at least one duplicate to merge." });
          return;
        }
        const res = await send({
          method: "POST",
          url: `/api/entities/${entity.id}/merge`,
          input: MergeEntitiesInput,
          values: { id: entity.id, version: entity.version, sources: sources.map((s) => ({ id: s.id, version: s.version })) },
          result: EditSaved,
        });
        if (res) saved({ message: `Merged ${sources.map((s) => `“${s.name}”`).join(", ")} into “${entity.name}”.`, batchId: res.batchId });
      }}
    >
      <p className="small muted" style={{ margin: 0 }}>
        Pick the duplicates of “{entity.name}”. Their mentions, claim sources, events and aliases move here.
      </p>
      <EntityPicker label="Add a duplicate" exclude={[entity.id, ...sources.map((s) => s.id)]} onPick={(p) => setSources((s) => [...s, p])} />
      {sources.length > 0 && (
        <ul className={styles.chips} aria-label="Entities to merge">
          {sources.map((s) => (
            <li key={s.id} className={styles.chip}>
              <span className={`badge kind-${s.kind}`}>{entityKindLabel(s.kind)}</span> {s.name}
              <button type="button" className={styles.iconButton} aria-label={`Do not merge ${s.name}`} onClick={() => setSources((all) => all.filter((x) => x.id !== s.id))}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </EditForm>
  );
}

function SplitOffForm({ entity, mentions, claims, close }: { entity: ActionEntity; mentions: SplitChoice[]; claims: SplitChoice[]; close: () => void }) {
  const { pending, error, send, saved } = useEditForm(close);
  const groups = [...new Set(mentions.map((m) => m.group))];
  return (
    <EditForm
      close={close}
      pending={pending}
      error={error}
      submitLabel="Create and move"
      pendingLabel="Splitting…"
      onSubmit={async (f) => {
        const res = await send({
          method: "POST",
          url: `/api/entities/${entity.id}/split-off`,
          input: SplitOffEntityInput,
          values: {
            id: entity.id,
            version: entity.version,
            name: f.get("name"),
            kind: f.get("kind"),
            description: f.get("description"),
            mentionIds: f.getAll("mentionIds"),
            attributionIds: f.getAll("attributionIds"),
          },
          result: EntitySaved,
        });
        if (res) saved({ message: `Created “${res.entity.name}” from the chosen mentions.`, batchId: res.batchId, link: { href: `/entities/${res.entity.id}`, label: `Open “${res.entity.name}”` } });
      }}
    >
      <p className="small muted" style={{ margin: 0 }}>
        When one entity is really two (two different people called “{entity.name}”), tick the mentions and claims that belong to the other one. They move to a new entity.
      </p>
      <div className="grid grid-2">
        <label className={styles.field}>
          Name of the new entity
          <input name="name" required maxLength={300} defaultValue={entity.name} data-autofocus />
        </label>
        <KindSelect name="kind" defaultValue={entity.kind} />
      </div>
      <label className={styles.field}>
        <span>
          Description <span className="small">(optional)</span>
        </span>
        <input name="description" maxLength={2000} />
      </label>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="small muted">Mentions to move ({mentions.length})</legend>
        {mentions.length === 0 ? (
          <p className="small muted">This entity has no mentions.</p>
        ) : (
          <ul className={styles.checkList}>
            {groups.map((g) => (
              <li key={g}>
                <strong className="small">{g}</strong>
                <ul className="list-plain">
                  {mentions
                    .filter((m) => m.group === g)
                    .map((m) => (
                      <li key={m.id} style={{ border: 0, padding: "0.15rem 0" }}>
                        <label className="small">
                          <input type="checkbox" name="mentionIds" value={m.id} /> <span className={styles.snippet}>{m.label}</span>
                        </label>
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {claims.length > 0 && (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="small muted">Claims sourced to it, to move as well ({claims.length})</legend>
          <ul className={styles.checkList}>
            {claims.map((c) => (
              <li key={c.id}>
                <label className="small">
                  <input type="checkbox" name="attributionIds" value={c.id} /> “{c.label}” <span className="muted">({c.group})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </EditForm>
  );
}

function AliasChip({ entity, alias }: { entity: ActionEntity; alias: { id: string; alias: string } }) {
  const router = useRouter();
  const notify = useNotify();
  const { pending, error, send } = useApi();
  return (
    <li className={styles.chip}>
      {alias.alias}
      <button
        type="button"
        className={styles.iconButton}
        aria-label={`Remove alias ${alias.alias}`}
        disabled={pending}
        onClick={async () => {
          const res = await send({
            method: "DELETE",
            url: `/api/entities/${entity.id}/aliases/${alias.id}`,
            input: RemoveAliasInput,
            values: { id: entity.id, version: entity.version, aliasId: alias.id },
            result: EditSaved,
          });
          if (!res) return;
          notify({ message: `Removed the alias “${alias.alias}”.`, batchId: res.batchId });
          router.refresh();
        }}
      >
        {pending ? "…" : "✕"}
      </button>
      {error && (
        <span role="alert" className={styles.inlineError}>
          {error.message}
        </span>
      )}
    </li>
  );
}

/** The editing toolbar of a live entity's page, and its alias list. */
export function EntityActions({
  entity,
  aliases,
  mentions,
  claims,
}: {
  entity: ActionEntity;
  aliases: { id: string; alias: string }[];
  mentions: SplitChoice[];
  claims: SplitChoice[];
}) {
  return (
    <>
      <div className={styles.toolbar} role="toolbar" aria-label="Edit this entity">
        <EditDialog label="Edit" title={`Edit “${entity.name}”`}>
          {(close) => <EditEntityForm entity={entity} close={close} />}
        </EditDialog>
        <EditDialog label="Add alias" triggerClassName="secondary" title={`Add an alias to “${entity.name}”`}>
          {(close) => <AddAliasForm entity={entity} close={close} />}
        </EditDialog>
        <EditDialog label="Merge into…" triggerClassName="secondary" title={`Merge “${entity.name}” into another entity`}>
          {(close) => <MergeIntoForm entity={entity} close={close} />}
        </EditDialog>
        <EditDialog label="Merge duplicates into this…" triggerClassName="secondary" title={`Merge duplicates into “${entity.name}”`}>
          {(close) => <MergeOthersForm entity={entity} close={close} />}
        </EditDialog>
        <EditDialog label="Split off…" triggerClassName="secondary" title={`Split mentions off “${entity.name}”`} wide>
          {(close) => <SplitOffForm entity={entity} mentions={mentions} claims={claims} close={close} />}
        </EditDialog>
      </div>
      <div>
        <span className="small muted">Aliases: </span>
        {aliases.length === 0 ? (
          <span className="small muted">none</span>
        ) : (
          <ul className={styles.chips} aria-label="Aliases" style={{ display: "inline-flex" }}>
            {aliases.map((a) => (
              <AliasChip key={a.id} entity={entity} alias={a} />
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
