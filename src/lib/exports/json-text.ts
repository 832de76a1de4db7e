// JSON exports are often pasted into a page inside <script type="application/ld+json">.
// Escaping <, > and & keeps hostile text from closing that tag; JSON.parse
// reads the same string back.
const UNSAFE = /[<>&\u2028\u2029]/g;

export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Text for a field that the reader renders as HTML (TimelineJS does): tags become text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
