import Link from "next/link";
import { ATTRIBUTION_KIND_LABEL, ATTRIBUTION_KINDS } from "@/lib/attribution-kinds";
import type { AttributionKind } from "@/lib/contracts/analysis";
import { formatPrecise } from "@/lib/date-precision";
import styles from "./claims.module.css";

type Values = {
  kind?: AttributionKind[];
  outlet?: string;
  article?: string;
  source?: string;
  chain?: string;
  quote?: string;
  figures?: boolean;
  q?: string;
  /** The review queue and verdicts chosen on the tabs above; the form keeps them. */
  review?: string;
  rating?: string[];
  group?: string;
};

type Options = {
  outlets: { id: string; name: string }[];
  articles: { id: string; title: string; publishedAt: Date | null; outlet: { name: string } | null }[];
  sources: { id: string; name: string }[];
};

function clip(s: string, n = 60) {
  return s.length > n ? `${s.slice(0, n).trimEnd()}…` : s;
}

/** A plain GET form: every filter lives in the URL and works without JavaScript. */
export function ClaimFilters({ values, options }: { values: Values; options: Options }) {
  const kinds = new Set(values.kind ?? []);
  const { review, rating, ...rest } = values;
  const filtered = Object.values(rest).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
  const clearHref = review ? `/claims?review=${encodeURIComponent(review)}` : "/claims";
  return (
    <form className={styles.filters} action="/claims" method="get" role="search" aria-label="Filter claims">
      <fieldset className={styles.kinds}>
        <legend>Kind of source</legend>
        {ATTRIBUTION_KINDS.map((k) => (
          <label key={k} className={`${styles.check} ${k === "UNATTRIBUTED" ? styles.checkDanger : ""}`}>
            <input type="checkbox" name="kind" value={k} defaultChecked={kinds.has(k)} />
            <span className={`badge kind-${k}`}>{ATTRIBUTION_KIND_LABEL[k]}</span>
          </label>
        ))}
      </fieldset>
      <div className="toolbar">
        <label>
          Search claim text
          <input type="search" name="q" defaultValue={values.q ?? ""} placeholder='e.g. liters OR "dead fish"' />
        </label>
        <label>
          Outlet
          <select name="outlet" defaultValue={values.outlet ?? ""}>
            <option value="">Any outlet</option>
            {options.outlets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Article
          <select name="article" defaultValue={values.article ?? ""} className={styles.wide}>
            <option value="">Any article</option>
            {options.articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.publishedAt ? `${formatPrecise(a.publishedAt, "DAY")} · ` : ""}
                {clip(a.title)}
                {a.outlet ? ` (${a.outlet.name})` : ""}
              </option>
            ))}
          </select>
        </label>
        <label>
          Source or relay
          <select name="source" defaultValue={values.source ?? ""}>
            <option value="">Anyone</option>
            {options.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Chain
          <select name="chain" defaultValue={values.chain ?? ""}>
            <option value="">Any</option>
            <option value="yes">Passed through others</option>
            <option value="no">Straight from the source</option>
          </select>
        </label>
        <label>
          Quote
          <select name="quote" defaultValue={values.quote ?? ""}>
            <option value="">Any</option>
            <option value="DIRECT">Direct quote</option>
            <option value="INDIRECT">Indirect (paraphrase)</option>
            <option value="NONE">Not a quote</option>
          </select>
        </label>
        <label className={styles.inlineCheck}>
          <input type="checkbox" name="figures" value="1" defaultChecked={values.figures ?? false} />
          Only claims with figures
        </label>
        <label className={styles.inlineCheck}>
          <input type="checkbox" name="group" value="lineage" defaultChecked={values.group === "lineage"} />
          One row per repeated claim
        </label>
        {review && <input type="hidden" name="review" value={review} />}
        {(rating ?? []).map((r) => (
          <input key={r} type="hidden" name="rating" value={r} />
        ))}
        <button type="submit">Apply</button>
        {filtered && (
          <Link className="button secondary" href={clearHref}>
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}
