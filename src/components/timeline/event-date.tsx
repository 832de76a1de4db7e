import type { DatePrecision } from "@/lib/contracts/analysis";
import { formatPrecise, toContractDate } from "@/lib/date-precision";
import styles from "./timeline.module.css";

const COARSE: Partial<Record<DatePrecision, string>> = { YEAR: "year only", MONTH: "month only" };

/** The date exactly as precise as stored, with coarse dates marked as such. */
export function EventDate({ date, precision, endDate }: { date: Date | null; precision: DatePrecision | null; endDate?: Date | null }) {
  if (!date || !precision) return <span className="muted">Undated</span>;
  const coarse = COARSE[precision];
  return (
    <span className={styles.date}>
      <time dateTime={toContractDate(date, precision)}>{formatPrecise(date, precision)}</time>
      {endDate && (
        <>
          {" – "}
          <time dateTime={toContractDate(endDate, precision)}>{formatPrecise(endDate, precision)}</time>
        </>
      )}
      {coarse && (
        <span className={`badge ${styles.precision}`} title={`Dated to the ${precision.toLowerCase()} only; sorted at its start`}>
          {coarse}
        </span>
      )}
    </span>
  );
}
