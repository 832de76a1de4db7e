"use client";
import { AttributionEditor, type EditableAttribution } from "@/components/entities/attribution-editor";
import { EditFeedbackProvider, EditFeedbackSlot } from "@/components/entities/edit-feedback";

/** "Change source" for a claim in the article reader's sidebar, with its own confirmation and Undo. */
export function ReaderSourceEditor({ a }: { a: EditableAttribution }) {
  return (
    <EditFeedbackProvider>
      <AttributionEditor a={a} />
      <EditFeedbackSlot />
    </EditFeedbackProvider>
  );
}
