import { setOf } from "./normalize";

/**
 * Titles and honorifics that precede a person's name. They are never part of
 * the name, but they prove the name that follows is a person. Multi-word
 * titles are listed as the tokens appear, joined by one space.
 */
export const PERSON_TITLES = setOf(
  // Heads of state and government
  "president|vice president|vice-president|president-elect|prime minister|deputy prime minister|premier|chancellor|" +
    "king|queen|prince|princess|crown prince|emperor|empress|sultan|emir|sheikh|sheik|ayatollah|supreme leader|pope|" +
    "first lady|dictator|monarch|tsar|czar",
  // Cabinet and government offices
  "secretary|secretary of state|secretary of defense|secretary of defence|defense secretary|defence secretary|" +
    "treasury secretary|secretary of the treasury|homeland security secretary|secretary of homeland security|" +
    "state secretary|foreign secretary|home secretary|health secretary|commerce secretary|energy secretary|" +
    "interior secretary|labor secretary|education secretary|agriculture secretary|transportation secretary|" +
    "war secretary|secretary of war|press secretary|deputy press secretary|secretary-general|secretary general|" +
    "attorney general|deputy attorney general|solicitor general|surgeon general|inspector general|postmaster general|" +
    "minister|foreign minister|defense minister|defence minister|interior minister|finance minister|prime minister|" +
    "security minister|health minister|justice minister|deputy minister|ambassador|envoy|special envoy|consul|" +
    "governor|gov.|lt. gov.|lieutenant governor|mayor|deputy mayor|councilman|councilwoman|councilmember|alderman|" +
    "senator|sen.|state senator|representative|rep.|congressman|congresswoman|del.|delegate|assemblyman|assemblywoman|" +
    "speaker|house speaker|speaker of the house|majority leader|minority leader|senate majority leader|" +
    "senate minority leader|house majority leader|house minority leader|whip|majority whip|minority whip|" +
    "chief of staff|white house chief of staff|national security adviser|national security advisor|adviser|advisor|" +
    "spokesman|spokeswoman|spokesperson|press officer|commissioner|director|deputy director|administrator|" +
    "fbi director|cia director|dea administrator|czar|border czar|sheriff|deputy sheriff|prosecutor|district attorney|" +
    "da|u.s. attorney|special counsel|judge|justice|chief justice|associate justice|magistrate",
  // Military and police ranks
  "general|gen.|brig. gen.|brigadier general|brig.|maj. gen.|major general|lt. gen.|lieutenant general|" +
    "lt.|lieutenant|col.|colonel|lt. col.|lieutenant colonel|maj.|capt.|captain|cmdr.|commander|" +
    "adm.|admiral|rear adm.|rear admiral|vice adm.|vice admiral|sgt.|sergeant|staff sgt.|master sgt.|cpl.|corporal|" +
    "pvt.|pfc.|marshal|field marshal|commandant|chief|police chief|officer|detective|det.|inspector|" +
    "superintendent|constable|agent|special agent|air marshal",
  // Courtesy, academic, religious
  "mr.|mr|mrs.|mrs|ms.|ms|miss|mx.|dr.|dr|prof.|professor|sir|dame|lord|lady|baron|baroness|" +
    "rev.|reverend|father|fr.|rabbi|imam|cardinal|bishop|archbishop|pastor|monsignor|msgr.|sister|brother|mother",
  // Business and civil society
  "ceo|chief executive|chief executive officer|cfo|coo|cto|founder|co-founder|chairman|chairwoman|chair|" +
    "vice chairman|executive director|managing director|president and ceo|activist|leader|candidate|nominee|" +
    "anchor|host|columnist|correspondent|editor|reporter|analyst|economist|lawyer|attorney",
);

/** Words that may sit between or before titles without ending the title ("former U.S. President"). */
export const TITLE_MODIFIERS = setOf("former|ex|ex-|late|acting|interim|then|then-|incoming|outgoing|deputy|assistant|senior|top|chief|retired|u.s.|us|federal|state|white house");

/** A lowercase noun right before a name that marks it as a person ("cartel boss Juan Perez"). */
export const PERSON_ROLE_NOUNS = setOf(
  "boss|leader|kingpin|lord|drug lord|chief|head|founder|spokesman|spokeswoman|spokesperson|official|minister|" +
    "secretary|president|senator|lawmaker|congressman|congresswoman|governor|mayor|judge|lawyer|attorney|candidate|" +
    "nominee|actor|actress|singer|rapper|author|writer|journalist|reporter|columnist|analyst|expert|professor|" +
    "scientist|researcher|economist|activist|businessman|businesswoman|billionaire|entrepreneur|executive|ceo|" +
    "director|producer|coach|player|athlete|star|commander|general|colonel|soldier|officer|agent|detective|" +
    "prosecutor|suspect|victim|gunman|son|daughter|wife|husband|brother|sister|father|mother|uncle|aunt|" +
    "cousin|nephew|niece|friend|aide|adviser|advisor|strategist|pollster|donor|husband|widow|rival|opponent|challenger",
);

/** Verbs of saying/acting right after a bare capitalised word that make it a person ("Smith said"). */
export const PERSON_CONTEXT_AFTER = setOf(
  "said|says|told|added|asked|wrote|tweeted|posted|argued|claimed|declared|stated|explained|noted|insisted|" +
    "warned|replied|responded|recalled|acknowledged|admitted|announced|testified|continued|concluded|" +
    "who|whose|himself|herself",
);
