import { ACRONYM_KEYS, normKey } from "./normalize";

/** How specific a place is; events keep the most specific location they mention. */
export const enum PlaceRank {
  Region = 0,
  Country = 1,
  State = 2,
  City = 3,
  /** Towns, facilities and addresses found by context ("town of X", "X Airport"). */
  Local = 4,
}

export interface Place {
  name: string;
  rank: PlaceRank;
}

// "Canonical=variant,variant" entries; the canonical name is what entities are called.
const COUNTRIES =
  "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas=The Bahamas|" +
  "Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina=Bosnia|Botswana|" +
  "Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|" +
  "Chile|China=People's Republic of China,PRC,Mainland China|Colombia|Comoros|Congo=Republic of the Congo|" +
  "Democratic Republic of the Congo=DRC,Democratic Republic of Congo,DR Congo|Costa Rica|Croatia|Cuba|Cyprus|" +
  "Czech Republic=Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|" +
  "Eritrea|Estonia|Eswatini=Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|" +
  "Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|" +
  "Israel|Italy|Ivory Coast=Côte d'Ivoire|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|" +
  "Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|" +
  "Mali|Malta|Mauritania|Mauritius|Mexico=México|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|" +
  "Myanmar=Burma|Namibia|Nepal|Netherlands=The Netherlands,Holland|New Zealand|Nicaragua|Niger|Nigeria|" +
  "North Korea=DPRK|North Macedonia=Macedonia|Norway|Oman|Pakistan|Palestine=Palestinian Territories|Panama|" +
  "Papua New Guinea|Paraguay|Peru|Philippines=The Philippines|Poland|Portugal|Qatar|Romania|Russia=Russian Federation|" +
  "Rwanda|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|" +
  "South Korea=Republic of Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|" +
  "Tajikistan|Tanzania|Thailand|Togo|Trinidad and Tobago|Tunisia|Turkey=Türkiye|Turkmenistan|Uganda|Ukraine|" +
  "United Arab Emirates=UAE,U.A.E.|United Kingdom=UK,U.K.,Britain,Great Britain|" +
  "United States=U.S.,US,USA,U.S.A.,America,United States of America,the States|Uruguay|Uzbekistan|Vanuatu|" +
  "Vatican=Vatican City,Holy See|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|England|Scotland|Wales|Northern Ireland|" +
  "Puerto Rico|Greenland|Hong Kong|Gaza=Gaza Strip|West Bank|Crimea|Kurdistan|Tibet";

const STATES =
  // US states and territories
  "Alabama=Ala.|Alaska|Arizona=Ariz.,AZ|Arkansas=Ark.|California=Calif.,Cal.|Colorado=Colo.|Connecticut=Conn.|Delaware|Florida=Fla.,FL|Hawaii|Idaho|Illinois=Ill.|Indiana=Ind.|" +
  "Iowa|Kansas=Kan.,Kans.|Kentucky=Ky.|Louisiana=La.|Maine|Maryland=Md.|Massachusetts=Mass.|Michigan=Mich.|Minnesota=Minn.|Mississippi|Missouri=Mo.|Montana=Mont.|" +
  "Nebraska=Neb.,Nebr.|Nevada=Nev.|New Hampshire=N.H.,NH|New Jersey=N.J.,NJ|New Mexico=N.M.,NM|North Carolina=N.C.,NC|North Dakota=N.D.|Ohio|Oklahoma=Okla.|Oregon=Ore.,Oreg.|" +
  "Pennsylvania=Pa.,Penn.,PA|Rhode Island=R.I.|South Carolina=S.C.,SC|South Dakota=S.D.|Tennessee=Tenn.|Texas=Tex.,TX|Utah|Vermont=Vt.|Virginia=Va.|West Virginia=W.Va.,W. Va.|" +
  "Wisconsin=Wis.,Wisc.|Wyoming=Wyo.|Guam|District of Columbia=D.C.,DC|" +
  // Mexican states
  "Aguascalientes|Baja California|Baja California Sur|Campeche|Chiapas|Chihuahua|Coahuila|Colima|Durango|" +
  "Guanajuato|Guerrero|Hidalgo|Jalisco|Michoacán=Michoacan|Morelos|Nayarit|Nuevo León=Nuevo Leon|Oaxaca|Puebla|" +
  "Querétaro=Queretaro|Quintana Roo|San Luis Potosí=San Luis Potosi|Sinaloa|Sonora|Tabasco|Tamaulipas|Tlaxcala|" +
  "Veracruz|Yucatán=Yucatan|Zacatecas|" +
  // Canadian provinces and other large subdivisions that recur in the news
  "Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|" +
  "Bavaria|Catalonia|Lombardy|Punjab|Kashmir|Xinjiang|Sichuan|Guangdong|Donetsk|Luhansk|Kherson|Zaporizhzhia|" +
  "Siberia|Chechnya|Darfur|Kurdistan Region";

const CITIES =
  "Washington=Washington D.C.,Washington, D.C.|New York=New York City,NYC,N.Y.,NY|Los Angeles=L.A.|Chicago|Houston|Phoenix|" +
  "Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|Jacksonville|San Francisco|Columbus|Fort Worth|" +
  "Indianapolis|Charlotte|Seattle|Denver|Boston|El Paso|Nashville|Detroit|Oklahoma City|Portland|Las Vegas|" +
  "Memphis|Louisville|Baltimore|Milwaukee|Albuquerque|Tucson|Fresno|Sacramento|Kansas City|Atlanta|Miami|" +
  "Raleigh|Omaha|Minneapolis|Cleveland|Tampa|Orlando|Pittsburgh|Cincinnati|St. Louis|New Orleans|Honolulu|" +
  "Anchorage|Salt Lake City|Richmond|Des Moines|Charleston|Buffalo|Newark|Baton Rouge|Birmingham|Hartford|" +
  "Annapolis|Tallahassee|Springfield|Albany|Harrisburg|Trenton|Concord|Manchester|Dover|Montgomery|Boise|" +
  "Cheyenne|Santa Fe|Laredo|McAllen|Brownsville|San Ysidro|Nogales|Yuma|Mar-a-Lago|Palm Beach|Ferguson|" +
  "Flint|Charlottesville|Dearborn|Uvalde|Parkland|Ottawa|Toronto|Montreal|Vancouver|Calgary|" +
  // Mexico and Latin America
  "Mexico City=Ciudad de México,CDMX|Guadalajara|Monterrey|Tijuana|Ciudad Juárez=Ciudad Juarez,Juárez,Juarez|" +
  "Culiacán=Culiacan|Acapulco|Cancún=Cancun|Mazatlán=Mazatlan|Puerto Vallarta|Matamoros|Reynosa|Nuevo Laredo|" +
  "Mexicali|Hermosillo|Morelia|León|Tampico|Veracruz City|Mérida=Merida|Toluca|Zapopan|Tlaquepaque|Bogotá=Bogota|" +
  "Medellín=Medellin|Cali|Caracas|Lima|Quito|Santiago|Buenos Aires|São Paulo=Sao Paulo|Rio de Janeiro=Rio|" +
  "Brasília=Brasilia|Havana|San Juan|Panama City|Managua|Tegucigalpa|San Salvador|Guatemala City|Port-au-Prince|" +
  "Montevideo|La Paz|Asunción=Asuncion|" +
  // Europe
  "London|Paris|Berlin|Madrid|Barcelona|Rome|Milan|Naples|Vienna|Brussels|Amsterdam|The Hague|Rotterdam|Geneva|" +
  "Zurich|Bern|Davos|Lisbon|Dublin|Belfast|Edinburgh|Glasgow|Liverpool|Oxford|Cambridge|Copenhagen|Stockholm|Oslo|" +
  "Helsinki|Warsaw|Krakow|Prague|Budapest|Bucharest|Sofia|Belgrade|Zagreb|Athens|Istanbul|Ankara|Moscow|" +
  "St. Petersburg|Kyiv=Kiev|Kharkiv|Odesa=Odessa|Mariupol|Bakhmut|Minsk|Vilnius|Riga|Tallinn|Munich|Frankfurt|" +
  "Hamburg|Cologne|Strasbourg|Marseille|Lyon|Salisbury|" +
  // Middle East, Africa, Asia, Oceania
  "Jerusalem|Tel Aviv|Gaza City|Ramallah|Beirut|Damascus|Aleppo|Baghdad|Mosul|Basra|Tehran|Riyadh|Jeddah|Mecca|" +
  "Medina|Dubai|Abu Dhabi|Doha|Kuwait City|Muscat|Sanaa|Aden|Amman|Cairo|Alexandria|Tripoli|Benghazi|Tunis|" +
  "Algiers|Rabat|Casablanca|Khartoum|Addis Ababa|Nairobi|Mogadishu|Lagos|Abuja|Accra|Dakar|Kinshasa|Johannesburg|" +
  "Cape Town|Pretoria|Kabul|Kandahar|Islamabad|Karachi|Lahore|New Delhi=Delhi|Mumbai|Kolkata|Chennai|Bangalore|" +
  "Dhaka|Kathmandu|Colombo|Beijing|Shanghai|Wuhan|Shenzhen|Guangzhou|Hong Kong City|Taipei|Tokyo|Osaka|Hiroshima|" +
  "Seoul|Pyongyang|Manila|Jakarta|Bangkok|Hanoi|Ho Chi Minh City=Saigon|Kuala Lumpur|Yangon|Sydney|Melbourne|" +
  "Canberra|Auckland|Wellington";

const REGIONS =
  "Europe|Asia|Africa|North America|South America|Latin America|Central America|Caribbean|Middle East|Near East|" +
  "Far East|East Asia|Southeast Asia|South Asia|Central Asia|Eastern Europe|Western Europe|Balkans|Scandinavia|" +
  "Sahel|Horn of Africa|Persian Gulf|Gulf of Mexico|Gulf of America|Arctic|Antarctica|Pacific|Atlantic|" +
  "Mediterranean|Indian Ocean|Red Sea|Black Sea|South China Sea|Taiwan Strait|Strait of Hormuz|Midwest|" +
  "Rust Belt|Sun Belt|Bible Belt|Deep South|New England|Appalachia|Silicon Valley|Wall Street|Capitol Hill|" +
  "Golden Triangle|Tierra Caliente|Rio Grande|West Coast|East Coast|Gulf Coast|Southwest|Northeast|Pacific Northwest";

function load(list: string, rank: PlaceRank, into: Map<string, Place>): void {
  for (const entry of list.split("|")) {
    if (!entry) continue;
    const [canon = "", rest] = entry.split("=");
    const place = { name: canon, rank };
    // A city never shadows a country or state with the same name ("Georgia", "Mexico").
    const keys = [canon, ...(rest ? rest.split(",") : [])];
    for (const k of keys) {
      const key = normKey(k);
      if (!into.has(key)) into.set(key, place);
      const letters = k.replace(/[^A-Za-z]/g, "");
      if (letters.length >= 2 && letters.length <= 4 && letters === letters.toUpperCase() && !k.includes(" ")) ACRONYM_KEYS.add(key);
    }
  }
}

export const PLACES: Map<string, Place> = new Map();
load(COUNTRIES, PlaceRank.Country, PLACES);
load(STATES, PlaceRank.State, PLACES);
load(CITIES, PlaceRank.City, PLACES);
load(REGIONS, PlaceRank.Region, PLACES);
// Wall Street and Capitol Hill are metonyms for institutions more often than places, but
// they still are places; what matters is that they never become people.

/** Lowercase words that, right after a capitalised name, make it a place ("Jalisco state"). */
export const PLACE_HEAD_AFTER = new Set(["state", "province", "county", "city", "town", "village", "municipality", "region", "district", "department", "parish", "borough", "prefecture", "oblast", "governorate"]);

/** Lowercase words that, before "of", introduce a place ("the town of X"). */
export const PLACE_HEAD_BEFORE_OF = new Set(["town", "city", "village", "state", "province", "county", "municipality", "region", "district", "capital", "island", "port", "suburb", "neighborhood", "neighbourhood", "outskirts", "streets", "hamlet", "community"]);

/** Last words of multi-word place names ("Guadalajara International Airport", "Jalisco State"). */
export const PLACE_SUFFIXES = new Set(
  ("point|pier|dock|docks|quay|wharf|marina|tower|towers|building|hall|airport|airbase|air base|base|port|harbor|harbour|bridge|street|st.|avenue|ave.|road|rd.|boulevard|blvd.|highway|" +
    "freeway|square|plaza|park|river|lake|mountain|mountains|mount|mt.|valley|island|islands|bay|beach|coast|canyon|" +
    "desert|sea|ocean|gulf|peninsula|county|province|state|city|town|village|district|territory|region|border|" +
    "crossing|prison|penitentiary|hospital|stadium|arena|hotel|mall|station|terminal|canal|strait|falls|heights|" +
    "hills|hill|springs|creek|forest|reservoir|dam|plant|refinery|mine|ranch|palace|cathedral|church|mosque|temple")
    .split("|"),
);

/** First words of place names that gazetteers cannot list exhaustively ("San Bernardino", "Fort Hood"). */
export const PLACE_PREFIXES = new Set(["san", "santa", "santo", "são", "fort", "ft.", "lake", "mount", "mt.", "port", "st.", "saint", "los", "las", "cape", "isla", "ciudad", "puerto", "villa"]);

/** Compass words that make a sub-region of a known place ("South Florida", "East Jerusalem"). */
export const DIRECTIONS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upstate", "downstate", "northeast", "northwest", "southeast", "southwest", "greater", "metro"]);

export function placeOf(key: string): Place | undefined {
  return PLACES.get(key);
}
