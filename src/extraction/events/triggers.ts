import type { EntityKind } from "@/lib/contracts/analysis";

export interface EventFamily {
  id: string;
  /** Title word: "Raid", "Death". */
  label: string;
  /** Whom the title names: "Death of X" takes a person; "Raid in Y" takes a place. */
  target: readonly EntityKind[] | null;
  /** "on" for attacks on a facility ("Attack on Guadalajara International Airport"). */
  placePrep: "in" | "on";
}

const F = (id: string, label: string, target: readonly EntityKind[] | null, placePrep: "in" | "on" = "in"): EventFamily => ({
  id,
  label,
  target,
  placePrep,
});
const PEOPLE = ["PERSON"] as const;
const ACTORS = ["ORGANIZATION", "PERSON", "LOCATION"] as const;

export const FAMILIES = {
  raid: F("raid", "Raid", null),
  death: F("death", "Death", PEOPLE),
  attack: F("attack", "Attack", null, "on"),
  designation: F("designation", "Designation", ACTORS),
  blockade: F("blockade", "Blockade", null),
  arrest: F("arrest", "Arrest", PEOPLE),
  extradition: F("extradition", "Extradition", PEOPLE),
  vote: F("vote", "Vote", null),
  election: F("election", "Election", null),
  shooting: F("shooting", "Shooting", null),
  strike: F("strike", "Strike", null, "on"),
  protest: F("protest", "Protest", null),
  signing: F("signing", "Signing", null),
  resignation: F("resignation", "Resignation", PEOPLE),
  debate: F("debate", "Debate", null),
  indictment: F("indictment", "Indictment", PEOPLE),
  conviction: F("conviction", "Conviction", PEOPLE),
  explosion: F("explosion", "Explosion", null),
  invasion: F("invasion", "Invasion", null),
  crash: F("crash", "Crash", null),
  summit: F("summit", "Summit", null),
} as const;
export type FamilyId = keyof typeof FAMILIES;

export interface Trigger {
  family: FamilyId;
  /**
   * Weak triggers ("operation") never start an event; they add their
   * sentence's date and place to an event of the same family found elsewhere.
   */
  weak: boolean;
}

const TABLE: [FamilyId, string, string?][] = [
  ["raid", "raid|raids|raided|raiding", "operation|operations"],
  ["death", "killed|killing|killings|death|deaths|died|dies|slain|assassinated|assassination|murdered|murder|murders|executed|execution"],
  ["attack", "attack|attacks|attacked|attacking|stormed|storming|assault|assaulted|bombing|bombings|bombed|ambush|ambushed|torched|shelling|shelled|massacre"],
  ["designation", "designation|designated|designating|designates"],
  ["blockade", "blockade|blockades|blockaded|blockading"],
  ["arrest", "arrest|arrests|arrested|arresting|detained|captured|apprehended|apprehension"],
  ["extradition", "extradited|extradition|extradite"],
  ["vote", "voted|vote"],
  ["election", "election|elections|elected|reelected|re-elected|caucus|caucuses|primary|primaries"],
  ["shooting", "shooting|shootings|shootout|gunfire|gunned"],
  ["strike", "airstrike|airstrikes|air strike|drone strike|strike|strikes|struck"],
  ["protest", "protest|protests|protested|protesting|demonstration|demonstrations|rally|rallies|march|marched"],
  ["signing", "signed|signing"],
  ["resignation", "resigned|resignation|resigns|resigning"],
  ["debate", "debate|debates"],
  ["indictment", "indicted|indictment|indictments"],
  ["conviction", "convicted|conviction|sentenced|sentencing"],
  ["explosion", "explosion|explosions|exploded|blast"],
  ["invasion", "invasion|invaded|invading"],
  ["crash", "crash|crashed|crashes"],
  ["summit", "summit"],
];

export const TRIGGERS = new Map<string, Trigger>();
for (const [family, strong, weak] of TABLE) {
  for (const w of strong.split("|")) TRIGGERS.set(w, { family, weak: false });
  if (weak) for (const w of weak.split("|")) TRIGGERS.set(w, { family, weak: true });
}

/** Words just before a trigger that say it did not (yet) happen: "evaded capture", "attempt to apprehend". */
export const IRREALIS = new Set([
  "attempt", "attempts", "attempted", "tried", "trying", "try", "evaded", "evade", "evading", "avoid", "avoided",
  "escape", "escaped", "not", "never", "no", "without", "would", "could", "might", "may", "will", "should", "plan",
  "plans", "planned", "planning", "threatened", "threatening", "threat", "threats", "risk", "risks", "fear", "fears",
  "feared", "calls", "called", "call", "urged", "urge", "wants", "want", "wanted", "seek", "seeks", "sought", "if",
  "possible", "potential", "upcoming", "future", "next", "prevent", "prevented", "rather", "scared", "bored",
  "worried", "frightened", "hypothetical",
]);

/** Verbs whose object is no event ("strike a deal", "march toward"). */
export const NOT_AN_EVENT_AFTER = new Map<string, Set<string>>([
  ["strike", new Set(["a", "deal", "balance", "down"])],
  ["struck", new Set(["a", "down", "by"])],
  ["signed", new Set(["up", "off", "on"])],
  ["march", new Set(["toward", "towards", "forward", "madness"])],
  ["vote", new Set(["for", "against"])],
]);

/** Phrases that date a sentence relative to an event named right after them ("Hours after El Mencho's death"). */
export const ANCHOR_PRECISION = new Map<string, "DAY" | "MONTH">([
  ["hours", "DAY"],
  ["minutes", "DAY"],
  ["moments", "DAY"],
  ["shortly", "DAY"],
  ["soon", "DAY"],
  ["hour", "DAY"],
  ["day", "DAY"],
  ["night", "DAY"],
  ["morning", "DAY"],
  ["evening", "DAY"],
  ["afternoon", "DAY"],
  ["immediately", "DAY"],
  ["days", "MONTH"],
  ["following", "MONTH"],
  ["after", "MONTH"],
  ["weeks", "MONTH"],
]);
