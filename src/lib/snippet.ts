// A few words either side of a span, for lists of mentions. Offsets are
// UTF-16 units (String indices), as everywhere else.

export type Snippet = { before: string; match: string; after: string };

function squash(s: string): string {
  return s.replace(/\s+/g, " ");
}

export function snippetAround(body: string, start: number, end: number, radius = 70): Snippet {
  const s = Math.max(0, Math.min(start, body.length));
  const e = Math.max(s, Math.min(end, body.length));
  let from = Math.max(0, s - radius);
  let to = Math.min(body.length, e + radius);
  // Cut at a space so that words are not chopped, unless that leaves nothing.
  if (from > 0) {
    const space = body.indexOf(" ", from);
    if (space !== -1 && space < s) from = space + 1;
  }
  if (to < body.length) {
    const space = body.lastIndexOf(" ", to);
    if (space > e) to = space;
  }
  return {
    before: (from > 0 ? "…" : "") + squash(body.slice(from, s)),
    match: squash(body.slice(s, e)),
    after: squash(body.slice(e, to)) + (to < body.length ? "…" : ""),
  };
}

/** A wider window for editing a span: the text from `start`, and where it starts in the body. */
export function editWindow(body: string, start: number, end: number, radius = 240): { offset: number; text: string } {
  const from = Math.max(0, start - radius);
  const to = Math.min(body.length, end + radius);
  return { offset: from, text: body.slice(from, to) };
}
