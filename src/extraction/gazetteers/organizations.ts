import { canonicalMap, setOf } from "./normalize";

/**
 * Institutions the news names constantly, often by a bare acronym or
 * metonym. General categories only: governments, agencies, parties, unions,
 * armed groups, companies of world-wide note.
 */
export const KNOWN_ORGS: Map<string, string> = canonicalMap(
  "United Nations=UN,U.N.|North Atlantic Treaty Organization=NATO|European Union=EU,E.U.|World Health Organization=WHO|" +
    "International Monetary Fund=IMF|World Bank|World Trade Organization=WTO|Organization of American States=OAS|" +
    "African Union|Arab League|OPEC|G7=G-7|G20=G-20|Interpol|International Criminal Court=ICC|UN Security Council=Security Council|" +
    "Federal Bureau of Investigation=FBI|Central Intelligence Agency=CIA|Drug Enforcement Administration=DEA|" +
    "National Security Agency=NSA|Department of Homeland Security=DHS,Homeland Security|Department of Justice=DOJ,Justice Department|" +
    "Department of Defense=DOD,DoD,Pentagon,Defense Department|Department of War=War Department|State Department=Department of State|" +
    "Treasury Department=Treasury,Department of the Treasury|Immigration and Customs Enforcement=ICE|" +
    "Customs and Border Protection=CBP|Border Patrol|Bureau of Alcohol, Tobacco, Firearms and Explosives=ATF|" +
    "Secret Service|U.S. Marshals Service=Marshals Service|Internal Revenue Service=IRS|Environmental Protection Agency=EPA|" +
    "Federal Reserve=Fed|Securities and Exchange Commission=SEC|Federal Communications Commission=FCC|" +
    "Federal Aviation Administration=FAA|Food and Drug Administration=FDA|Centers for Disease Control and Prevention=CDC|" +
    "National Institutes of Health=NIH|Federal Emergency Management Agency=FEMA|Office of Management and Budget=OMB|" +
    "Government Accountability Office=GAO|Congressional Budget Office=CBO|Department of Government Efficiency=DOGE|" +
    "Office of Foreign Assets Control=OFAC|National Guard|U.S. Army=Army|U.S. Navy=Navy|U.S. Air Force=Air Force|" +
    "U.S. Marine Corps=Marine Corps,Marines|Coast Guard|Special Forces|Navy SEALs=SEALs|Joint Chiefs of Staff=Joint Chiefs|" +
    "Northern Command=NORTHCOM,U.S. Northern Command|Southern Command=SOUTHCOM,U.S. Southern Command|" +
    "Central Command=CENTCOM,U.S. Central Command|White House|Kremlin|Congress=U.S. Congress|Senate=U.S. Senate|" +
    "House of Representatives=House,U.S. House|Supreme Court=U.S. Supreme Court|Parliament|Downing Street|Élysée=Elysee|" +
    "Republican Party=GOP,Republicans,Republican National Committee,RNC|Democratic Party=Democrats,Democratic National Committee,DNC|" +
    "Labour Party|Conservative Party|Morena|PRI=Institutional Revolutionary Party|PAN=National Action Party|" +
    "Mexican Army=Sedena,SEDENA,Secretariat of National Defense|Mexican Navy=Semar,SEMAR|National Guard of Mexico=Guardia Nacional|" +
    "Attorney General's Office|FGR=Fiscalía General de la República|" +
    "Sinaloa Cartel|Gulf Cartel|Zetas=Los Zetas|Juárez Cartel|Beltrán-Leyva Organization|Tren de Aragua|MS-13=Mara Salvatrucha|" +
    "al-Qaeda=Al Qaeda,al Qaeda,Al-Qaeda,al-Qaida|Islamic State=ISIS,ISIL,Daesh|Taliban|Hamas|Hezbollah=Hizbollah|" +
    "Houthis=Houthi|Boko Haram|al-Shabaab=Al-Shabaab,al Shabaab|Wagner Group=Wagner|FARC|ELN|PKK|Muslim Brotherhood|" +
    "Black Lives Matter=BLM|American Civil Liberties Union=ACLU|National Rifle Association=NRA|Planned Parenthood|" +
    "Amnesty International|Human Rights Watch|Red Cross|Doctors Without Borders=MSF|Greenpeace|Heritage Foundation|" +
    "Brookings Institution=Brookings|Council on Foreign Relations|RAND Corporation=RAND|Pew Research Center=Pew|Gallup|" +
    "AFL-CIO|Teamsters|Chamber of Commerce=U.S. Chamber of Commerce|Tea Party|Freedom Caucus|Proud Boys|Oath Keepers|" +
    "Apple|Google|Alphabet|Amazon|Microsoft|Meta=Facebook|Twitter|X Corp|Tesla|SpaceX|OpenAI|Anthropic|Nvidia|Boeing|" +
    "Lockheed Martin|Raytheon|General Motors=GM|General Electric=GE|Ford Motor=Ford Motor Company|ExxonMobil=Exxon|" +
    "Chevron|Walmart|JPMorgan=JPMorgan Chase|Goldman Sachs|Pfizer|Moderna|Pemex|Major League Baseball=MLB|" +
    "National Football League=NFL|National Basketball Association=NBA|FIFA|International Olympic Committee=IOC|" +
    "General Assembly=UN General Assembly|Trump Organization|Clinton Foundation|Harvard=Harvard University|Yale=Yale University|" +
    "Stanford=Stanford University|Princeton=Princeton University|Quinnipiac=Quinnipiac University|Marist=Marist College|" +
    "Electoral College|Federal Election Commission=FEC|Justice Department Inspector General",
);

/** Last words (or two) of organisation names. */
export const ORG_SUFFIXES = setOf(
  "cartel|party|agency|administration|department|task force|ministry|council|committee|university|college|" +
    "institute|institution|foundation|association|society|commission|bureau|office|service|services|court|" +
    "tribunal|senate|assembly|parliament|congress|army|navy|air force|forces|force|police|guard|corps|command|" +
    "union|league|federation|network|campaign|coalition|alliance|organization|organisation|board|authority|" +
    "center|centre|group|company|co.|corp.|corporation|inc.|inc|ltd.|ltd|llc|plc|bank|fund|trust|partners|" +
    "holdings|industries|enterprises|media|studios|systems|technologies|labs|laboratories|airlines|motors|" +
    "church|brotherhood|front|movement|caucus|cabinet|government|regime|junta|secretariat|directorate|" +
    "brigade|battalion|regiment|division|squad|unit|gang|mafia|clan|syndicate|family|cell|network|" +
    "pac|super pac|embassy|consulate|klan|chemical|chemicals|register|" +
    "realty|properties|capital|associates|consulting|solutions|pharmaceuticals|energy|airways|publishers|publishing|" +
    "books|records|pictures|entertainment|productions|foods|brands|group|" +
    "times|post|news|journal|herald|tribune|gazette|chronicle|magazine|press|daily|observer|review|report|" +
    "school|academy|hospital|clinic|museum|library|club|team|fc|commission|watch|initiative|project|program",
);

/** Last words of event names ("World War II" aside, which ends in a numeral). */
export const EVENT_SUFFIXES = setOf(
  "war|summit|olympics|games|cup|convention|caucus|caucuses|primary|primaries|debate|festival|conference|" +
    "revolution|massacre|crisis|uprising|offensive|spring|election|elections|referendum|marathon|championship|" +
    "series|bowl|expo|forum|operation|raid|attack|attacks|protests|protest|march|riot|riots|strike|pandemic|" +
    "day|eve|night|weekend|air show|fair|parade|tour|crash|disaster",
);

/** Named events and holidays the news names by a bare word ("Christmas", "Super Tuesday"). */
export const KNOWN_EVENTS: Map<string, string> = canonicalMap(
  "Christmas|Easter|Thanksgiving|Halloween|Hanukkah=Chanukah|Ramadan|Passover|Yom Kippur|Rosh Hashanah|Diwali|" +
    "Super Tuesday|Election Day|Black Friday|Super Bowl|World Cup|Olympics=Olympic Games|World War I=First World War|" +
    "World War II=Second World War,WWII|Cold War|Vietnam War|Korean War|Gulf War|Iraq War|Holocaust|Great Depression|" +
    "Great Recession|Arab Spring|Watergate|Iran-Contra|Cuban Missile Crisis|September 11=9/11",
);

/** Laws, documents and other named things that are neither people nor institutions. */
export const OTHER_SUFFIXES = setOf(
  "act|bill|amendment|treaty|accord|accords|agreement|partnership|doctrine|plan|deal|law|resolution|order|executive order|" +
    "constitution|declaration|charter|code|policy|program|rule|budget|tariff|tariffs|index|award|prize|" +
    "show|awards|virus|disease|syndrome|week|month|year|era|age|movement|ism",
);

/**
 * Institutions every country has, which the gazetteer maps to the U.S. one:
 * after another name they are part of it ("Royal Air Force", "Texas Senate"),
 * not a separate mention of the U.S. institution.
 */
export const GENERIC_INSTITUTIONS = setOf(
  "air force|army|navy|senate|house|house of representatives|congress|supreme court|coast guard|national guard|marines|" +
    "marine corps|parliament|treasury|special forces|border patrol|secret service|federal reserve|fed|general assembly|" +
    "security council|chamber of commerce|justice department|state department|defense department|department of defense|" +
    "department of justice|department of state|homeland security",
);

/** Words that, in a capitalised run, are part of a name only in the middle ("Bank of America"). */
export const NAME_CONNECTORS = setOf("of|de|del|la|las|los|y|for|and|&|on|the|du|des|da|do|dos|van|von|der|den|bin|ibn|al|el|le|di");

/** Named AI systems people cite as if they were sources. */
export const AI_SYSTEMS = setOf(
  "ChatGPT|GPT-4|GPT-4o|GPT-5|GPT-3|Gemini|Bard|Claude|Grok|Copilot|Microsoft Copilot|Llama|Perplexity|DeepSeek|" +
    "Mistral|Le Chat|Siri|Alexa|Watson|Bing Chat|Meta AI|Qwen|Ernie|Ernie Bot",
);

/** Nouns that, right after a name, say it is an AI system ("the Enoch engine", "Grok chatbot"). */
export const AI_HEADS = setOf("chatbot|chatbots|chat bot|bot|engine|ai engine|ai model|model|language model|ai|assistant|ai assistant|ai system|ai tool|llm");

/** All-caps words that are abbreviations of things, not of institutions ("MBA", "GDP", "WWII"). */
export const NOT_ORG_ACRONYMS = setOf(
  "BS|BA|MA|MS|MBA|PHD|PH.D.|MD|M.D.|JD|LLB|LLM|CEO|CFO|COO|CTO|AM|PM|A.M.|P.M.|TV|OK|ID|IQ|GDP|GNP|CPI|DNA|RNA|" +
    "AIDS|HIV|COVID|SARS|LGBT|LGBTQ|ISBN|FAQ|PDF|URL|RSVP|ASAP|DIY|VIP|MVP|NB|PS|AKA|RIP|ETA|WWI|WWII|EV|SUV|IPO|" +
    "ETF|AR|AK|IED|RPG|UAV|ICBM|WMD|NBA|AI|IT|PR|HQ|US|UK|EU|OMG|LOL|TBD|TBA|EST|PST|CST|MST|GMT|UTC|NYSE|MPH|KM|" +
    "PAC|VP|IG|GOTV|LGBTQIA|HVAC|ATM|PIN|SMS|GPS|CD|DVD|PC|IPA|OB|ER|ICU|STEM|FYI|TBH|POW|MIA|KIA|DOA|" +
    "I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|JR|SR|JR.|SR.|ESQ|ET|AL|CC|BCC|DC|AC|OP|ED|OPED|Q|A",
);
