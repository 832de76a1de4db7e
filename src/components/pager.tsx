import Link from "next/link";

/** Previous / next links with "page x of y"; plain links, so it works without JavaScript. */
export function Pager({ page, pageSize, total, noun, href }: { page: number; pageSize: number; total: number; noun: string; href: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span className="muted" aria-hidden>
          ← Previous
        </span>
      )}
      <span>
        Page {page} of {pages} ({first}–{last} of {total} {noun})
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          Next →
        </Link>
      ) : (
        <span className="muted" aria-hidden>
          Next →
        </span>
      )}
    </nav>
  );
}
