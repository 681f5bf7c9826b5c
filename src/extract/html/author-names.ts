// Cleans author credits into "Name, Name": drops "By", roles, dates, handles, URLs and e-mail addresses. Pure.

const MAX_AUTHORS = 8;
const MAX_NAME_WORDS = 6;

const LEADING_CREDIT =
  /^(?:(?:[\p{L}]+\s+){0,2}by\b\s*:?\s*|(?:[\p{L}]+\s+){0,4}written by\s+|(?:author|authors|writer|contributors?|posted by|written by)\s*:\s*|author\s+(?=\p{Lu})|(?:insights|words|text) from\s+|read more (?:about|from)\s+)/iu;
/** Words of job titles ("Senior Reporter", "Staff Writer"): a credit made only of these names nobody. */
const ROLE_WORDS = new Set(
  (
    "staff senior chief contributing freelance guest special associate deputy managing executive political foreign " +
    "science health business sports tech technology news editorial the team writer writers reporter reporters " +
    "editor editors correspondent columnist contributor contributors journalist author authors producer " +
    "photographer analyst critic intern newsroom desk medically reviewed fact checked expert"
  ).split(" "),
);
/**
 * Words that mark a credit part as a job or a degree ("Former McKinsey Consultant", "RN", "Co-Founder"): after a
 * name they are dropped, not read as another author.
 */
const TITLE_WORDS = new Set(
  (
    "consultant coordinator marketer founder co-founder cofounder ceo cto cfo coo cmo president vice director manager head " +
    "lead officer specialist strategist expert marketing content winemaker professor researcher scientist engineer " +
    "developer designer dietitian nutritionist physician nurse doctor reviewer advisor adviser owner partner " +
    "assistant vp chair chairman fellow student former certified licensed registered attorney lawyer coach trainer " +
    "instructor teacher gardener astrologer grader host at of for and in md rn bsn msn dvm phd mba cpa jd esq " +
    "faclm rd ms ma ba bsc msc mph lpc lcsw np pa ot pt dds dmd od do"
  ).split(" "),
);
/**
 * Degrees and professional credentials written after a name ("Jane Doe, MD, RD"): readers see them as part of
 * how the author signs, unlike a job title, so they stay with the name.
 */
const CREDENTIALS = new Set(
  (
    "md do rn bsn msn np dnp pa pa-c rd rdn ld ldn cdces cde ms ma msc bsc ba bs mba mph phd edd psyd jd esq cpa " +
    "cfa cfp chfc dvm dds dmd od pt dpt ot lpc lcsw lmft cpt cscs cns ibclc pharmd rph facp facc facs faap"
  ).split(" "),
);
const NOT_A_NAME =
  /https?:|www\.|@|\.(?:com|net|org|io)\b|\d|^(?:admin|administrator|staff|editor|author|guest|unknown|anonymous|undefined|null|none|name|webmaster|user)\b/i;
/** Link labels and weekdays that markup puts where a name would be ("Learn More" to the author page, "Sat, …"). */
const LINK_OR_WEEKDAY =
  /^(?:learn more|read more|more|view (?:all|more|profile|bio)|see (?:all|more)|full bio|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)$/i;
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
/** A date (with or without its year) and whatever follows it: "Jane Doe Mar 27", "Jane Doe · 12 May 2024". */
const DATE_TAIL = new RegExp(
  `\\s*(?:[|•·–—-]\\s*)?(?:(?:last\\s+)?(?:updated|published|posted|modified)\\s*:?\\s*(?:on\\s+)?|on\\s+)?(?:(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?=\\s|$))).*$`,
  "i",
);
/** "By" run into the name by markup that set it apart only by style ("ByJane Doe"); case matters, so no /i. */
const GLUED_BY = /^(?:[Ww]ritten |[Pp]osted )?[Bb]y(?=\p{Lu})/u;
/** A dateline before the name ("Dec. 19, 2025 · Jane Doe"): it goes before the credit is split at commas. */
const LEADING_DATE = new RegExp(
  `^(?:(?:published|posted|updated)\\s*:?\\s*)?(?:on\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})\\s*[|•·–—,-]?\\s*`,
  "i",
);
/** "Jane Doe on behalf of the Working Group": the group she wrote for is no author. */
const ON_BEHALF_TAIL = /\s+on behalf of\b.*$/i;
/** A reading time ("5 min read", "mins read") that bylines often share a line with. */
const READING_TIME = /^\d*\s*(?:mins?|minutes?)\s+read$/i;
/** "on Friday", "Monday": a weekday and what follows is when, not who. */
const WEEKDAY_TAIL = /\s*(?:[|•·–—,-]\s*)?(?:on\s+)?\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b.*$/i;
/** "Last updated", "Updated", "Published" with whatever follows. */
const STATUS_TAIL =
  /\s*(?:[|•·–—-]\s*)?\b(?:last\s+)?(?:updated|published|posted|modified|reviewed|fact[- ]checked)\b.*$/i;
/** "Jane Doe in Politics": the section a byline links to, after a lower-case "in". */
const SECTION_TAIL = /\s+in\s+\p{Lu}.*$/u;
/** "Categories: News", "content: Site": a labelled field that shares the byline's line. */
const LABELLED_FIELD = /^\p{L}+:\s/u;
/** Parts of a credit that are a conjunction or a count left over from splitting ("and", "6 Comments"). */
const NOT_A_CREDIT_PART = /^(?:and|or|by|\d*\s*comments?)$/i;

const COLLECTIVE_WORDS = new Set(["team", "desk", "newsroom", "staff", "editors", "editorial", "expert", "marketing"]);

/** A credit part that describes a job or degree rather than naming someone. */
export function isJobTitle(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter((word) => word !== "");
  return words.some((word) => TITLE_WORDS.has(word) || ROLE_WORDS.has(word)) && !words.every((w) => w === "and");
}

/** Drop job words run onto a name by the page's markup: "Emma Ryan Writer" → "Emma Ryan". */
function trimTrailingTitle(name: string): string {
  const words = name.split(" ");
  while (words.length > 2) {
    const last = words[words.length - 1]!.toLowerCase();
    // "Team", "Desk" and "Editors" end the name of a group credit ("The Investopedia Team").
    if (last.length <= 2 || COLLECTIVE_WORDS.has(last) || !isJobTitle(last)) break;
    words.pop();
  }
  return words.join(" ");
}

/** Where markup runs a role line onto the name with no space: "Jane DoeFounder at Acme". */
const GLUED_WORD = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu;

/** The name without a job title glued onto its last word; "McCarthy" and "DeShawn" stay whole. */
function cutGluedRole(name: string): string {
  for (const glue of name.matchAll(GLUED_WORD)) {
    const tail = name.slice(glue.index);
    if (isJobTitle(tail) && /\s/.test(name.slice(0, glue.index))) return name.slice(0, glue.index);
  }
  return name;
}

function isRoleOnly(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== "");
  return words.length > 0 && words.every((word) => ROLE_WORDS.has(word));
}

/** A generated slug rather than a name someone chose: "jdoe-x7k2", "user123". Plain handles ("aawoods") stay. */
function isSlug(name: string): boolean {
  return !/\s/.test(name) && /[._-]/.test(name) && !/\p{Lu}/u.test(name);
}

/** What a cleaned credit part may be instead of a name. */
const NO_NAME = [NOT_A_NAME, NOT_A_CREDIT_PART, LINK_OR_WEEKDAY, READING_TIME];

function cleanName(raw: string): string | null {
  let name = raw
    .replace(/\s+/g, " ")
    .trim()
    .replace(LEADING_CREDIT, "")
    .replace(DATE_TAIL, "")
    .replace(STATUS_TAIL, "")
    .replace(WEEKDAY_TAIL, "")
    .replace(/\s*\([^)]*\)\s*/g, " ")
    .replace(/^[\s|•·⋅●,:;–—-]+|[\s|•·⋅●,:;–—-]+$/g, "")
    .trim()
    // A name set twice by markup (visible text and a tooltip): "Jane Doe Jane Doe".
    .replace(/^(.+) \1$/u, "$1");
  // A role after a dash is dropped ("John Roe - Staff Writer"); a credit made only of a role is no name.
  const roleCut = /\s[-–—|]\s(.*)$/.exec(name);
  if (roleCut?.[1] !== undefined && isJobTitle(roleCut[1])) name = name.slice(0, roleCut.index).trim();
  name = trimTrailingTitle(cutGluedRole(name).replace(/\s+(?:says|said|wrote)$/i, ""));
  if (name === "" || NO_NAME.some((pattern) => pattern.test(name)) || isRoleOnly(name) || isSlug(name)) return null;
  const words = name.split(" ");
  if (words.length > MAX_NAME_WORDS || !/\p{L}/u.test(name)) return null;
  return name;
}

/**
 * A credit part made only of credentials, capitalised as credentials are: "MD", "M.D. FACLM", "PhD". "Ms" is
 * the honorific, not the degree.
 */
function isCredential(part: string): boolean {
  const words = part.split(/\s+/);
  return words.every(
    (word) => /^\p{Lu}/u.test(word) && word !== "Ms" && CREDENTIALS.has(word.replace(/\./g, "").toLowerCase()),
  );
}

/** The credentials that follow a name, kept apart from it so that cleaning the name leaves them alone. */
interface CreditedName {
  name: string;
  credentials: string[];
}

/**
 * Split one credit line into the names it lists: "A, B and C", "A & B", "A; B". Roles after a comma go;
 * credentials after a comma stay with the name ("Jane Doe, MD").
 */
export function splitCredit(credit: string): string[] {
  return creditedNames(credit).map(({ name, credentials }) => [name, ...credentials].join(", "));
}

function creditedNames(credit: string): CreditedName[] {
  const withoutBy = credit
    .replace(/\s+/g, " ")
    .trim()
    .replace(LEADING_DATE, "")
    .replace(GLUED_BY, "")
    .replace(LEADING_CREDIT, "")
    .replace(ON_BEHALF_TAIL, "")
    // What follows a date or a status ("| Mar 3, 2025 | Business", "Reviewed by …") is no longer the credit.
    .replace(DATE_TAIL, "")
    .replace(STATUS_TAIL, "")
    .replace(SECTION_TAIL, "");
  // The separators are kept (odd indexes): after a role, "and" joins the role's words, not another author.
  const pieces = withoutBy.split(
    /(\s*(?:;|,\s+and\s+|,(?!\s*(?:jr|sr|ii|iii|iv)\b)|\s&\s|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\||\s[•·⋅●/]\s)\s*)/i,
  );
  const names: CreditedName[] = [];
  let afterRole = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i]!.trim();
    const joinedByAnd = i > 0 && /^\s*and\s*$/i.test(pieces[i - 1]!);
    if (part === "" || LABELLED_FIELD.test(part)) continue;
    const previous = names[names.length - 1];
    if (previous !== undefined && !afterRole && /^\s*,\s*$/.test(pieces[i - 1]!) && isCredential(part)) {
      previous.credentials.push(part);
      continue;
    }
    // "Jane Doe, Senior Reporter", "Jane Doe, RN": the parts after the name are roles, not more authors.
    if (names.length > 0 && (isJobTitle(part) || (afterRole && joinedByAnd))) {
      afterRole = true;
      continue;
    }
    afterRole = false;
    names.push({ name: part, credentials: [] });
  }
  return names;
}

/** Lower-case words inside names ("Marna van der Merwe", "Ana de Souza"). */
const NAME_PARTICLES = new Set(
  "van der den de da das do dos du di del della von la le bin ibn al el ter ten".split(" "),
);
/**
 * A capitalised name word: "Jane", "McCarthy", "O'Brien", "Martínez-Beltrán", an initial "J."; words in capitals
 * or run together ("DIYHome") are labels.
 */
const NAME_WORD = /^(?:\p{Lu}\.|(?:\p{Lu}\p{Ll}{0,2}['’]?)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;
const MIN_PERSON_NAME_WORDS = 2;
const MAX_PERSON_NAME_WORDS = 4;

/**
 * Whether a short text reads as one person's name: two to four capitalised words (particles aside), none a job,
 * role or link word. Used where nothing labels the text as a credit, so it is strict.
 */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < MIN_PERSON_NAME_WORDS || words.length > MAX_PERSON_NAME_WORDS) return false;
  const shaped = words.every(
    (word, i) => NAME_WORD.test(word) || (i > 0 && i < words.length - 1 && NAME_PARTICLES.has(word)),
  );
  // Cleaning leaves a bare name as it is; a credit ("By Jane Doe") or a dated line changes.
  return shaped && !isJobTitle(text) && joinAuthors([text]) === text;
}

/** Clean author credits, deduplicated case-insensitively, joined with ", "; null when no name survives. */
export function joinAuthors(credits: readonly string[]): string | null {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const credit of credits) {
    for (const part of creditedNames(credit)) {
      const cleaned = cleanName(part.name);
      if (cleaned === null) continue;
      const name = [cleaned, ...part.credentials].join(", ");
      const key = cleaned.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(name);
      if (names.length >= MAX_AUTHORS) return names.join(", ");
    }
  }
  return names.length === 0 ? null : names.join(", ");
}

/** What parts a writer's name from the outlet's in a byline: "Jane Doe, Reuters", "Jane Doe | The Herald". */
const OUTLET_SEPARATOR = /[\s,|/•·–—-]+$/u;
/**
 * A writer credited beside the outlet keeps a first and last name once it goes: a first name alone ("Laura / The
 * Plant House", "Steve Forbes" on forbes.com) signs as the site, or the outlet's name is the surname.
 */
const MIN_NAME_WORDS_WITHOUT_OUTLET = 2;

function isFullName(name: string): boolean {
  return name.split(/\s+/).length >= MIN_NAME_WORDS_WITHOUT_OUTLET;
}

/** One name with the outlet's name cut from its end ("Jane Doe The Herald" → "Jane Doe"), or the name as it was. */
function cutOutletSuffix(name: string, outlet: string): string {
  if (!name.toLowerCase().endsWith(outlet.toLowerCase())) return name;
  const rest = name.slice(0, name.length - outlet.length);
  if (!OUTLET_SEPARATOR.test(rest)) return name;
  const before = rest.replace(OUTLET_SEPARATOR, "");
  return isFullName(before) ? before : name;
}

/**
 * Cleaned author names ("Jane Doe, Reuters", "Jane Doe USA Today") without the outlet's own name, which bylines
 * set beside the writer's: the page names its outlet (og:site_name, the publisher), so no list of outlets is
 * needed. A credit made only of the outlet's name stays: then the outlet is the author.
 */
export function withoutOutletName(authors: string, outlet: string): string {
  const outletName = outlet.trim();
  if (outletName === "") return authors;
  const names = authors.split(", ").map((name) => cutOutletSuffix(name, outletName));
  const people = names.filter((name) => name.toLowerCase() !== outletName.toLowerCase());
  return people.length > 0 && people.every(isFullName) ? people.join(", ") : authors;
}
