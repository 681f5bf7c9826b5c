// Words around and inside a proper name that tell whether it names a person or an organisation.

/** Titles and roles that introduce a person's name ("President Putin", "spokesman Dmitry Peskov"). */
const PERSON_TITLES = new Set(
  `president vice-president premier chancellor minister secretary senator sen. sen representative rep. rep congressman
congresswoman governor gov. gov mayor king queen prince princess pope cardinal bishop archbishop rabbi imam sheikh emir
general gen. gen colonel col. lieutenant lt. captain capt. sergeant sgt. admiral commander officer chief judge justice
ambassador envoy spokesman spokeswoman spokesperson leader dictator ceo chairman chairwoman chair founder cofounder
co-founder director manager coach striker midfielder defender goalkeeper actor actress singer rapper star host anchor
writer author journalist reporter analyst economist professor prof. dr. dr mr. mr mrs. mrs ms. ms miss sir dame lord lady
father mother son daughter wife husband brother sister widow boyfriend girlfriend fiancé fiancee chef designer producer
president-elect frontman lawyer attorney prosecutor detective inspector suspect victim champion
champions challenger contender veteran heavyweight quarterback pitcher forward guard tackle lineman receiver qb
councilman councilwoman councillor alderman assemblyman assemblywoman commissioner sheriff deputy trooper clerk
treasurer superintendent`.split(/\s+/),
);

/** Words that make a capitalised run an organisation ("National Security Council", "Apple Inc."). */
const ORGANISATION_WORDS = new Set(
  `council committee ministry department agency bureau office bank corp corp. corporation inc inc. ltd ltd. llc plc co co.
company companies group holdings university college school institute foundation association federation organisation
organization union party league club team fc church army navy forces force police guard court tribunal senate congress
parliament assembly commission board authority service services administration airlines airline airways motors industries
systems technologies labs studios records network networks channel times post news journal herald tribune press gazette
telegraph guardian reuters associated capital partners fund trust exchange hospital clinic brigade movement front
cabinet government kremlin pentagon fed reserve forum summit conference festival magazine blog
uefa fifa ncaa`.split(/\s+/),
);

/** Organisations usually named by a single word or an acronym. */
const KNOWN_ORGANISATIONS = new Set(
  `kremlin|pentagon|white house|fed|federal reserve|nato|un|united nations|unesco|unicef|who|imf|world bank|opec|fbi|cia
|nsa|nasa|fda|sec|ftc|fcc|irs|interpol|hamas|hezbollah|taliban|isis|isil|al-qaeda|wagner|apple|google|alphabet|amazon
|microsoft|facebook|meta|twitter|netflix|tesla|samsung|sony|toyota|honda|gm|ford|chrysler|boeing|airbus|intel|ibm|oracle
|uber|youtube|instagram|tiktok|whatsapp|ebay|paypal|walmart|mcdonald's|starbucks|disney|hbo|bbc|cnn|cnbc|fox|nbc|abc|cbs
|reuters|bloomberg|ap|afp|fifa|uefa|ncaa|nfl|nba|mlb|nhl|asean|nasdaq|nyse|osce|cis|icc|wto|iaea`
    .split("|")
    .map((name) => name.trim()),
);

/** Last words of a multi-word name that make it a place ("Merapi Regency", "Lake District"). */
const PLACE_ENDINGS = new Set(
  `province region district county prefecture regency governorate territory oblast municipality island islands
peninsula valley coast`.split(/\s+/),
);

/** First words that make a multi-word name a place: a compass part of a region ("Central Java", "West Bengal"). */
const PLACE_OPENINGS = new Set(
  "north south east west central northern southern eastern western northeast northwest southeast southwest".split(" "),
);

/** Last words of names of laws, events, buildings and prizes: capitalised like people, never one. */
const THING_ENDINGS = new Set(
  `act survey treaty accord accords protocol amendment law program programme project initiative award awards prize cup
championship championships games series bowl trophy tournament open stadium arena airport bridge street avenue road
square park station hotel tower center centre museum theatre theater prison jail mosque temple cathedral base
ave blvd boulevard highway freeway expressway mall market warehouse coliseum colosseum velodrome ballpark
dome`.split(/\s+/),
);

/** Last words of venues that are also surnames ("Qwest Field" but "Sally Field"): a thing's only after no first name. */
const SURNAME_LIKE_THING_ENDINGS = new Set(["field", "hall", "ground", "gardens", "lane", "plaza"]);

/** First words of venues named in other languages ("Stade de France", "Estadio Azteca"). */
const THING_OPENINGS = new Set("stade estadio stadio stadion parc palais palacio".split(" "));

/** Verbs that follow a person's name far more often than any other kind of name ("Okafor said"). */
const SPEECH_VERBS = new Set(
  `say said says tell told add added explain explained insist insisted recall recalled admit admitted write wrote tweet
tweeted`.split(/\s+/),
);

export function isPlaceEnding(lowerCased: string): boolean {
  return PLACE_ENDINGS.has(lowerCased);
}

export function isPlaceOpening(lowerCased: string): boolean {
  return PLACE_OPENINGS.has(lowerCased);
}

export function isThingEnding(lowerCased: string): boolean {
  return THING_ENDINGS.has(lowerCased);
}

export function isSurnameLikeThingEnding(lowerCased: string): boolean {
  return SURNAME_LIKE_THING_ENDINGS.has(lowerCased);
}

export function isThingOpening(lowerCased: string): boolean {
  return THING_OPENINGS.has(lowerCased);
}

export function isSpeechVerb(lowerCased: string): boolean {
  return SPEECH_VERBS.has(lowerCased);
}

export function isPersonTitle(lowerCased: string): boolean {
  return PERSON_TITLES.has(lowerCased);
}

export function isOrganisationWord(lowerCased: string): boolean {
  return ORGANISATION_WORDS.has(lowerCased);
}

export function isKnownOrganisation(lowerCasedName: string): boolean {
  return KNOWN_ORGANISATIONS.has(lowerCasedName);
}
