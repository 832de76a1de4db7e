import { setOf } from "./normalize";

/**
 * Nationality and group adjectives. "Mexican forces" mentions no entity, and
 * "Mexican President Claudia Sheinbaum" is a title phrase, not a name.
 */
export const DEMONYMS = setOf(
  "American|Americans|Mexican|Mexicans|Canadian|Canadians|British|Briton|Britons|English|Scottish|Welsh|Irish|" +
    "French|German|Germans|Italian|Italians|Spanish|Spaniard|Spaniards|Portuguese|Dutch|Belgian|Swiss|Austrian|" +
    "Swedish|Swede|Swedes|Norwegian|Danish|Finnish|Icelandic|Polish|Pole|Poles|Czech|Slovak|Hungarian|Romanian|" +
    "Bulgarian|Serbian|Serb|Serbs|Croatian|Croat|Croats|Bosnian|Albanian|Greek|Greeks|Turkish|Turk|Turks|Cypriot|" +
    "Russian|Russians|Ukrainian|Ukrainians|Belarusian|Georgian|Armenian|Armenians|Azerbaijani|Kazakh|Uzbek|" +
    "Chinese|Japanese|Korean|Koreans|North Korean|North Koreans|South Korean|South Koreans|Taiwanese|Vietnamese|" +
    "Thai|Filipino|Filipinos|Indonesian|Malaysian|Singaporean|Burmese|Indian|Indians|Pakistani|Pakistanis|" +
    "Afghan|Afghans|Bangladeshi|Nepali|Sri Lankan|Iranian|Iranians|Iraqi|Iraqis|Syrian|Syrians|Lebanese|" +
    "Israeli|Israelis|Palestinian|Palestinians|Jordanian|Saudi|Saudis|Emirati|Qatari|Kuwaiti|Yemeni|Omani|" +
    "Egyptian|Egyptians|Libyan|Tunisian|Algerian|Moroccan|Sudanese|Ethiopian|Somali|Kenyan|Nigerian|Ghanaian|" +
    "South African|Congolese|Rwandan|Ugandan|Malian|Australian|Australians|New Zealander|Brazilian|Brazilians|" +
    "Argentine|Argentinian|Chilean|Peruvian|Colombian|Colombians|Venezuelan|Venezuelans|Ecuadorian|Bolivian|" +
    "Paraguayan|Uruguayan|Cuban|Cubans|Haitian|Haitians|Dominican|Puerto Rican|Jamaican|Guatemalan|Guatemalans|" +
    "Honduran|Hondurans|Salvadoran|Salvadorans|Nicaraguan|Costa Rican|Panamanian|Latin American|Latino|Latinos|" +
    "Latina|Latinas|Latinx|Hispanic|Hispanics|European|Europeans|Asian|Asians|African|Africans|Arab|Arabs|" +
    "Westerner|Westerners|Middle Eastern|Kurdish|Kurd|Kurds|Jewish|Jew|Jews|" +
    "Muslim|Muslims|Christian|Christians|Catholic|Catholics|Protestant|Evangelical|Evangelicals|Mormon|Hindu|" +
    "Sikh|Buddhist|Sunni|Shiite|Shia|Texan|Texans|Californian|Californians|New Yorker|New Yorkers|Floridian|" +
    "Jaliscan|Sinaloan|Soviet|Nazi|Nazis|Communist|Communists|Marxist|Socialist|Socialists|Liberal|Liberals|" +
    "Conservative|Conservatives|Progressive|Progressives|Libertarian|Libertarians|Tory|Tories|Labour|" +
    "Republican|Democrat|Democratic|Black|White|Caucasian|Native American|Native Americans|Indigenous|Anglo|Euro|Eurozone",
);
