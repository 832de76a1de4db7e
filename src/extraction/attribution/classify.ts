/**
 * Heuristic source-kind classification and intermediary (`via`) detection.
 * PolNeAR does not annotate kinds, so these are rules over wink tokens: the
 * head of the source phrase (its last word before a relative clause or
 * apposition) decides most cases.
 */
import type { AttributionKind } from "@/lib/contracts/analysis";
import type { Token } from "../nlp";
import {
  AI_HEADS,
  ANONYMOUS_HEADS,
  DOCUMENT_HEADS,
  ORGANIZATION_HEADS,
  OUTLET_GAZETTEER,
  OUTLET_HEADS,
} from "./lexicon";

const CLAUSE_BREAK = new Set(["who", "which", "that", "whose", "whom", ",", "(", "—", "–", "-", "speaking", "familiar", "with", "briefed", "close", "to", "in", "on", "at", "for", "from", "of"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those"]);
const INDEFINITE_START = new Set(["a", "an", "one", "some", "several", "two", "three", "four", "many", "other", "another", "multiple", "various", "unnamed", "anonymous", "senior", "former"]);
const PERSONAL_PRONOUNS = new Set(["he", "she", "him", "her", "i", "we", "you"]);

function core(tokens: Token[]): Token[] {
  // The first word can't end the phrase even if it's "to" (e.g. "to Reuters").
  let end = tokens.length;
  for (let i = 1; i < tokens.length; i++) {
    // A participle ("a report released by ...") starts a modifier, not the head.
    if (CLAUSE_BREAK.has(tokens[i]!.lower) || (tokens[i]!.pos === "VERB" && /(ed|en|ing)$/.test(tokens[i]!.lower))) {
      end = i;
      break;
    }
  }
  let out = tokens.slice(0, end);
  while (out.length > 1 && (out[out.length - 1]!.pos === "PUNCT" || out[out.length - 1]!.lower === "’s" || out[out.length - 1]!.lower === "'s"))
    out = out.slice(0, -1);
  return out;
}

/** The head word of a source phrase (its last word before a modifier or clause). */
export function sourceHead(sourceTokens: Token[]): Token | null {
  if (sourceTokens.length === 0) return null;
  const np = core(sourceTokens);
  return np[np.length - 1] ?? null;
}

const RELATIVE = new Set(["that", "which"]);

function agentWord(t: Token, agentHeads: ReadonlySet<string>): boolean {
  const w = t.lower;
  if (t.pos === "PROPN" || /^[A-Z]/.test(t.text) || t.pos === "PRON") return true;
  return (
    agentHeads.has(w) ||
    ANONYMOUS_HEADS.has(w) ||
    ORGANIZATION_HEADS.has(w) ||
    DOCUMENT_HEADS.has(w) ||
    OUTLET_HEADS.has(w) ||
    AI_HEADS.has(w)
  );
}

const HEAD_STOP = new Set(["who", "which", "that", "whose", "whom", ",", "(", "—", "–", ";", ":", "of", "for", "from", "in", "at", "on", "with", "to", "by", "like", "including"]);

/**
 * Head of a source phrase for the agent test: the last noun, name, pronoun or
 * number before the first clause or preposition that follows one. Unlike
 * sourceHead, a hyphen inside a word ("81-year-old") does not end the phrase.
 */
function agentHead(tokens: Token[], a: number, b: number): Token | null {
  let head: Token | null = null;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (head && HEAD_STOP.has(t.lower)) break;
    if (t.text === "-" && i > a && tokens[i - 1]!.end === t.start && i + 1 < b && tokens[i + 1]!.start === t.end) continue;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON" || t.pos === "NUM" || t.pos === "X") head = t;
  }
  return head;
}

/**
 * Whether a source phrase can be someone or something that asserts: a name,
 * a pronoun, or a common noun that heads sources in the training data or in
 * the kind lists ("officials", "the campaign", "a poll"). "The operation" or
 * "surveillance tools" cannot, and neither can "that"/"which" standing for
 * such a noun. The source is tokens[a, b).
 */
export function isAgentive(tokens: Token[], a: number, b: number, agentHeads: ReadonlySet<string>): boolean {
  if (b - a === 1 && RELATIVE.has(tokens[a]!.lower)) {
    const ante = tokens[a - 1]?.text === "," ? tokens[a - 2] : tokens[a - 1];
    return !ante || agentWord(ante, agentHeads);
  }
  const head = agentHead(tokens, a, b);
  return !head || head.pos === "NUM" || agentWord(head, agentHeads);
}

function phrase(tokens: Token[]): string {
  let s = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && t.start > tokens[i - 1]!.end) s += " ";
    s += t.lower;
  }
  return s;
}

export function isOutletName(tokens: Token[]): boolean {
  if (tokens.length === 0) return false;
  const p = phrase(tokens);
  if (OUTLET_GAZETTEER.has(p) || OUTLET_GAZETTEER.has(p.replace(/^the /, ""))) return true;
  if (/\.(com|org|net|tv|news)$/.test(p)) return true;
  const last = tokens[tokens.length - 1]!;
  const capitalised = /^[A-Z]/.test(last.text);
  return capitalised && OUTLET_HEADS.has(last.lower) && tokens.length >= 2;
}

function looksAi(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "...AI", "...GPT" product names, including "X.AI" split by the tokenizer.
    if (/^[A-Za-z0-9.]*(AI|GPT|LLM)$/.test(t.text) && t.text.length >= 2) return true;
  }
  const last = tokens[tokens.length - 1];
  return !!last && AI_HEADS.has(last.lower);
}

export function classifySource(sourceTokens: Token[]): AttributionKind {
  if (sourceTokens.length === 0) return "UNATTRIBUTED";
  const np = core(sourceTokens);
  const head = np[np.length - 1]!;
  const first = np[0]!;
  if (looksAi(np)) return "AI_SYSTEM";
  if (isOutletName(np.filter((t, i) => i > 0 || !DETERMINERS.has(t.lower) || np.length === 1)) || isOutletName(np))
    return "OUTLET";
  if (np.length === 1 && PERSONAL_PRONOUNS.has(head.lower)) return "NAMED_PERSON";
  if (np.length === 1 && head.lower === "they") return "ANONYMOUS";
  if (DOCUMENT_HEADS.has(head.lower) && head.pos !== "PROPN") return "DOCUMENT";
  if (ORGANIZATION_HEADS.has(head.lower) && (/^[A-Z]/.test(head.text) || DETERMINERS.has(first.lower)))
    return /^[A-Z]/.test(head.text) || first.lower === "the" ? "ORGANIZATION" : "ANONYMOUS";
  if (ANONYMOUS_HEADS.has(head.lower)) return "ANONYMOUS";
  if (/^[A-Z]{2,}$/.test(head.text)) return "ORGANIZATION";
  if (head.pos === "PROPN" || /^[A-Z]/.test(head.text)) return "NAMED_PERSON";
  if (INDEFINITE_START.has(first.lower)) return "ANONYMOUS";
  return "ANONYMOUS";
}

/**
 * Outlets a source spoke to ("who spoke anonymously to Reuters", "told CNN",
 * "in an interview with Fox News"): each is a hop between the article and
 * the source. Looks inside the given token window only.
 */
export function outletHops(window: Token[]): Token[][] {
  const hops: Token[][] = [];
  for (let i = 0; i < window.length; i++) {
    const w = window[i]!.lower;
    if (w !== "to" && w !== "told" && w !== "with" && w !== "tells") continue;
    // Longest capitalised run (or known outlet) after the trigger.
    let j = i + 1;
    if (j < window.length && window[j]!.lower === "the") j++;
    let k = j;
    while (k < window.length && (/^[A-Z0-9&]/.test(window[k]!.text) || (k > j && window[k]!.text === "."))) k++;
    for (let end = k; end > j; end--) {
      const cand = window.slice(i + 1, end);
      const bare = window.slice(j, end);
      if (isOutletName(bare) || isOutletName(cand)) {
        hops.push(bare);
        break;
      }
    }
  }
  return hops;
}
