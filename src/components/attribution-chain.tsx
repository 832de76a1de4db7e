import Link from "next/link";

type Ref = { id: string; name: string } | null;
export type ChainInput = {
  kind: string;
  sourceText: string | null;
  sourceEntity: Ref;
  hops: { sourceText: string; sourceEntity: Ref }[];
};

const KIND_LABEL: Record<string, string> = {
  NAMED_PERSON: "Named person",
  ANONYMOUS: "Anonymous",
  ORGANIZATION: "Organisation",
  OUTLET: "News outlet",
  DOCUMENT: "Document",
  AI_SYSTEM: "AI system",
  UNATTRIBUTED: "No source",
};

export function kindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? kind;
}

function Node({ text, entity }: { text: string; entity: Ref }) {
  return entity ? <Link href={`/entities/${entity.id}`}>{text}</Link> : <span>{text}</span>;
}

/** "Article → Reuters → a former U.S. official", with the source's kind as a badge (unless `showKind` is false). */
export function AttributionChain({ a, showKind = true }: { a: ChainInput; showKind?: boolean }) {
  return (
    <span className="chain">
      <span className="muted">Article</span>
      {a.hops.map((h, i) => (
        <span key={i} className="chain">
          <span className="arrow" aria-hidden>
            →
          </span>
          <span className="sr-only">via</span>
          <Node text={h.sourceText} entity={h.sourceEntity} />
        </span>
      ))}
      <span className="arrow" aria-hidden>
        →
      </span>
      {a.sourceText ? <Node text={a.sourceText} entity={a.sourceEntity} /> : <em className="muted">nobody</em>}
      {showKind && <span className={`badge kind-${a.kind}`}>{kindLabel(a.kind)}</span>}
    </span>
  );
}
