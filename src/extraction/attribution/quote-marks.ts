import type { Token } from "../nlp";

/**
 * Tokens i and i + 1 are the two halves of a '' quotation mark (the style of
 * some wire archives): wink splits the mark into two apostrophes. The tagger's
 * features, the boundary stage and the quotation rules all read it as one mark.
 */
export function isDoubleApostrophe(tokens: Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return !!a && !!b && a.text === "'" && b.text === "'" && a.end === b.start;
}
