// What a byline name is: a person (or a group, a screen name) as bylines print it, cleaned of what follows it.
import { ENGLISH_MONTH, MONTH_GLUED_AFTER_WORD } from "../dates.js";
import { CREDENTIAL, isKnownFirstName, mayBeLabelledName, NAME_PARTICLE } from "./person-name.js";

/** Marks that part a byline's name, date and reading time: "|", bullets of many shapes ("•", "●", "▪"), dashes. */
export const SEPARATOR_MARKS = "•|·⋅◦▪●∙◆■";

/** A name's line from its first separator mark on: what follows is a date, a section, a reading time. */
const FROM_SEPARATOR = new RegExp(`[${SEPARATOR_MARKS}].*$`);

/** "by" and what parts it from the name: a space, or a colon with or without one ("By: Jane", "Written by:Jane"). */
export const BY = String.raw`by(?:\s*:\s*|\s+)`;

const NOT_A_NAME =
  /\b(?:views?|comments?|min|read|share|posted|published|updated|the|and more|staff|content|articles?)\b/i;

/** A date or count after the name ("Jane Doe March 5", "Jane Doe 15 min read"); a surname before a number stays. */
export const MONTH_OR_NUMBER_TAIL = new RegExp(`\\s+(?:\\d|${ENGLISH_MONTH}\\.?\\s+\\d).*$`, "i");

/** A stamp label after the name ("Jane Doe Updated Sep 5", "Jane Doe Published: …"): the name ends there. */
const STAMP_LABEL_TAIL = /\s+(?:last updated|updated|published|posted|modified)\b.*$/i;

/** Job titles after a name ("Jane Doe, Contributor", "Tom Reyes Former Deputy Tech Editor"): not part of it. */
export const ROLE_WORD =
  /^(?:editors?|writers?|reporters?|correspondents?|contributors?|columnists?|journalists?|directors?|managers?|founders?|co-?founders?|ceo|cto|cfo|president|head|chief|experts?|specialists?|marketers?|engineers?|analysts?|producers?|professors?|researchers?|consultants?|strategists?|officers?|designers?|developers?|bloggers?|photographers?|critics?|hosts?)$/i;

/** Words that open a job title before its role word ("Senior", "Former Deputy"). */
const ROLE_MODIFIER =
  /^(?:former|senior|deputy|associate|assistant|executive|managing|contributing|staff|lead|principal)$/i;

/** The tokens of a name with a trailing job title cut off: from its first role word or modifier on. */
function withoutTrailingRole(tokens: string[]): string[] {
  const lastRole = tokens.findLastIndex((token) => ROLE_WORD.test(token));
  if (lastRole < 2) return tokens;
  const start = tokens.findIndex((token, i) => i >= 2 && (ROLE_WORD.test(token) || ROLE_MODIFIER.test(token)));
  return tokens.slice(0, start);
}

/**
 * The name before a job title that follows a comma: "Audrey Huang, Print Managing Editor", "Ann Lee, Senior
 * Director, Content & Marketing, Example Institute". A segment holding a role word, or opening with a modifier
 * ("Senior", "Former"), starts the title; everything from it on goes, however long.
 */
function withoutJobTitle(text: string): string {
  const segments = text.split(",");
  const title = segments.findIndex((segment, i) => {
    if (i === 0) return false;
    const tokens = segment.trim().split(/\s+/);
    return tokens.some((token) => ROLE_WORD.test(token)) || ROLE_MODIFIER.test(tokens[0] ?? "");
  });
  return title === -1 ? text : segments.slice(0, title).join(",").trim();
}

/** "Jane Doe Jane Doe": a name printed twice (a link and its label) is one name. */
function withoutRepeat(tokens: string[]): string[] {
  const half = tokens.length / 2;
  if (!Number.isInteger(half) || half < 1) return tokens;
  const first = tokens.slice(0, half).join(" ");
  return first === tokens.slice(half).join(" ") ? tokens.slice(0, half) : tokens;
}

/** A word of a group's name: capitalised, or a brand's own spelling ("TOI", "DianaHR", "Rankings"). */
const GROUP_NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}&'’.+-]*";

/**
 * A byline that signs for a group rather than a person: "The Currency editors", "Great Day Editorial Team",
 * "Podium Staff", "TOI Lifestyle Desk", "Team Tiger Data", "Staff" beside a date.
 */
const GROUP_BYLINE = new RegExp(
  `^(?:(?:[Tt]he|[Oo]ur)\\s+)?(?:${GROUP_NAME_WORD}\\s+){0,4}(?:[Ee]ditorial\\s+|[Nn]ews\\s+|[Cc]ontent\\s+)?` +
    "(?:[Tt]eam|TEAM|[Ss]taff|STAFF|[Ee]ditors|[Nn]ewsroom|[Dd]esk|[Ee]ditorial [Bb]oard)$" +
    `|^(?:[Tt]he\\s+)?[Tt]eam\\s+${GROUP_NAME_WORD}(?:\\s+${GROUP_NAME_WORD}){0,2}$`,
  "u",
);

/** Whether a byline names a group ("Podium Staff", "The Investopedia Team") rather than people. */
export function isGroupByline(text: string): boolean {
  return GROUP_BYLINE.test(text);
}

/** One word that is a screen name or a brand's own spelling: "BeauHD", "MixmasterFred", "ibby", "q_admin". */
const HANDLE = /^\p{L}[\p{L}_.-]{2,30}$/u;

/** A capital inside a word ("BeauHD", "ServiceTitan"): no dictionary word, so it is a handle or a brand. */
const INNER_CAPITAL = /^\p{L}+\p{Ll}\p{Lu}/u;

/** What vouches for a line of text as a byline, beyond reading like a person's name. */
export interface BylineCue {
  /**
   * An explicit "By" or author label, or a date beside the name: a known first name alone may sign ("By Clay"),
   * and so may a group ("By The Currency editors", "Podium Staff" above a date).
   */
  vouched?: boolean;
  /** An explicit "By" with the date after the name ("Posted by BeauHD on Friday …"): even a handle signs. */
  byAndDate?: boolean;
}

/**
 * A person's name as bylines print it: capitalised words, particles, initials; several joined by "and" or ",".
 * With a cue that vouches for it, also a group ("Podium Staff") or a screen name ("BeauHD").
 */
export function cleanAuthor(raw: string, cue: BylineCue = {}): string | null {
  let text = raw
    .replace(/\s+(?:on|at)\s+.*$/i, "")
    .replace(STAMP_LABEL_TAIL, "")
    .replace(MONTH_OR_NUMBER_TAIL, "")
    // A dash glued to the name opens a reading time or a role ("Jane Doe—10 min read"); a hyphen joins names.
    .replace(/\s*[—–]\s*.*$|\s+-\s+.*$/, "")
    .replace(FROM_SEPARATOR, "")
    .replace(/\s+(?:in|on|at)$/i, "")
    // The publication or section a name is filed in: "Jane Doe in Towards Data Science", "John Crenshaw in seo".
    .replace(/^(\p{Lu}\S*(?:\s+\p{Lu}\S*)+)\s+in\s+\S.*$/u, "$1")
    .replace(/[\s,;:.-]+$/, "")
    .trim();
  text = withoutJobTitle(text.replace(/^by\s+|^by(?=\p{Lu}\p{Ll})/iu, ""));
  if (text === "" || text.length > 80 || /[\d@/]|https?:/.test(text)) return null;
  const vouched = cue.vouched === true;
  if (HANDLE.test(text) && (cue.byAndDate === true || (vouched && INNER_CAPITAL.test(text)))) return text;
  const people = text.split(/\s*(?:,\s*and\s+|\s+and\s+|&|,)\s*/i).filter((part) => part !== "");
  const kept: string[] = [];
  for (const person of people) {
    if (vouched && GROUP_BYLINE.test(person)) {
      kept.push(person);
      continue;
    }
    const tokens = withoutRepeat(withoutTrailingRole(person.split(/\s+/)));
    if (kept.length > 0 && tokens.length === 1 && CREDENTIAL.test(tokens[0] ?? "")) {
      kept[kept.length - 1] += `, ${person}`;
      continue;
    }
    // "Jane Doe, Contributor", "by Ann Lee, Senior Director, Content & Marketing": the rest is a job title.
    if (kept.length > 0 && (ROLE_WORD.test(tokens.at(-1) ?? "") || ROLE_MODIFIER.test(tokens[0] ?? ""))) break;
    if (tokens.length > 5) return null;
    const nameLike = tokens.every(
      (token) => /^\p{Lu}[\p{L}'’.-]*$/u.test(token) || NAME_PARTICLE.test(token) || /^\p{Lu}\.$/u.test(token),
    );
    const name = tokens.join(" ");
    if (!nameLike || NOT_A_NAME.test(name)) return null;
    kept.push(name);
  }
  if (kept.length === 0) return null;
  const single = kept.length === 1 ? kept[0] : null;
  const oneWord = single !== null && single !== undefined && !single.includes(" ") && !single.includes(",");
  // One word is a name only when vouched for and a known first name or a group ("By Clay", "Staff" over a date):
  // "By Category" is a menu.
  if (oneWord && !(vouched && (GROUP_BYLINE.test(single) || isKnownFirstName(single)))) return null;
  return kept.join(", ");
}

/** A job title's first word glued to the name before it; the name's own inner capitals ("McDonald") are no role. */
const GLUED_ROLE =
  /(\p{Ll})((?:Editor|Writer|Reporter|Correspondent|Contributor|Columnist|Journalist|Founder|Co-founder|Director|Manager|Head|Chief|Senior|Staff|Expert|Specialist|Analyst|Producer|Professor|Researcher|Consultant|Designer|Developer|Photographer)s?)\b/gu;

/**
 * Undoes the gluing of inline elements that dumps show: "ByNina Pineda", "Korin MillerPublished: Jan 29",
 * a published date run into an updated one.
 * Only the byline words are split off, so names like "McDonald" stay whole.
 */
export function unglue(text: string): string {
  return (
    text
      .replace(/^[Bb]y(?=\p{Lu}\p{Ll})/u, "By ")
      .replace(/(\p{Ll})((?:Published|Updated|Posted|Last Updated|Modified)\b)/gu, "$1 · $2")
      // A date run into the name: "Jane DoeNovember 5, 2020", "Jane DoeDec 1, 2025"; parted as a segment of its own.
      .replace(MONTH_GLUED_AFTER_WORD, "$1 · $2")
      // A published and an updated date printed side by side: "June 9, 2020March 3, 2021".
      .replace(/(\b(?:19|20)\d{2})(?=\p{Lu})/gu, "$1 · ")
      // "Updated Nov 11, 2022 Originally published Nov 9, 2022": two stamps in one segment.
      .replace(/\s+((?:[Oo]riginally|[Ff]irst) [Pp]ublished\b)/gu, " · $1")
      // A job title run into the name: "Mateusz HabernyFounder", "Jane DoeSenior Editor".
      .replace(GLUED_ROLE, "$1 · $2")
      // The section a name is filed in, run into it: "By Gabby BoucherIn Budget Travel".
      .replace(/(\p{Ll})In(?=\s+\p{Lu})/gu, "$1 in")
  );
}

/** "Jane Porter", not "Video Production": a name that no label vouches for must open with a known first name. */
export function opensWithKnownFirstName(name: string): boolean {
  return isKnownFirstName(name.split(/\s+/)[0] ?? "");
}

/**
 * The name a label vouches for: a known first name alone ("Melissa"), or words that may be a person's name, so a
 * crumb glued under the label ("Garden TipsHome Ideas") is passed over.
 */
export function labelledName(text: string): string | null {
  const author = cleanAuthor(text, { vouched: true });
  return author !== null && (!author.includes(" ") || isGroupByline(author) || mayBeLabelledName(author))
    ? author
    : null;
}
