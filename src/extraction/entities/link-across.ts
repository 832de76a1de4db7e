import type { AnalyzedEntity, EntityKind } from "@/lib/contracts/analysis";
import { normKey } from "../gazetteers/normalize";
import { legalCore, personParts } from "./name-forms";

// Cross-article resolution, precision first. Two extracted entities from
// different articles are the same entity exactly when they share a link key:
// the normalised form of a full name (never a bare surname or a short form),
// an acronym the article itself defined, the same outlet name. Entities are
// the connected components of that relation, and their name and kind are a
// function of everything linked into them, so the result does not depend on
// the order in which articles arrive. Ingest (store-entities.ts) and the
// evaluation (scripts/eval-entities.ts) use these same functions.

const KIND_SPECIFICITY: Record<EntityKind, number> = {
  OTHER: 0,
  EVENT: 1,
  LOCATION: 2,
  ORGANIZATION: 3,
  OUTLET: 4,
  PERSON: 5,
  AI_SYSTEM: 6,
};

/**
 * The key one full form links by: case, accents, punctuation, a leading
 * "the" and a legal form do not matter ("The Associated Press" / "Associated
 * Press", "U.S. Air Force" / "US Air Force", "Ford Motor Co." / "Ford Motor
 * Company"); middle initials and "Jr." do.
 */
export function linkKey(form: string): string {
  const folded = normKey(form.replace(/\./g, ""))
    .replace(/['’`]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
  return legalCore(folded);
}

/** A form strong enough to link: a person needs a given name and a surname at least. */
export function canLink(kind: EntityKind, form: string): boolean {
  if (!linkKey(form)) return false;
  return kind !== "PERSON" || personParts(form).words.length >= 2;
}

/**
 * The link keys of one extracted entity; results of older extractors have no
 * linkNames, and link by their name. Places link only to places: "America
 * Inc." is no name of the United States. Other kinds link across kinds, so
 * that a company one article took for a person still meets itself.
 */
export function linkKeys(e: Pick<AnalyzedEntity, "kind" | "name" | "linkNames">): string[] {
  const forms = e.linkNames ?? [e.name];
  const family = e.kind === "LOCATION" ? "place:" : "name:";
  const keys = new Set<string>();
  for (const f of forms) if (canLink(e.kind, f)) keys.add(family + linkKey(f));
  return [...keys].sort();
}

/** One article's view of an entity: what that article called it, and which kind it took it for. */
export interface Observation {
  name: string;
  kind: EntityKind;
}

/** How complete a name is: a person's full name beats a surname, a spelled-out name beats an acronym. */
function completeness(kind: EntityKind, name: string): number {
  if (kind === "PERSON") return Math.min(2, personParts(name).words.length);
  const words = name.trim().split(/\s+/);
  if (words.length === 1 && /^[\p{Lu}\p{N}.&-]+$/u.test(name)) return 1;
  return 2;
}

/**
 * The canonical name: the most complete proper name the articles use
 * ("Bernie Sanders", not "Sanders"); among those the one most articles use,
 * then the longer, then the first in alphabetical order. A function of the
 * multiset of observations only, so any import order gives the same name.
 */
export function chooseName(observations: Observation[], kind: EntityKind = chooseKind(observations)): string {
  const counts = new Map<string, number>();
  for (const o of observations) counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
  let best: string | null = null;
  let bestScore: [number, number, number] = [-1, -1, -1];
  for (const [name, count] of counts) {
    const score: [number, number, number] = [completeness(kind, name), count, name.length];
    const better =
      score[0] !== bestScore[0] ? score[0] > bestScore[0] : score[1] !== bestScore[1] ? score[1] > bestScore[1] : score[2] !== bestScore[2] ? score[2] > bestScore[2] : best === null || name < best;
    if (better) {
      best = name;
      bestScore = score;
    }
  }
  return best ?? observations[0]?.name ?? "";
}

/** The kind most articles gave it; a tie goes to the more specific kind (a person over an organisation over "other"). */
export function chooseKind(observations: Observation[]): EntityKind {
  const counts = new Map<EntityKind, number>();
  for (const o of observations) counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
  let best: EntityKind = "OTHER";
  let bestCount = -1;
  for (const [kind, count] of counts) {
    if (count > bestCount || (count === bestCount && KIND_SPECIFICITY[kind] > KIND_SPECIFICITY[best])) {
      best = kind;
      bestCount = count;
    }
  }
  return best;
}

export interface ArticleEntities {
  article: string;
  entities: Pick<AnalyzedEntity, "id" | "kind" | "name" | "linkNames">[];
}

export interface LinkedEntity {
  /** "article|localId" of every extracted entity in it, sorted. */
  members: string[];
  name: string;
  kind: EntityKind;
}

/**
 * Links the entities of many articles at once, with no database: the
 * connected components of "shares a link key". What ingest builds one
 * article at a time, and what the evaluation scores.
 */
export function linkArticles(articles: ArticleEntities[]): { entityOf: Map<string, number>; entities: LinkedEntity[] } {
  const parent: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const members: { member: string; obs: Observation }[] = [];
  const byKey = new Map<string, number>();
  for (const a of articles) {
    for (const e of a.entities) {
      const i = members.length;
      members.push({ member: `${a.article}|${e.id}`, obs: { name: e.name, kind: e.kind } });
      parent.push(i);
      for (const k of linkKeys(e)) {
        const j = byKey.get(k);
        if (j === undefined) byKey.set(k, i);
        else {
          const ri = find(i);
          const rj = find(j);
          if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < members.length; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const entityOf = new Map<string, number>();
  const entities: LinkedEntity[] = [];
  for (const idx of groups.values()) {
    const obs = idx.map((i) => members[i]!.obs);
    const kind = chooseKind(obs);
    const id = entities.length;
    entities.push({ members: idx.map((i) => members[i]!.member).sort(), name: chooseName(obs, kind), kind });
    for (const i of idx) entityOf.set(members[i]!.member, id);
  }
  return { entityOf, entities };
}
