// Known place names, their aliases and demonyms, so that "U.S.", "US" and "American" all name one place.

/** Countries and territories; the first name of each line is the canonical one, the rest are aliases. */
const COUNTRIES = `afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain
|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil|brunei|bulgaria|burkina faso|burundi
|cambodia|cameroon|canada|chad|chile|china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|denmark
|djibouti|dominica|dominican republic|ecuador|egypt|el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon
|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq
|ireland|israel|italy|jamaica|japan|jordan|kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia
|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico
|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nepal|netherlands|new zealand|nicaragua|niger|nigeria
|north macedonia|norway|oman|pakistan|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar
|romania|russia|rwanda|saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|somalia|south africa
|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga
|trinidad and tobago|tunisia|turkey|turkmenistan|uganda|ukraine|uruguay|uzbekistan|venezuela|vietnam|yemen|zambia|zimbabwe
|greenland|puerto rico|hong kong|macau|tibet|scotland|wales|england|northern ireland|vatican|gaza|west bank|crimea|kashmir
|chechnya|kurdistan|darfur|catalonia`;

const ALIASES: ReadonlyArray<readonly [string, string]> = [
  ["united states", "u.s.|u.s|us|usa|u.s.a.|u.s.a|united states of america|america|the united states|the us"],
  ["united kingdom", "u.k.|u.k|uk|britain|great britain|the united kingdom"],
  ["united arab emirates", "uae|u.a.e.|emirates"],
  ["north korea", "dprk|d.p.r.k.|democratic people's republic of korea|pyongyang regime"],
  ["south korea", "republic of korea|rok"],
  ["democratic republic of congo", "drc|dr congo|democratic republic of the congo"],
  ["ivory coast", "cote d'ivoire"],
  ["czech republic", "czechia"],
  ["myanmar", "burma"],
  ["netherlands", "holland|the netherlands"],
  ["european union", "eu|e.u."],
  ["soviet union", "ussr|u.s.s.r."],
  ["east timor", "timor-leste"],
  ["middle east", "mideast"],
  ["new york", "new york city|nyc"],
  ["los angeles", "l.a."],
  ["washington", "washington d.c.|washington dc|d.c."],
];

/** Regions, US states and large cities that news names often. */
const OTHER_PLACES = `africa|asia|europe|latin america|south america|north america|central america|central asia
|southeast asia|east asia|middle east|gulf|persian gulf|arctic|antarctica|caribbean|balkans|scandinavia|sahara|sahel
|pacific|atlantic|indian ocean|mediterranean|black sea|red sea|south china sea|korean peninsula|siberia
|alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa
|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada
|new hampshire|new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island
|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|wyoming
|ontario|quebec|british columbia|alberta|bavaria|queensland|new south wales|victoria|punjab|sindh|bengal|kerala
|london|paris|berlin|rome|madrid|lisbon|dublin|brussels|amsterdam|vienna|prague|warsaw|budapest|athens|stockholm|oslo
|copenhagen|helsinki|moscow|kyiv|kiev|minsk|istanbul|ankara|tehran|baghdad|damascus|beirut|jerusalem|tel aviv|amman
|riyadh|dubai|abu dhabi|doha|cairo|tripoli|benghazi|tunis|algiers|rabat|casablanca|lagos|abuja|nairobi|addis ababa
|johannesburg|cape town|kinshasa|khartoum|mogadishu|kabul|islamabad|karachi|lahore|new delhi|delhi|mumbai|kolkata
|chennai|bangalore|dhaka|colombo|kathmandu|beijing|shanghai|hong kong|shenzhen|guangzhou|wuhan|taipei|seoul|pyongyang
|tokyo|osaka|fukushima|manila|jakarta|bangkok|hanoi|kuala lumpur|singapore|sydney|melbourne|auckland|wellington
|vladivostok|st petersburg|donetsk|luhansk|kharkiv|odesa|odessa|mariupol|sevastopol|aleppo|homs|mosul|fallujah|gaza city
|new york|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|san francisco|seattle|boston
|atlanta|miami|detroit|denver|las vegas|baltimore|new orleans|portland|minneapolis|cleveland|pittsburgh|austin
|nashville|orlando|sacramento|silicon valley|hollywood|brooklyn|manhattan|toronto|montreal|vancouver|ottawa
|mexico city|havana|caracas|bogota|lima|santiago|buenos aires|sao paulo|rio de janeiro|brasilia|quito`;

/** Demonyms name a place too: "Russian officials" is evidence about Russia. */
const DEMONYMS: ReadonlyArray<readonly [string, string]> = [
  ["american", "united states"],
  ["british", "united kingdom"],
  ["english", "england"],
  ["scottish", "scotland"],
  ["welsh", "wales"],
  ["irish", "ireland"],
  ["french", "france"],
  ["german", "germany"],
  ["italian", "italy"],
  ["spanish", "spain"],
  ["portuguese", "portugal"],
  ["dutch", "netherlands"],
  ["belgian", "belgium"],
  ["swiss", "switzerland"],
  ["austrian", "austria"],
  ["swedish", "sweden"],
  ["norwegian", "norway"],
  ["danish", "denmark"],
  ["finnish", "finland"],
  ["polish", "poland"],
  ["czech", "czech republic"],
  ["hungarian", "hungary"],
  ["greek", "greece"],
  ["turkish", "turkey"],
  ["russian", "russia"],
  ["ukrainian", "ukraine"],
  ["belarusian", "belarus"],
  ["georgian", "georgia"],
  ["armenian", "armenia"],
  ["chinese", "china"],
  ["japanese", "japan"],
  ["korean", "korea"],
  ["north korean", "north korea"],
  ["south korean", "south korea"],
  ["taiwanese", "taiwan"],
  ["vietnamese", "vietnam"],
  ["thai", "thailand"],
  ["malaysian", "malaysia"],
  ["indonesian", "indonesia"],
  ["filipino", "philippines"],
  ["indian", "india"],
  ["pakistani", "pakistan"],
  ["afghan", "afghanistan"],
  ["bangladeshi", "bangladesh"],
  ["iranian", "iran"],
  ["iraqi", "iraq"],
  ["syrian", "syria"],
  ["lebanese", "lebanon"],
  ["israeli", "israel"],
  ["palestinian", "palestine"],
  ["jordanian", "jordan"],
  ["saudi", "saudi arabia"],
  ["egyptian", "egypt"],
  ["libyan", "libya"],
  ["tunisian", "tunisia"],
  ["moroccan", "morocco"],
  ["algerian", "algeria"],
  ["nigerian", "nigeria"],
  ["kenyan", "kenya"],
  ["ethiopian", "ethiopia"],
  ["somali", "somalia"],
  ["sudanese", "sudan"],
  ["ghanaian", "ghana"],
  ["canadian", "canada"],
  ["mexican", "mexico"],
  ["cuban", "cuba"],
  ["brazilian", "brazil"],
  ["argentine", "argentina"],
  ["argentinian", "argentina"],
  ["chilean", "chile"],
  ["colombian", "colombia"],
  ["venezuelan", "venezuela"],
  ["peruvian", "peru"],
  ["australian", "australia"],
  ["turkmen", "turkmenistan"],
  ["kazakh", "kazakhstan"],
  ["uzbek", "uzbekistan"],
  ["european", "europe"],
  ["african", "africa"],
  ["asian", "asia"],
];

function buildPlaceTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const list of [COUNTRIES, OTHER_PLACES]) {
    for (const name of list.split("|")) {
      const trimmed = name.trim();
      if (trimmed) table.set(trimmed, trimmed);
    }
  }
  for (const [canonical, aliases] of ALIASES) {
    table.set(canonical, canonical);
    for (const alias of aliases.split("|")) table.set(alias, canonical);
  }
  return table;
}

const PLACES = buildPlaceTable();
const DEMONYM_TABLE = new Map(DEMONYMS);

/** The canonical place for a lower-cased name or alias, or undefined when it is not a known place. */
export function canonicalPlace(lowerCased: string): string | undefined {
  return PLACES.get(lowerCased);
}

/** The place a lower-cased demonym refers to ("russian" → "russia"), or undefined. */
export function placeOfDemonym(lowerCased: string): string | undefined {
  return DEMONYM_TABLE.get(lowerCased);
}

/** Longest place name in words, so a matcher knows how far to look ahead. */
export const LONGEST_PLACE_WORDS = Math.max(...[...PLACES.keys()].map((name) => name.split(" ").length));
