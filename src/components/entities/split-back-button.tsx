"use client";
import { useRouter } from "next/navigation";
import { ApiErrorMessage } from "@/components/entities/api-error";
import { useNotify } from "@/components/entities/edit-feedback";
import styles from "@/components/entities/entities.module.css";
import { useApi } from "@/components/entities/use-api";
import { SplitEntityInput, SplitSaved } from "@/lib/validation/entities.validation";

/** Takes a merged-away entity back out of the one it was merged into, with exactly the rows it brought. */
export function SplitBackButton({
  entity,
  into,
  className = "",
}: {
  entity: { id: string; name: string; version: number };
  into: { id: string; name: string; version: number };
  className?: string;
}) {
  const router = useRouter();
  const notify = useNotify();
  const { pending, error, send } = useApi();
  return (
    <span className={styles.row}>
      <button
        type="button"
        className={`${className} ${styles.smallButton}`}
        disabled={pending}
        onClick={async () => {
          const res = await send({
            method: "POST",
            url: `/api/entities/${entity.id}/split`,
            input: SplitEntityInput,
            values: { id: entity.id, version: entity.version, intoVersion: into.version },
            result: SplitSaved,
          });
          if (!res) return;
          const skipped = res.counts.skipped ? ` ${res.counts.skipped} rows edited since the merge stayed where they are.` : "";
          notify({ message: `Split “${entity.name}” back out of “${into.name}”: ${res.counts.mentions} mentions returned.${skipped}`, batchId: res.batchId, link: { href: `/entities/${entity.id}`, label: `Open “${entity.name}”` } });
          router.refresh();
        }}
      >
        {pending ? "Splitting…" : "Split back out"}
        <span className="sr-only">{` “${entity.name}” from “${into.name}”`}</span>
      </button>
      <ApiErrorMessage error={error} />
    </span>
  );
}
