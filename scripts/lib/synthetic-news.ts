// A seeded generator of short, news-like articles for benchmarks: the same
// seed gives the same articles, so runs can be compared. The text is
// synthetic (invented names, places and figures) and says so in its title.
import { mulberry32 } from "./mulberry32";

const FIRST = ["Ada", "Tomas", "Marta", "Piet", "Aurel", "Lena", "Ivo", "Sana", "Oren", "Kalle", "Nadia", "Rafe"];
const LAST = ["Varga", "Lindqvist", "Quill", "Halloran", "Dask", "Moreau", "Ostrow", "Bell", "Vimm", "Taki", "Serra", "Holt"];
const TITLES = ["Minister", "Gov.", "Dr.", "Mayor", "Judge", "Sen."];
const PLACES = ["Kessel Bay", "Tamsk", "Vellin", "Gull Point", "Ardmere", "Corvo", "Lisk", "Harrow Flats"];
const ORGS = ["National Water Authority", "River Guard", "Port Authority", "Harbor Workers Union", "Corvane Chemicals", "Ministry of Health"];
const OUTLETS = ["Meridian Wire", "Harbor Ledger", "Vostrand Observer", "Tamsk Valley Courier"];
const EVENTS = ["raid", "protest", "blockade", "strike", "vote", "arrest"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export type SyntheticArticle = { title: string; outlet: string; publishedAt: string; body: string };

export function syntheticArticles(count: number, seed = 42): SyntheticArticle[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const person = `${pick(FIRST)} ${pick(LAST)}`;
    const surname = person.split(" ")[1]!;
    const place = pick(PLACES);
    const org = pick(ORGS);
    const outlet = pick(OUTLETS);
    const event = pick(EVENTS);
    const month = Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 27);
    const n = 2 + Math.floor(rnd() * 400);
    const paragraphs = [
      `${pick(TITLES)} ${person} said on ${pick(DAYS)}, ${MONTHS[month]} ${day}, that the ${event} in ${place} had been planned for weeks.`,
      `According to the ${outlet}, ${n} people took part, and officials said the ${org} was told in ${MONTHS[(month + 11) % 12]} 2025.`,
      `"We will not be intimidated," ${surname} told reporters. A former official who spoke anonymously to the ${outlet} said the ${org} knew.`,
      `The damage was estimated at $${1 + Math.floor(rnd() * 90)} million. Police arrested ${1 + Math.floor(rnd() * 9)} men hours after the ${event}.`,
      `A leaked report shows the ${org} ignored ${2 + Math.floor(rnd() * 20)} warnings in ${2015 + Math.floor(rnd() * 10)}.`,
    ];
    out.push({
      title: `Synthetic benchmark article ${i + 1} (${event} in ${place})`,
      outlet,
      publishedAt: `2026-${String(month + 1).padStart(2, "0")}-${String(Math.min(28, day + 1)).padStart(2, "0")}`,
      body: paragraphs.join("\n") + `\nRef ${seed}-${i}.`,
    });
  }
  return out;
}
