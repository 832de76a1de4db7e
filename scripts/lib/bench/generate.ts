// The synthetic newsroom behind every `bench:*` script: seeded, so the same
// parameters always give the same rows. Names, places and outlets are
// invented from syllables; bodies are built sentence by sentence so that every
// mention, claim, source and cue span points at the exact text it names.
import { createHash } from "node:crypto";
import { normalizeName } from "@/lib/normalize-name";
import { mulberry32 } from "../mulberry32";
import type { CopyWriter } from "./copy-writer";

/** Bump when the rows this file writes change, so older benchmark databases are rebuilt. */
export const GENERATOR_VERSION = 2;

export type GenerateParams = {
  seed: number;
  articles: number;
  entities: number;
  events: number;
  outlets: number;
  /** Mentions of the most mentioned entity; the rest fall off as a power law. */
  maxMentions: number;
};

export function paramsForScale(scale: number, seed = 42, events?: number): GenerateParams {
  return {
    seed,
    articles: Math.max(200, Math.round(200_000 * scale)),
    entities: Math.max(200, Math.round(100_000 * scale)),
    events: events ?? Math.max(1_000, Math.round(1_000_000 * scale)),
    outlets: 50,
    maxMentions: Math.max(20, Math.round(10_000 * Math.min(1, scale))),
  };
}

/** Ids the benchmarks need to find again: the busiest entities, a quiet one, an outlet, the date span. */
export type Handles = {
  topEntityId: string;
  topEntityMentions: number;
  secondEntityId: string;
  busyParticipantId: string;
  quietEntityId: string;
  outletId: string;
  firstDay: string;
  lastDay: string;
  ids: { articles: number; claims: number; mentions: number; events: number; entities: number };
};

type Kind = "PERSON" | "ORGANIZATION" | "LOCATION" | "EVENT" | "OUTLET" | "AI_SYSTEM" | "OTHER";
type AttrKind = "NAMED_PERSON" | "ANONYMOUS" | "ORGANIZATION" | "OUTLET" | "DOCUMENT" | "AI_SYSTEM" | "UNATTRIBUTED";

const pad = (prefix: string, n: number, width: number) => prefix + n.toString(36).padStart(width, "0");
export const entityId = (i: number) => pad("be", i, 5);
export const articleId = (i: number) => pad("ba", i, 5);
const claimId = (i: number) => pad("bc", i, 6);
const attributionId = (i: number) => pad("bt", i, 6);
const hopId = (i: number) => pad("bh", i, 6);
const mentionId = (i: number) => pad("bm", i, 6);
export const eventId = (i: number) => pad("bv", i, 6);
const evidenceId = (i: number) => pad("bx", i, 6);
const aliasId = (i: number) => pad("bl", i, 5);
const revisionId = (i: number) => pad("br", i, 5);

const SYL = ["var", "nik", "tol", "stead", "mar", "ven", "ost", "row", "kel", "dra", "pel", "lis", "tam", "sko", "ber", "gan", "hul", "mir", "sar", "vo", "del", "ric", "an", "to", "quin", "bel", "cor", "vane", "ard", "mere", "lin", "das", "ka", "ren", "zo", "fel", "gri", "mot", "ul", "ise"];
const FIRST = ["Ada", "Tomas", "Marta", "Piet", "Aurel", "Lena", "Ivo", "Sana", "Oren", "Kalle", "Nadia", "Rafe", "Imre", "Joss", "Katya", "Luis", "Mina", "Nils", "Odile", "Paz", "Quentin", "Rhea", "Soren", "Tilde", "Uma", "Vito", "Wren", "Xavi", "Yara", "Zeno", "Agnes", "Boris", "Cleo", "Dario", "Edda", "Femi", "Greta", "Hugo", "Ines", "Jonas"];
const ORG_SUFFIX = ["Holdings", "Authority", "Union", "Chemicals", "Institute", "Council", "Group", "Foundation", "Party", "Commission"];
const PLACE_SUFFIX = ["", "", " Bay", " City", " Point", " Flats", " Valley"];
const OUTLET_SUFFIX = ["Courier", "Ledger", "Wire", "Observer", "Times", "Post", "Herald", "Gazette", "Dispatch", "Tribune"];
const TRIGGERS = ["Raid", "Protest", "Blockade", "Strike", "Vote", "Arrest", "Attack", "Fire", "Flood", "Election", "Designation", "Ceasefire", "Explosion", "Verdict", "Summit"];
const NOUNS = ["spill", "inquiry", "contract", "shipment", "budget", "strike", "ruling", "outbreak", "merger", "evacuation", "audit", "ceasefire"];
const VERBS = ["was delayed by", "was approved by", "was blocked by", "was reported to", "was linked to", "was criticised by", "was confirmed by"];
const UNITS = ["people", "tonnes", "million dollars", "households", "workers", "vessels", "per cent"];
const ANON = ["a senior official", "a former official who spoke anonymously", "people familiar with the matter", "two diplomats", "a government source"];
const DOCS = ["a leaked report", "court filings", "an internal memo", "the annual budget", "a ministry statement"];
const AIS = ["an AI chatbot", "an AI search engine"];
const CUES = ["said", "told reporters", "stated", "warned", "claimed", "confirmed"];

function syllableName(rnd: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += SYL[Math.floor(rnd() * SYL.length)];
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function pickKind(rnd: () => number): Kind {
  const r = rnd();
  return r < 0.5 ? "PERSON" : r < 0.75 ? "ORGANIZATION" : r < 0.92 ? "LOCATION" : r < 0.95 ? "EVENT" : r < 0.97 ? "AI_SYSTEM" : "OTHER";
}

function nameFor(kind: Kind, rnd: () => number): { name: string; alias: string | null } {
  switch (kind) {
    case "PERSON": {
      const last = syllableName(rnd, 2 + (rnd() < 0.3 ? 1 : 0));
      return { name: `${FIRST[Math.floor(rnd() * FIRST.length)]} ${last}`, alias: rnd() < 0.4 ? last : null };
    }
    case "ORGANIZATION": {
      const base = syllableName(rnd, 2);
      const name = `${base} ${ORG_SUFFIX[Math.floor(rnd() * ORG_SUFFIX.length)]}`;
      return { name, alias: rnd() < 0.2 ? name.split(" ").map((w) => w[0]).join("") + "X" : null };
    }
    case "LOCATION":
      return { name: syllableName(rnd, 2) + PLACE_SUFFIX[Math.floor(rnd() * PLACE_SUFFIX.length)], alias: null };
    case "OUTLET":
      return { name: `${syllableName(rnd, 2)} ${OUTLET_SUFFIX[Math.floor(rnd() * OUTLET_SUFFIX.length)]}`, alias: null };
    case "AI_SYSTEM":
      return { name: `${syllableName(rnd, 2)}GPT`, alias: null };
    default:
      return { name: `${syllableName(rnd, 2)} Accord`, alias: null };
  }
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2021, 0, 1);
const ARTICLE_DAYS = 2_007; // 2021-01-01 .. 2026-06-30
const EVENT_FIRST_DAY = Date.UTC(2019, 0, 1);
const EVENT_DAYS = 2_737; // 2019-01-01 .. 2026-06-30

const iso = (ms: number) => new Date(ms).toISOString();
const isoDay = (ms: number) => iso(ms).slice(0, 10);

type Progress = (message: string) => void;

/** Opens a COPY into one table on a connection of its own (a connection runs one COPY at a time). */
export type OpenCopy = (table: string, columns: readonly string[]) => Promise<CopyWriter>;

/**
 * Writes the whole synthetic newsroom through COPY, one stream per table.
 * Expects empty tables; returns the ids the benchmarks look up later.
 */
export async function generate(p: GenerateParams, open: OpenCopy, progress: Progress): Promise<Handles> {
  const now = iso(Date.UTC(2026, 6, 1));

  // ---- Entities: outlets first, then everything else by popularity rank.
  const E = p.entities;
  const kinds: Kind[] = new Array(E);
  const names: string[] = new Array(E);
  const entityRnd = mulberry32(p.seed ^ 0x5eed);
  const entityW = await open("Entity", ["id", "kind", "name", "normName", "createdAt", "updatedAt"]);
  const aliasW = await open("EntityAlias", ["id", "entityId", "alias", "normalized", "createdAt"]);
  let aliasCount = 0;
  for (let i = 0; i < E; i++) {
    const kind: Kind = i < p.outlets ? "OUTLET" : pickKind(entityRnd);
    const { name, alias } = nameFor(kind, entityRnd);
    kinds[i] = kind;
    names[i] = name;
    const norm = normalizeName(name);
    entityW.row([entityId(i), kind, name, norm, now, now]);
    // Ingest stores the entity's own name as an alias too (store-entities).
    aliasW.row([aliasId(aliasCount++), entityId(i), name, norm, now]);
    if (alias && normalizeName(alias) && normalizeName(alias) !== norm) aliasW.row([aliasId(aliasCount++), entityId(i), alias, normalizeName(alias), now]);
    await entityW.maybeFlush();
    await aliasW.maybeFlush();
  }
  const entityDone = Promise.all([entityW.end(), aliasW.end()]);
  progress(`entities: ${E} (${p.outlets} outlets), ${aliasCount} aliases`);

  // ---- Mentions: entity rank r (index outlets + r) gets maxMentions / (1 + r/50)^1.1, at least one.
  const A = p.articles;
  const mentionCount = new Int32Array(E);
  let M = 0;
  for (let r = 0; r < E - p.outlets; r++) {
    const n = Math.max(1, Math.floor(p.maxMentions / Math.pow(1 + r / 50, 1.1)));
    mentionCount[p.outlets + r] = n;
    M += n;
  }
  const mentionEntity = new Int32Array(M);
  const perArticle = new Int32Array(A + 1);
  const mentionArticle = new Int32Array(M);
  {
    const rnd = mulberry32(p.seed ^ 0xa11c);
    let k = 0;
    for (let e = p.outlets; e < E; e++) {
      for (let j = 0; j < mentionCount[e]!; j++) {
        const a = Math.floor(rnd() * A);
        mentionEntity[k] = e;
        mentionArticle[k] = a;
        perArticle[a + 1]!++;
        k++;
      }
    }
  }
  for (let a = 0; a < A; a++) perArticle[a + 1]! += perArticle[a]!;
  const byArticle = new Int32Array(M);
  {
    const fill = perArticle.slice(0, A);
    for (let k = 0; k < M; k++) byArticle[fill[mentionArticle[k]!]!++] = mentionEntity[k]!;
  }
  progress(`mentions planned: ${M} (most mentioned entity: ${p.maxMentions})`);

  // ---- Articles with their mentions, claims, attributions and chains.
  const outletWeights = Array.from({ length: p.outlets }, (_, k) => 1 / Math.pow(1 + k, 0.7));
  const outletTotal = outletWeights.reduce((x, y) => x + y, 0);
  const pickOutlet = (r: number) => {
    let acc = 0;
    for (let k = 0; k < p.outlets; k++) {
      acc += outletWeights[k]! / outletTotal;
      if (r < acc) return k;
    }
    return p.outlets - 1;
  };
  const articleW = await open("Article", ["id", "title", "outletId", "publishedAt", "body", "contentHash", "extractorVersion", "createdAt", "updatedAt"]);
  const mentionW = await open("Mention", ["id", "articleId", "entityId", "start", "end", "text", "createdAt"]);
  const claimW = await open("Claim", ["id", "articleId", "localId", "start", "end", "text", "quote", "createdAt"]);
  const attrW = await open("Attribution", ["id", "claimId", "kind", "sourceText", "sourceEntityId", "sourceStart", "sourceEnd", "cue", "cueStart", "cueEnd", "updatedAt"]);
  const hopW = await open("AttributionHop", ["id", "attributionId", "position", "sourceText", "sourceEntityId"]);
  const revW = await open("Revision", ["id", "batchId", "actor", "action", "targetType", "targetId", "before", "after", "createdAt"]);
  const claimOffset = new Int32Array(A + 1);
  const claimStart: number[] = [];
  const claimEnd: number[] = [];
  const articleDay = new Int32Array(A);
  let mentionSeq = 0;
  let claimSeq = 0;
  let hopSeq = 0;

  for (let a = 0; a < A; a++) {
    const rnd = mulberry32((p.seed * 1_000_003 + a) >>> 0);
    const outlet = pickOutlet(rnd());
    const dayNo = Math.floor(rnd() * ARTICLE_DAYS);
    articleDay[a] = dayNo;
    const published = rnd() < 0.005 ? null : FIRST_DAY + dayNo * DAY_MS;
    const created = iso((published ?? FIRST_DAY) + Math.floor(rnd() * DAY_MS));
    const ents = Array.from(byArticle.subarray(perArticle[a]!, perArticle[a + 1]!));
    let used = 0;
    let body = "";
    const mentions: [number, number, number][] = [];
    const say = (s: string) => {
      body += s;
    };
    const mention = (e: number) => {
      const start = body.length;
      say(names[e]!);
      mentions.push([e, start, body.length]);
      return [start, body.length] as const;
    };
    const nextOf = (want: Kind | null): number => {
      for (let k = used; k < ents.length; k++) {
        if (want === null || kinds[ents[k]!] === want) {
          const e = ents[k]!;
          ents.splice(k, 1);
          ents.splice(used, 0, e);
          used++;
          return e;
        }
      }
      return -1;
    };
    const place = nextOf("LOCATION");
    const trigger = TRIGGERS[Math.floor(rnd() * TRIGGERS.length)]!;
    const title = `${trigger} ${place >= 0 ? `in ${names[place]}` : "reported"}: ${NOUNS[Math.floor(rnd() * NOUNS.length)]} under scrutiny`;
    if (place >= 0) {
      say("Reporting from ");
      mention(place);
      say(". ");
    }

    const nClaims = 6 + Math.floor(rnd() * 9);
    for (let j = 0; j < nClaims; j++) {
      const r = rnd();
      let kind: AttrKind = r < 0.3 ? "NAMED_PERSON" : r < 0.45 ? "ORGANIZATION" : r < 0.6 ? "ANONYMOUS" : r < 0.68 ? "OUTLET" : r < 0.75 ? "DOCUMENT" : r < 0.77 ? "AI_SYSTEM" : "UNATTRIBUTED";
      const start = body.length;
      let source: { text: string; entity: number; start: number; end: number } | null = null;
      let cue: { text: string; start: number; end: number } | null = null;
      const quote = kind === "UNATTRIBUTED" ? "NONE" : rnd() < 0.3 ? "DIRECT" : "INDIRECT";
      const withSource = (e: number) => {
        const [s, t] = mention(e);
        source = { text: names[e]!, entity: e, start: s, end: t };
      };
      if (kind === "NAMED_PERSON" || kind === "ORGANIZATION") {
        const e = nextOf(kind === "NAMED_PERSON" ? "PERSON" : "ORGANIZATION");
        if (e >= 0) withSource(e);
        else kind = "ANONYMOUS";
      }
      if (kind === "OUTLET") {
        const o = pickOutlet(rnd());
        const s = body.length;
        say(`The ${names[o]}`);
        source = { text: names[o]!, entity: o, start: s + 4, end: body.length };
      } else if (kind === "ANONYMOUS" || kind === "DOCUMENT" || kind === "AI_SYSTEM") {
        const list = kind === "ANONYMOUS" ? ANON : kind === "DOCUMENT" ? DOCS : AIS;
        const phrase = list[Math.floor(rnd() * list.length)]!;
        const text = phrase.charAt(0).toUpperCase() + phrase.slice(1);
        const s = body.length;
        say(text);
        source = { text, entity: -1, start: s, end: body.length };
      }
      if (source) {
        say(" ");
        const c = CUES[Math.floor(rnd() * CUES.length)]!;
        cue = { text: c, start: body.length, end: body.length + c.length };
        say(c);
        say(quote === "DIRECT" ? ': "The ' : " that the ");
      } else {
        say("The ");
      }
      say(`${NOUNS[Math.floor(rnd() * NOUNS.length)]} ${VERBS[Math.floor(rnd() * VERBS.length)]} `);
      const other = rnd() < 0.7 ? nextOf(null) : -1;
      if (other >= 0) mention(other);
      else say("local officials");
      if (kind === "UNATTRIBUTED" || rnd() < 0.3) say(` after ${1 + Math.floor(rnd() * 900)} ${UNITS[Math.floor(rnd() * UNITS.length)]} were affected`);
      say(quote === "DIRECT" ? '."' : ".");
      const end = body.length;
      say(j % 4 === 3 ? "\n" : " ");

      const c = claimSeq++;
      claimStart.push(start);
      claimEnd.push(end);
      claimW.row([claimId(c), articleId(a), `c${j + 1}`, start, end, body.slice(start, end), quote, created]);
      const s = source as { text: string; entity: number; start: number; end: number } | null;
      const cu = cue as { text: string; start: number; end: number } | null;
      attrW.row([
        attributionId(c),
        claimId(c),
        kind,
        s?.text ?? null,
        s && s.entity >= 0 ? entityId(s.entity) : null,
        s?.start ?? null,
        s?.end ?? null,
        cu?.text ?? null,
        cu?.start ?? null,
        cu?.end ?? null,
        created,
      ]);
      // Chains: a claim the article took from another outlet (and now and then that outlet from an organisation).
      if (kind !== "UNATTRIBUTED" && kind !== "OUTLET" && rnd() < 0.15) {
        const via = pickOutlet(rnd());
        hopW.row([hopId(hopSeq++), attributionId(c), 0, names[via], entityId(via)]);
        if (rnd() < 0.2) {
          // An organisation the article names somewhere (not consumed: it keeps its own mention).
          const org = ents.find((e) => kinds[e] === "ORGANIZATION") ?? -1;
          if (org >= 0) hopW.row([hopId(hopSeq++), attributionId(c), 1, names[org], entityId(org)]);
        }
      }
    }
    // The rest of the article's mentions, two to a sentence.
    while (used < ents.length) {
      const e1 = nextOf(null);
      mention(e1);
      const e2 = nextOf(null);
      if (e2 >= 0) {
        say(" and ");
        mention(e2);
        say(" were also named in the inquiry. ");
      } else {
        say(" was also named in the inquiry. ");
      }
    }
    body = body.trimEnd();
    claimOffset[a + 1] = claimSeq;
    const hash = createHash("sha256").update(body).digest("hex");
    articleW.row([articleId(a), title, entityId(outlet), published === null ? null : isoDay(published), body, hash, "bench-generator/1", created, created]);
    for (const [e, s, t] of mentions) mentionW.row([mentionId(mentionSeq++), articleId(a), entityId(e), s, t, names[e], created]);
    revW.row([
      revisionId(a),
      `import-${articleId(a)}`,
      "bench",
      "article.import",
      "Article",
      articleId(a),
      "null",
      JSON.stringify({ title, contentHash: hash, entities: mentions.length, mentions: mentions.length, claims: nClaims, events: 0 }),
      created,
    ]);
    if (a % 256 === 0) {
      for (const w of [articleW, mentionW, claimW, attrW, hopW, revW]) await w.maybeFlush();
    }
    if (a > 0 && a % 20_000 === 0) progress(`articles: ${a}/${A}`);
  }
  const articlesDone = Promise.all([articleW, mentionW, claimW, attrW, hopW, revW].map((w) => w.end()));
  progress(`articles: ${A}, mentions ${mentionSeq}, claims ${claimSeq}, hops ${hopSeq}`);

  // ---- Events: mixed precision, a place for most, participants drawn by popularity, evidence from 1-3 articles.
  const eventW = await open("Event", ["id", "title", "kind", "modality", "date", "precision", "dateBasis", "locationId", "mergedIntoId", "deletedAt", "createdAt", "updatedAt"]);
  const partW = await open("EventParticipant", ["eventId", "entityId", "role"]);
  const evidW = await open("EventEvidence", ["id", "eventId", "articleId", "claimId", "start", "end", "kind", "modality", "title", "date", "precision", "dateBasis", "locationId", "participants", "createdAt"]);
  const rnd = mulberry32(p.seed ^ 0xe7e7);
  const participantCount = new Int32Array(E);
  let evidenceSeq = 0;
  const popular = (want: Kind | null, tries = 12): number => {
    for (let t = 0; t < tries; t++) {
      const e = mentionEntity[Math.floor(rnd() * M)]!;
      if (want === null ? kinds[e] !== "OUTLET" : kinds[e] === want) return e;
    }
    return -1;
  };
  const ROLES = ["AGENT", "PATIENT", "OTHER", "OTHER"] as const;
  for (let i = 0; i < p.events; i++) {
    const r = rnd();
    const precision = r < 0.05 ? null : r < 0.1 ? "YEAR" : r < 0.22 ? "MONTH" : r < 0.27 ? "MINUTE" : "DAY";
    const day = EVENT_FIRST_DAY + Math.floor(rnd() * EVENT_DAYS) * DAY_MS;
    const d = new Date(day);
    const date =
      precision === null
        ? null
        : precision === "YEAR"
          ? Date.UTC(d.getUTCFullYear(), 0, 1)
          : precision === "MONTH"
            ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
            : precision === "MINUTE"
              ? day + Math.floor(rnd() * 1440) * 60_000
              : day;
    const m = rnd();
    const modality = m < 0.9 ? "ACTUAL" : m < 0.93 ? "NEGATED" : m < 0.96 ? "HYPOTHETICAL" : "FUTURE";
    // A few events were folded into the one before them, or deleted by an analyst as false (tombstones).
    const fate = rnd();
    const mergedInto = fate < 0.01 && i > 0 ? eventId(i - 1) : null;
    const deletedAt = fate >= 0.01 && fate < 0.015 ? now : null;
    const location = rnd() < 0.6 ? popular("LOCATION") : -1;
    const trigger = TRIGGERS[Math.floor(rnd() * TRIGGERS.length)]!;
    const parts = new Map<number, string>();
    const nPart = [0, 1, 1, 2, 2, 2, 3, 3][Math.floor(rnd() * 8)]!;
    for (let k = 0; k < nPart; k++) {
      const e = popular(null);
      if (e >= 0 && !parts.has(e)) parts.set(e, ROLES[Math.floor(rnd() * ROLES.length)]!);
    }
    const lead = [...parts.keys()][0];
    const title = location >= 0 ? `${trigger} in ${names[location]}` : lead !== undefined ? `${trigger} involving ${names[lead]}` : `${trigger} reported`;
    const dateText = date === null ? null : iso(date);
    const basis = date === null ? null : "TEXT";
    const locationId = location >= 0 ? entityId(location) : null;
    eventW.row([eventId(i), title, trigger.toLowerCase(), modality, dateText, precision, basis, locationId, mergedInto, deletedAt, now, now]);
    for (const [e, role] of parts) {
      partW.row([eventId(i), entityId(e), role]);
      participantCount[e]!++;
    }
    const participants = JSON.stringify([...parts].map(([e, role]) => ({ entityId: entityId(e), role })));
    const nEvid = 1 + (rnd() < 0.5 ? 1 : 0) + (rnd() < 0.2 ? 1 : 0);
    const seen = new Set<string>();
    for (let k = 0; k < nEvid; k++) {
      const a = Math.floor(rnd() * A);
      const c = claimOffset[a]! + Math.floor(rnd() * (claimOffset[a + 1]! - claimOffset[a]!));
      const key = `${a}|${claimStart[c]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const asClaim = rnd() < 0.9;
      // Each report keeps what its article said (the fold may differ later).
      evidW.row([
        evidenceId(evidenceSeq++),
        eventId(i),
        articleId(a),
        asClaim ? claimId(c) : null,
        claimStart[c]!,
        claimEnd[c]!,
        trigger.toLowerCase(),
        modality,
        title,
        dateText,
        precision,
        basis,
        locationId,
        participants,
        now,
      ]);
    }
    if (i % 512 === 0) for (const w of [eventW, partW, evidW]) await w.maybeFlush();
    if (i > 0 && i % 200_000 === 0) progress(`events: ${i}/${p.events}`);
  }
  await Promise.all([eventW.end(), partW.end(), evidW.end(), entityDone, articlesDone]);
  progress(`events: ${p.events}, participants ${partW.rows}, evidence ${evidW.rows}`);

  // The entity that takes part in most events, and a quiet one that takes part in a few.
  let busy = p.outlets;
  let quiet = -1;
  for (let e = p.outlets; e < E; e++) {
    if (participantCount[e]! > participantCount[busy]!) busy = e;
    if (quiet < 0 && participantCount[e]! >= 3 && participantCount[e]! <= 10 && e > E / 2) quiet = e;
  }
  return {
    topEntityId: entityId(p.outlets),
    topEntityMentions: mentionCount[p.outlets]!,
    secondEntityId: entityId(p.outlets + 1),
    busyParticipantId: entityId(busy),
    quietEntityId: entityId(quiet < 0 ? E - 1 : quiet),
    outletId: entityId(0),
    firstDay: isoDay(EVENT_FIRST_DAY),
    lastDay: isoDay(EVENT_FIRST_DAY + (EVENT_DAYS - 1) * DAY_MS),
    ids: { articles: A, claims: claimSeq, mentions: mentionSeq, events: p.events, entities: E },
  };
}
