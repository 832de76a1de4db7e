import { z } from "zod";

// Small shared pieces of the request contracts. Pages, route handlers, edit
// forms and domain functions all build their schemas from these, so that an
// id, a page number or a day means the same thing everywhere.

/** A calendar day as YYYY-MM-DD, checked by round trip: "2026-02-31" is refused, not rolled over to March. */
export const IsoDay = z.string().refine((s) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}, "use a real date as YYYY-MM-DD");

/** A row id (cuid, uuid) from a URL, a link, a select or a JSON body. */
export const RowId = z.string().trim().min(1, "id is required").max(64, "id is too long").regex(/^[A-Za-z0-9_-]+$/, "not an id");

/** Free text for search boxes. */
export const SearchText = z.string().trim().min(1).max(200);

export const PageNumber = z.coerce.number().int().min(1).max(10_000).default(1);
/** Rows per page, up to 100; `pageSize(50)` for a list whose pages are longer by default. */
export const pageSize = (byDefault: number) => z.coerce.number().int().min(1).max(100).default(byDefault);
export const PageSize = pageSize(25);

/** A checkbox: present ("1", "on", "true") means yes. */
export const Flag = z
  .union([z.literal("1"), z.literal("on"), z.literal("true"), z.literal(true)])
  .transform(() => true as const);

/** A multi-value parameter: `?kind=A&kind=B` or `?kind=A,B`. */
export function multi<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => {
    if (v === undefined || v === null) return undefined;
    const list = (Array.isArray(v) ? v : [v]).flatMap((x) => (typeof x === "string" ? x.split(",") : [x]));
    const cleaned = list.map((x) => (typeof x === "string" ? x.trim() : x)).filter((x) => x !== "");
    return cleaned.length ? [...new Set(cleaned)] : undefined;
  }, z.array(item).max(20).optional());
}
