"use client";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { useNotify, type Notice } from "@/components/entities/edit-feedback";
import { useApi } from "@/components/entities/use-api";

/**
 * The editing dialogs all end a successful save the same way: close the
 * dialog, show "Saved. Undo" with the batch, and re-render the server page.
 */
export function useEditForm(close: () => void) {
  const router = useRouter();
  const notify = useNotify();
  const api = useApi();
  const saved = useCallback(
    (notice: Notice) => {
      close();
      notify(notice);
      router.refresh();
    },
    [close, notify, router],
  );
  return { ...api, saved };
}
