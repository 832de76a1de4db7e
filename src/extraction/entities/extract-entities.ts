import { parse, type Parsed } from "../nlp";
import { findCandidates } from "./candidates";
import { resolvePieces, type EntityExtraction } from "./resolve";
import { buildLayout, type Layout } from "./units";

export interface EntityResult extends EntityExtraction {
  layout: Layout;
}

/** People, organisations, places, outlets and AI systems named in `text`, with every mention. */
export function extractEntities(text: string, parsed: Parsed = parse(text)): EntityResult {
  const layout = buildLayout(parsed);
  const pieces = findCandidates(text, layout);
  return { ...resolvePieces(pieces), layout };
}
