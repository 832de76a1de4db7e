"use client";
import { useRef, useState } from "react";
import { EditForm } from "@/components/entities/edit-form";
import { EditDialog } from "@/components/entities/edit-dialog";
import styles from "@/components/entities/entities.module.css";
import { EntityPicker, type PickedEntity } from "@/components/entities/entity-picker";
import { useEditForm } from "@/components/entities/use-edit-form";
import { FixMentionSpanInput, MentionRepointed, MentionSaved, RepointMentionInput } from "@/lib/validation/mentions.validation";

export type ToolMention = {
  id: string;
  version: number;
  start: number;
  end: number;
  text: string;
  entityId: string;
  /** Text around the span and where it starts in the article body. */
  window: { offset: number; text: string };
};

function FixSpanForm({ mention, close }: { mention: ToolMention; close: () => void }) {
  const { pending, error, setError, send, saved } = useEditForm(close);
  const [start, setStart] = useState(mention.start);
  const [end, setEnd] = useState(mention.end);
  const textRef = useRef<HTMLParagraphElement>(null);
  const { offset, text } = mention.window;
  const inWindow = start >= offset && end <= offset + text.length && end > start;
  const preview = inWindow ? text.slice(start - offset, end - offset) : null;

  const useSelection = () => {
    const sel = window.getSelection();
    const node = textRef.current;
    if (!sel || sel.rangeCount === 0 || !node) return;
    const range = sel.getRangeAt(0);
    if (!node.contains(range.startContainer) || !node.contains(range.endContainer)) {
      setError({ code: "VALIDATION", message: "Select the words inside the text above first." });
      return;
    }
    // Offsets inside the paragraph, counted over its text nodes in order.
    const measure = (container: Node, at: number) => {
      const r = document.createRange();
      r.setStart(node, 0);
      r.setEnd(container, at);
      return r.toString().length;
    };
    const s = measure(range.startContainer, range.startOffset);
    const e = measure(range.endContainer, range.endOffset);
    if (e <= s) {
      setError({ code: "VALIDATION", message: "The selection is empty." });
      return;
    }
    setError(null);
    setStart(offset + s);
    setEnd(offset + e);
  };

  const before = inWindow ? text.slice(0, start - offset) : text;
  const after = inWindow ? text.slice(end - offset) : "";
  return (
    <EditForm
      close={close}
      pending={pending}
      error={error}
      submitLabel="Save span"
      pendingLabel="Saving…"
      onSubmit={async () => {
        const res = await send({
          method: "PATCH",
          url: `/api/mentions/${mention.id}/span`,
          input: FixMentionSpanInput,
          values: { id: mention.id, version: mention.version, start, end },
          result: MentionSaved,
        });
        if (res) saved({ message: `The mention now reads “${res.mention.text}”.`, batchId: res.batchId });
      }}
    >
      <p className="small muted" style={{ margin: 0 }}>
        Select the right words in the text and press “Use selection”, or type the character offsets. The fixed mention is marked as manual and survives re-extraction.
      </p>
      <p ref={textRef} className={styles.windowText} aria-label="Text around the mention">
        {before}
        {inWindow && <mark>{preview}</mark>}
        {after}
      </p>
      <div className={styles.row}>
        <button type="button" className="secondary" onClick={useSelection}>
          Use selection
        </button>
        <label className={styles.field}>
          Start
          <input type="number" min={0} step={1} value={start} onChange={(e) => setStart(Number(e.target.value))} style={{ width: "7rem" }} data-autofocus />
        </label>
        <label className={styles.field}>
          End
          <input type="number" min={1} step={1} value={end} onChange={(e) => setEnd(Number(e.target.value))} style={{ width: "7rem" }} />
        </label>
      </div>
      <p className="small" aria-live="polite" style={{ margin: 0 }}>
        New text: {preview !== null ? <strong className={styles.preview}>“{preview}”</strong> : <span className="muted">outside the text shown; the server will check it</span>}
      </p>
    </EditForm>
  );
}

function RepointForm({ mention, close }: { mention: ToolMention; close: () => void }) {
  const [target, setTarget] = useState<PickedEntity | null>(null);
  const { pending, error, setError, send, saved } = useEditForm(close);
  return (
    <EditForm
      close={close}
      pending={pending}
      error={error}
      submitLabel="Re-point mention"
      pendingLabel="Saving…"
      onSubmit={async () => {
        if (!target) {
          setError({ code: "VALIDATION", message: "Choose the entity this mention refers to." });
          return;
        }
        const res = await send({
          method: "PATCH",
          url: `/api/mentions/${mention.id}/entity`,
          input: RepointMentionInput,
          values: { id: mention.id, version: mention.version, entityId: target.id },
          result: MentionRepointed,
        });
        if (res) saved({ message: `“${mention.text}” now points to “${res.entity.name}”.`, batchId: res.batchId, link: { href: `/entities/${res.entity.id}`, label: `Open “${res.entity.name}”` } });
      }}
    >
      <EntityPicker label={`Who is “${mention.text}” here?`} exclude={[mention.entityId]} onPick={setTarget} />
      {target && (
        <p className="small" style={{ margin: 0 }}>
          Will point to <strong>{target.name}</strong>.
        </p>
      )}
    </EditForm>
  );
}

/** "Fix span" and "Re-point" for one mention in a list. */
export function MentionTools({ mention }: { mention: ToolMention }) {
  return (
    <span className={styles.mentionTools}>
      <EditDialog label="Fix span" triggerClassName="secondary" triggerContext={` of “${mention.text}”`} title={`Fix the span of “${mention.text}”`} wide>
        {(close) => <FixSpanForm mention={mention} close={close} />}
      </EditDialog>
      <EditDialog label="Re-point" triggerClassName="secondary" triggerContext={` “${mention.text}” at another entity`} title={`Point “${mention.text}” at another entity`}>
        {(close) => <RepointForm mention={mention} close={close} />}
      </EditDialog>
    </span>
  );
}
