import { canonicalMap } from "./normalize";

/** Wire services and major outlets, with the short forms articles cite them by. */
export const OUTLETS: Map<string, string> = canonicalMap(
  "Reuters=Thomson Reuters|Associated Press=AP,The Associated Press,A.P.|Agence France-Presse=AFP,Agence France Presse|" +
    "Bloomberg=Bloomberg News|Dow Jones|United Press International=UPI|Xinhua=Xinhua News Agency|TASS|Interfax|" +
    "RIA Novosti|Kyodo=Kyodo News|Yonhap|EFE|ANSA|dpa=Deutsche Presse-Agentur|Press Trust of India=PTI|" +
    "CNN|Fox News=Fox,Fox News Channel|Fox Business=Fox Business Network|MSNBC|CNBC|NBC News=NBC|ABC News=ABC|" +
    "CBS News=CBS|PBS=PBS NewsHour|NPR=National Public Radio|C-SPAN|BBC=BBC News|Sky News|ITV|Channel 4 News|" +
    "Al Jazeera|Al Arabiya|RT=Russia Today|Sputnik|CGTN|Deutsche Welle=DW|France 24|Euronews|Univision|Telemundo|" +
    "Televisa|TV Azteca|Newsmax|One America News=OAN,One America News Network|Telemundo News|" +
    "The New York Times=New York Times,NYT,the Times|The Washington Post=Washington Post|" +
    "The Wall Street Journal=Wall Street Journal,WSJ|USA Today|Los Angeles Times=LA Times,L.A. Times|" +
    "Chicago Tribune|The Boston Globe=Boston Globe|San Francisco Chronicle|Houston Chronicle|Dallas Morning News|" +
    "The Miami Herald=Miami Herald|New York Post=NY Post|New York Daily News=Daily News|Newsday|The Philadelphia Inquirer=Philadelphia Inquirer|" +
    "The Washington Times=Washington Times|The Washington Examiner=Washington Examiner|The Hill|Politico|Axios|" +
    "Punchbowl News|Semafor|The Atlantic|The New Yorker|New York Magazine|Newsweek|Time magazine|" +
    "The Economist=Economist|Financial Times=FT|The Guardian=Guardian|The Times of London|The Telegraph=Daily Telegraph|" +
    "The Independent|Daily Mail=Mail Online|The Sun|The Mirror|The Observer|Der Spiegel=Spiegel|Le Monde|Le Figaro|" +
    "El País=El Pais|El Universal|Reforma|Milenio|La Jornada|Proceso|Excélsior=Excelsior|El Financiero|Animal Político|" +
    "Infobae|Clarín|Folha de S.Paulo=Folha|O Globo|Haaretz|The Times of Israel=Times of Israel|Jerusalem Post|" +
    "South China Morning Post=SCMP|The Japan Times|Asahi Shimbun|Yomiuri Shimbun|The Hindu|Times of India|" +
    "Breitbart=Breitbart News|The Daily Caller=Daily Caller|The Federalist|National Review|The Daily Wire=Daily Wire|" +
    "The Blaze|Drudge Report|Infowars|The Epoch Times=Epoch Times|Natural News|" +
    "HuffPost=Huffington Post,The Huffington Post|BuzzFeed News=BuzzFeed|Vox|Slate|Vice News|" +
    "The Daily Beast=Daily Beast|Mother Jones|The Nation|The Intercept|ProPublica|The Guardian US|Mediaite|" +
    "Business Insider|Forbes|Fortune magazine|Bloomberg Businessweek|MarketWatch|Barron's|Yahoo News=Yahoo|" +
    "The Associated Press Stylebook|Talking Points Memo|Raw Story|Real Clear Politics=RealClearPolitics|" +
    "Washington Free Beacon=Free Beacon|The American Conservative|The Bulwark|The Dispatch|" +
    "Stars and Stripes|Military Times|Defense News|Task & Purpose|InSight Crime|Borderland Beat|" +
    "The Verge|TechCrunch|Ars Technica|Engadget|CNET|Gizmodo|Rolling Stone|Variety|Hollywood Reporter|" +
    "Associated Press Television News=APTN|Voice of America=VOA|Radio Free Europe=RFE/RL,Radio Free Europe/Radio Liberty",
);

const DOMAIN_RE = /^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|news|tv|info|co|io|us|uk|mx|ca|de|fr|es|it|ru|cn|in|au|ai|media|press|online)$/iu;

/** "Brighteon.com": a site named as a source or in a source list. */
export function isDomain(s: string): boolean {
  return DOMAIN_RE.test(s);
}

/** The name part of a domain ("Reuters.com" -> "Reuters"), so it can meet the outlet's other names. */
export function domainBase(s: string): string {
  const dot = s.indexOf(".");
  return dot > 0 ? s.slice(0, dot) : s;
}

/** Last words of newspaper and wire names ("Vellin Evening Post", "Meridian Wire", "Harbor Ledger"). */
export const OUTLET_SUFFIXES = new Set(
  ("times|post|journal|herald|tribune|gazette|chronicle|magazine|daily|observer|wire|ledger|courier|dispatch|" +
    "examiner|inquirer|sentinel|bulletin|mirror|express|telegraph|monitor|reporter|recorder|register|standard|" +
    "newsletter|newswire|podcast|radio|television|tv|broadcasting|network")
    .split("|"),
);
