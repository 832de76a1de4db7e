import { NOT_ORG_ACRONYMS } from "../gazetteers/organizations";
import type { Unit } from "./units";

export const ACRONYM_RE = /^[\p{Lu}][\p{Lu}\p{N}.&-]*[\p{Lu}\p{N}.]$/u;
export const HAS_DIGIT = /\d/;

/** An all-capitals word of at most eight letters that abbreviates an institution ("CJNG", "JITF-CC"; not "MBA", "GDP"). */
export function isOrgAcronym(u: Unit): boolean {
  return u.allCaps && ACRONYM_RE.test(u.text) && !NOT_ORG_ACRONYMS.has(u.lower) && u.text.replace(/[^\p{L}]/gu, "").length <= 8;
}

export function isPossessive(u: Unit | undefined): boolean {
  return !!u && (u.lower === "'s" || u.lower === "’s" || u.lower === "'" || u.lower === "’");
}
