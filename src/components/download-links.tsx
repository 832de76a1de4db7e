import styles from "./download-links.module.css";

export type DownloadFormat = { format: string; label: string; hint: string };

/**
 * "Download" links for the list as filtered now. Plain links to the export
 * routes (the browser saves what they send), so they work without JavaScript.
 */
export function DownloadLinks({ what, href, formats, note }: { what: string; href: (format: string) => string; formats: DownloadFormat[]; note?: string }) {
  return (
    <section className={styles.downloads} aria-label={`Download ${what}`}>
      <span className={styles.title}>Download {what}:</span>
      <ul>
        {formats.map((f) => (
          <li key={f.format}>
            <a href={href(f.format)} download className={styles.button} data-format={f.format}>
              {f.label}
              <span className="sr-only"> ({f.hint})</span>
            </a>
            <span className={styles.hint} aria-hidden>
              {f.hint}
            </span>
          </li>
        ))}
      </ul>
      {note && <p className={styles.note}>{note}</p>}
    </section>
  );
}
