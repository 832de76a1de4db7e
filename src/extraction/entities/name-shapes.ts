import { NOT_ORG_ACRONYMS } from "../gazetteers/organizations";
import type { Unit } from "./units";

export const ACRONYM_RE = /^[\p{Lu}][\p{Lu}\p{N}.&-]*[\p{Lu}\p{N}.]$/u;
export const HAS_DIGIT = /\d/;

/** An all-capitals word of at most eight letters that abbreviates an institution ("CJNG", "JITF-CC"; not "MBA", "GDP"). */
export function isOrgAcronym(u: Unit): boolean {
  return u.allCaps && ACRONYM_RE.test(u.text) && !notOrgAcronym(u.text) && u.text.replace(/[^\p{L}]/gu, "").length <= 8;
}

// "R-N.Y.", "D-Calif.": a lawmaker's party and state, not a name.
const PARTY_STATE = /^[RDI]-[A-Z][A-Za-z.]*$/;

/** Abbreviations of things rather than institutions ("MBA", "C.E.O.", "H.I.V."), and party-state tags. */
export function notOrgAcronym(text: string): boolean {
  return NOT_ORG_ACRONYMS.has(text.toLowerCase()) || NOT_ORG_ACRONYMS.has(text.replace(/\./g, "").toLowerCase()) || PARTY_STATE.test(text);
}

export function isPossessive(u: Unit | undefined): boolean {
  return !!u && (u.lower === "'s" || u.lower === "’s" || u.lower === "'" || u.lower === "’");
}

const MODEL = /^(?:[A-Z]{1,3}-?\d{1,4}[A-Z]?(?:-\d{1,4}[A-Z]{0,2})?|\d{3,4}(?:-\d{1,4}[A-Z]{0,3})?)s?$/;
const YEARISH = /^(?:1[89]|20|21)\d\d(?:s)?$/;

/** A model or product designator: "787", "737-800", "A380", "KC-45" (not a year, not "2nd"). */
export function isModelToken(text: string): boolean {
  return MODEL.test(text) && !YEARISH.test(text);
}

/** The model word as later mentions write it alone: "737s" -> "737". */
export function modelKey(text: string): string {
  return text.replace(/s$/, "").toLowerCase();
}
