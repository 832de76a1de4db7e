/**
 * Reader for PolNeAR's brat standoff files (attribution relations). Pure: the
 * caller reads the files. Offsets in brat count code points, so they are
 * converted here to UTF-16 indices of the same text.
 */
import type { CharSpan, SpanType } from "./types";

export interface BratSpan {
  id: string;
  label: string;
  /** Fragments in code points, as written in the file (`a b;c d` gives two). */
  fragments: CharSpan[];
  text: string;
}

export interface BratRelation {
  id: string;
  label: string;
  args: Record<string, string>;
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  relations: BratRelation[];
}

const HEADER = /^([TERAMN#*]\d*)\t/;

export function parseBrat(ann: string): BratDocument {
  const spans = new Map<string, BratSpan>();
  const relations: BratRelation[] = [];
  let last: BratSpan | null = null;
  for (const line of ann.split(/\r?\n/)) {
    const head = HEADER.exec(line);
    if (!head) {
      // A span's text may run over several lines; brat writes the rest raw.
      if (last && line.length > 0) last.text += "\n" + line;
      continue;
    }
    last = null;
    const id = head[1]!;
    const cols = line.split("\t");
    const body = cols[1] ?? "";
    if (id.startsWith("T")) {
      const sp = body.indexOf(" ");
      if (sp < 0) continue;
      const label = body.slice(0, sp);
      const fragments: CharSpan[] = [];
      for (const frag of body.slice(sp + 1).split(";")) {
        const [a, b] = frag.trim().split(/\s+/).map(Number);
        if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) continue;
        fragments.push({ start: a, end: b });
      }
      if (fragments.length === 0) continue;
      const span: BratSpan = { id, label, fragments, text: cols.slice(2).join("\t") };
      spans.set(id, span);
      last = span;
    } else if (id.startsWith("E")) {
      const parts = body.trim().split(/\s+/).filter(Boolean);
      const first = parts[0];
      if (!first) continue;
      const [label] = first.split(":");
      const args: Record<string, string> = {};
      for (const p of parts) {
        const i = p.indexOf(":");
        if (i > 0) args[p.slice(0, i)] = p.slice(i + 1);
      }
      relations.push({ id, label: label ?? "", args });
    }
  }
  return { spans, relations };
}

/** Maps code-point offsets to UTF-16 offsets; identity when the text has no astral characters. */
export function codePointToUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const table: number[] = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return (cp) => table[Math.min(Math.max(cp, 0), table.length - 1)] ?? u;
}

export interface GoldAttribution {
  source: CharSpan | null;
  cue: CharSpan | null;
  /** Every Content/Content2 argument, each as its outer start..end. */
  contents: CharSpan[];
  /** Fragments of each content, for training on discontinuous gold. */
  contentFragments: CharSpan[][];
}

const ROLE_TYPE: Record<string, SpanType> = { Source: "source", Cue: "cue", Content: "content", Content2: "content" };

/**
 * Attribution relations with UTF-16 spans. A discontinuous span is scored by its
 * outer start..end (first fragment's start to last fragment's end). Relations
 * whose label is not Attribution / Attribution-no-source are skipped, as are
 * Discuss/Discard spans (annotator bookkeeping).
 */
export function goldAttributions(text: string, ann: string): GoldAttribution[] {
  const doc = parseBrat(ann);
  const conv = codePointToUtf16(text);
  const out: GoldAttribution[] = [];
  const toSpan = (s: BratSpan): CharSpan => ({
    start: conv(s.fragments[0]!.start),
    end: conv(s.fragments[s.fragments.length - 1]!.end),
  });
  for (const rel of doc.relations) {
    if (rel.label !== "Attribution" && rel.label !== "Attribution-no-source") continue;
    const g: GoldAttribution = { source: null, cue: null, contents: [], contentFragments: [] };
    for (const [role, ref] of Object.entries(rel.args)) {
      const type = ROLE_TYPE[role.startsWith("Content") ? "Content" : role];
      const span = doc.spans.get(ref);
      if (!type || !span) continue;
      if (span.label === "Discuss" || span.label === "Discard") continue;
      if (type === "source") g.source = toSpan(span);
      else if (type === "cue") g.cue = toSpan(span);
      else {
        g.contents.push(toSpan(span));
        g.contentFragments.push(span.fragments.map((f) => ({ start: conv(f.start), end: conv(f.end) })));
      }
    }
    out.push(g);
  }
  return out;
}
