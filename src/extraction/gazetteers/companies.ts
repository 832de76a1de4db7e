import { setOf } from "./normalize";

/**
 * Context that says a name is a business, whatever the name: "the carmaker
 * X", "shares of X", "X's chief executive", "X Inc.". General words of
 * business news only, no company names.
 */

/** Nouns that describe a business, before its name ("carmaker Chrysler") or in apposition ("X, the airline"). */
export const COMPANY_NOUNS = setOf(
  "company|companies|carmaker|automaker|car maker|auto maker|manufacturer|maker|planemaker|aircraft maker|airline|airlines|" +
    "carrier|low-cost carrier|firm|bank|lender|insurer|retailer|conglomerate|giant|contractor|" +
    "defense contractor|defence contractor|supplier|subsidiary|startup|start-up|chain|" +
    "corporation|corp|multinational|brand|exporter|importer|distributor|refiner|" +
    "shipbuilder|telecom|utility|drugmaker|chipmaker|steelmaker|" +
    "joint venture|consortium|dealership|affiliate|airframer",
);

/** Words right after a name (or after its "'s") that only a business has: "X shares", "X chief executive". */
export const CORPORATE_PARTS = setOf(
  "shares|share price|stock|stocks|shareholders|shareholder|stockholders|chief executive|chief executive officer|" +
    "ceo|cfo|coo|chairman|chairwoman|board of directors|subsidiary|subsidiaries|profit|profits|revenue|revenues|" +
    "earnings|market share|dealerships|dealers|airliners|aircraft|vehicles|car sales|auto sales",
);

/** Words after a name's "'s" that say business but also name places without it ("Ford's plant", not "the Detroit plant"). */
export const CORPORATE_POSSESSIONS = setOf("plant|plants|factory|factories|workforce|headquarters|assembly line|assembly plant");

/** Words before a name that only a business takes: "shares of X", "a stake in X", "bid for X". */
export const CORPORATE_BEFORE = setOf("shares of|shares in|stake in|stock of|stocks of|takeover of|acquisition of|merger with|bid for|ceo of|chief executive of|chairman of");

/**
 * Legal forms: "Co.", "Corp.", "Inc.". They do not make a second entity:
 * "Ford Motor Company" and "Ford Motor Co." are one.
 */
export const LEGAL_SUFFIXES = setOf(
  "co.|co|corp.|corp|corporation|company|inc.|inc|incorporated|ltd.|ltd|limited|llc|l.l.c.|plc|p.l.c.|n.v.|nv|s.a.|sa|" +
    "ag|gmbh|s.p.a.|spa|lp|l.p.|llp|pty|pty.|bhd|oyj|ab|asa|se|holdings|holding",
);

/** Words after a company's distinctive first word that a later short mention drops ("Chrysler Group" -> "Chrysler"). */
export const INDUSTRY_WORDS = setOf(
  "motor|motors|automotive|auto|autos|airlines|airways|air lines|aerospace|aircraft|aviation|group|industries|international|" +
    "corporation|company|enterprises|technologies|technology|systems|electronics|electric|energy|petroleum|oil|chemicals|" +
    "chemical|pharmaceuticals|foods|holdings|financial|capital|bank|bancorp|communications|media|entertainment|" +
    "steel|mining|resources|networks|labs|laboratories|brands|global|worldwide|america|north america|usa|us|uk",
);
