/**
 * Word lists for attribution: reporting cues, source-kind patterns and a
 * gazetteer of wire services and outlets. The tagger learns most cues from
 * data; these lists feed its features (distance to a likely cue) and the rules
 * that classify sources, which PolNeAR does not annotate.
 */

/** Inflected forms of verbs and phrases that introduce attributed content. */
const CUE_WORDS = `
say says said saying tell tells told telling add adds added adding note notes noted noting
write writes wrote written writing claim claims claimed claiming argue argues argued arguing
state states stated stating announce announces announced announcing report reports reported reporting
explain explains explained explaining insist insists insisted insisting suggest suggests suggested suggesting
believe believes believed think thinks thought warn warns warned warning ask asks asked asking
declare declares declared declaring emphasize emphasizes emphasized emphasizing emphasise emphasised
praise praises praised praising compare compares compared comparing downplay downplays downplayed downplaying
acknowledge acknowledges acknowledged admit admits admitted deny denies denied denying confirm confirms confirmed
call calls called describe describes described predict predicts predicted promise promises promised
vow vows vowed urge urges urged accuse accuses accused allege alleges alleged alleging contend contends contended
maintain maintains maintained assert asserts asserted acknowledging recall recalls recalled reveal reveals revealed
estimate estimates estimated show shows showed shown find finds found indicate indicates indicated
argue tweet tweets tweeted tweeting post posts posted respond responds responded reply replies replied
complain complains complained criticize criticizes criticized criticise criticised
blame blames blamed charge charges charged question questions questioned
concede concedes conceded stress stresses stressed point points pointed agree agrees agreed
disagree disagrees disagreed feel feels felt hope hopes hoped fear fears feared
expect expects expected worry worries worried know knows knew want wants wanted
according reportedly allegedly apparently purportedly per
mention mentions mentioned remark remarks remarked observe observes observed
testify testifies testified caution cautions cautioned predict signal signals signaled signalled
`;

export const CUE_LEXICON: ReadonlySet<string> = new Set(CUE_WORDS.split(/\s+/).filter(Boolean));

/** Wire services and large outlets that other articles cite as a hop. */
const OUTLETS = `
reuters|associated press|the associated press|ap|afp|agence france-presse|bloomberg|bloomberg news|
upi|united press international|dpa|efe|ansa|kyodo|kyodo news|xinhua|tass|itar-tass|interfax|ria novosti|
yonhap|press trust of india|pti|anadolu|anadolu agency|al jazeera|bbc|bbc news|cnn|msnbc|fox news|fox|
nbc|nbc news|abc|abc news|cbs|cbs news|npr|pbs|c-span|sky news|cnbc|politico|axios|the hill|
the new york times|new york times|the washington post|washington post|the wall street journal|
wall street journal|usa today|los angeles times|the guardian|guardian|the times|financial times|
the economist|economist|time|newsweek|the atlantic|the new yorker|vox|buzzfeed|buzzfeed news|huffpost|
huffington post|breitbart|breitbart news|the daily caller|daily caller|the federalist|national review|
slate|salon|mother jones|propublica|the intercept|vice|vice news|yahoo news|business insider|insider|
the daily beast|daily beast|daily mail|the sun|the telegraph|the independent|le monde|der spiegel|
el universal|milenio|reforma|the new york post|new york post|the post|the times|the journal|
mcclatchy|gannett|tribune|the boston globe|boston globe|chicago tribune|the miami herald|miami herald|
dallas morning news|houston chronicle|the washington times|washington times|the epoch times|
newsmax|one america news|oan|the blaze|western journal|the western journal|infowars|
`;

export const OUTLET_GAZETTEER: ReadonlySet<string> = new Set(
  OUTLETS.split("|").map((s) => s.trim()).filter(Boolean),
);

/** Last words that make an unknown proper name look like a news outlet. */
export const OUTLET_HEADS: ReadonlySet<string> = new Set([
  "news", "times", "wire", "press", "agency", "post", "herald", "tribune", "gazette", "journal",
  "chronicle", "telegraph", "observer", "examiner", "courier", "dispatch", "inquirer", "reporter",
  "newspaper", "magazine", "radio", "television", "tv", "network", "broadcasting", "daily", "weekly",
  "bulletin", "sentinel", "register", "star", "globe", "mirror", "standard", "review", "monitor",
  "newswire", "newsroom",
]);

/** Head nouns of sources that stand for people the text does not name. */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set([
  "official", "officials", "source", "sources", "aide", "aides", "person", "people", "insider",
  "insiders", "diplomat", "diplomats", "spokesperson", "spokesman", "spokeswoman", "staffer",
  "staffers", "adviser", "advisers", "advisor", "advisors", "observer", "observers", "analyst",
  "analysts", "expert", "experts", "critic", "critics", "supporter", "supporters", "witness",
  "witnesses", "resident", "residents", "investigator", "investigators", "authority", "authorities",
  "lawmaker", "lawmakers", "officer", "officers", "agent", "agents", "member", "members", "voter",
  "voters", "someone", "many", "some", "others", "they", "residents", "employee", "employees",
  "executive", "executives", "strategist", "strategists", "operative", "operatives", "associate",
  "associates", "colleague", "colleagues", "friend", "friends", "ally", "allies", "democrats",
  "republicans", "scientists", "researchers", "economists", "activists", "protesters", "police",
]);

/** Words that mark a source as something written rather than someone. */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  "report", "reports", "filing", "filings", "memo", "memos", "document", "documents", "study",
  "studies", "survey", "surveys", "poll", "polls", "data", "statement", "statements", "letter",
  "letters", "email", "emails", "e-mail", "complaint", "lawsuit", "indictment", "affidavit",
  "record", "records", "transcript", "transcripts", "analysis", "assessment", "audit", "ruling",
  "order", "motion", "brief", "cable", "cables", "dossier", "paper", "papers", "release", "tweet",
  "tweets", "post", "posts", "website", "figures", "estimates", "census", "testimony", "findings",
  "bill", "law", "constitution", "guidelines", "minutes", "footage", "video", "book", "article",
  "op-ed", "editorial", "column", "blog", "chart", "map", "index", "review", "warrant", "subpoena",
]);

/** Last words that make a name look like an AI system. */
export const AI_HEADS: ReadonlySet<string> = new Set([
  "engine", "chatbot", "bot", "model", "assistant", "algorithm", "ai", "llm", "gpt", "copilot",
]);

/** Last words that make a proper name look like an organisation. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  "department", "ministry", "agency", "administration", "office", "committee", "commission",
  "council", "court", "congress", "senate", "house", "party", "campaign", "government", "police",
  "army", "force", "forces", "navy", "military", "corp", "corp.", "inc", "inc.", "co", "co.", "company",
  "group", "foundation", "institute", "university", "association", "union", "bank", "board",
  "bureau", "center", "centre", "service", "services", "organization", "organisation", "fund",
  "coalition", "alliance", "cartel", "command", "task", "unit", "pentagon", "fbi", "cia", "nsa",
  "dea", "un", "nato", "who", "imf", "white", "kremlin", "network", "authority", "commission",
  "secretariat", "cabinet", "parliament", "legislature", "embassy", "consulate", "team", "staff",
]);
