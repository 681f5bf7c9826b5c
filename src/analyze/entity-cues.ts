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
champions challenger contender veteran heavyweight quarterback pitcher forward guard tackle lineman receiver`.split(
    /\s+/,
  ),
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

export function isPersonTitle(lowerCased: string): boolean {
  return PERSON_TITLES.has(lowerCased);
}

export function isOrganisationWord(lowerCased: string): boolean {
  return ORGANISATION_WORDS.has(lowerCased);
}

export function isKnownOrganisation(lowerCasedName: string): boolean {
  return KNOWN_ORGANISATIONS.has(lowerCasedName);
}
