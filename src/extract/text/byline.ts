// Reads author, publish date and section from the lines around the headline ("POSTED ON … • World BY …").
import type { DateOrder } from "../date-order.js";
import { ENGLISH_MONTH, MONTH_GLUED_AFTER_WORD, parsePublishedDate } from "../dates.js";
import { opensAuthorCard } from "./author-bio.js";
import { type LineFeatures, repetitionKey } from "./line-features.js";
import { loneDateBelowBody, nearestLoneDate, UPDATE_LABEL } from "./lone-date.js";
import { CREDENTIAL, isKnownFirstName, looksLikePersonName, mayBeLabelledName, NAME_PARTICLE } from "./person-name.js";

export interface Byline {
  author: string | null;
  published: string | null;
  section: string | null;
}

/** What is known of the page beyond its lines. */
export interface PageFacts {
  /** How the page writes numeric dates, when known. */
  order?: DateOrder | null;
  /** The outlet's name, when the page gives it: a site that signs its own pieces prints it beside the date. */
  siteName?: string | null;
}

/** Lines above the headline that may still carry its byline or section. */
const ABOVE_TITLE = 4;
/** Byline lines below the headline before the body starts are bounded by this. */
const BELOW_TITLE = 12;

/** A bare name is looked for this many lines into the body: a standfirst or a share bar may come first. */
const BARE_NAME_REACH = 4;
/** Words in a byline segment that is a date and little else ("Friday, November 14, 2025 at 5:50 PM EST"). */
const MAX_DATE_SEGMENT_WORDS = 9;
/** Marks that part a byline's name, date and reading time: "|", bullets of many shapes ("•", "●", "▪"), dashes. */
const SEPARATOR_MARKS = "•|·⋅◦▪●∙◆■";
const SEGMENT_SEPARATOR = new RegExp(`\\s*[${SEPARATOR_MARKS}]\\s*|\\s+[-–—]\\s+`);
/** A name's line from its first separator mark on: what follows is a date, a section, a reading time. */
const FROM_SEPARATOR = new RegExp(`[${SEPARATOR_MARKS}].*$`);
/** "by" and what parts it from the name: a space, or a colon with or without one ("By: Jane", "Written by:Jane"). */
const BY = String.raw`by(?:\s*:\s*|\s+)`;
const BY_PREFIX = new RegExp(
  String.raw`(?:^|\s)(?:written |posted |published |words |story |reported )?${BY}(.+)$`,
  "i",
);
const AUTHOR_LABEL = /^(?:authors?|writers?|reporters?|byline|contributors?)\s*:\s*(.+)$/i;
/** "By" or "Written by" opening the segment: what follows is the author even when it is one word ("By Clay"). */
const LEADING_BY = new RegExp(`^(?:written |posted |published |words |story |reported |text )?${BY}`, "i");
/** "Photo by", "Reviewed by", "Presented by": a "by" that credits someone other than the writer. */
const CREDIT_BEFORE_BY =
  /\b(?:photos?|images?|pictures?|illustrations?|graphics?|videos?|artwork|credits?|presented|sponsored|powered|reviewed|checked|edited|produced|supported|designed|developed|hosted|translated|narrated|curated|courtesy)\s+by\s*:?\s*$/i;
/** Words a byline may print before its "by", dates aside ("Posted on December 20, 2025 by …"); a sentence has more. */
const MAX_WORDS_BEFORE_BY = 4;
const MONTH_NAME = new RegExp(`^${ENGLISH_MONTH}$`, "i");
/** A date printed after the name, in the same segment: "BeauHD on Friday December 19, 2025 @08:00PM". */
const DATE_AFTER_NAME = new RegExp(`\\s(?:on|at)\\s+\\S*\\d|\\s${ENGLISH_MONTH}\\.?\\s+\\d`, "i");
/** A byline label alone on its line ("Written By", "By:", "Author", "Article by"): the name is on a line below. */
const LABEL_ALONE =
  /^(?:(?:article|post|story|text|words|guide|review)\s+)?(?:(?:written|posted|published|reported|authored)\s+)?by\s*:?$|^(?:authors?|writers?|byline|contributors?)\s*:?$/i;
/** How many lines below a lone label its name may stand, past a crumb or a blank widget line. */
const LABEL_REACH = 2;
const DATE_LABEL = /^(?:posted|published|updated|last updated|modified|created|date|on)\b[\s:]*(?:on\b)?\s*/i;
const NOT_A_NAME =
  /\b(?:views?|comments?|min|read|share|posted|published|updated|the|and more|staff|content|articles?)\b/i;

/** A date or count after the name ("Jane Doe March 5", "Jane Doe 15 min read"); a surname before a number stays. */
const MONTH_OR_NUMBER_TAIL = new RegExp(`\\s+(?:\\d|${ENGLISH_MONTH}\\.?\\s+\\d).*$`, "i");

/** A stamp label after the name ("Jane Doe Updated Sep 5", "Jane Doe Published: …"): the name ends there. */
const STAMP_LABEL_TAIL = /\s+(?:last updated|updated|published|posted|modified)\b.*$/i;
/** Job titles after a name ("Jane Doe, Contributor", "Tom Reyes Former Deputy Tech Editor"): not part of it. */
const ROLE_WORD =
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
function isGroupByline(text: string): boolean {
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

/** A one-to-three-word capitalised label, no digits or punctuation: a section name. */
function sectionLike(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 3 || text.length > 30 || /[\d.!?:,;@]/.test(text)) return false;
  return words.every((word) => /^(?:\p{Lu}|&)/u.test(word));
}

function displayCase(label: string): string {
  if (label !== label.toUpperCase()) return label;
  return label.toLowerCase().replace(/(^|\s)\p{L}/gu, (initial) => initial.toUpperCase());
}

interface Found {
  author: string | null;
  published: string | null;
  updated: string | null;
  section: string | null;
}

interface SegmentContext {
  /** Short enough to be a byline line, so a bare capitalised segment may be the section. */
  isMetaLine: boolean;
  /** Above the headline, where date-bearing lines are often a ticker of other stories. */
  aboveTitle: boolean;
  /** How the page writes numeric dates, when it shows: "03/10/2023" is 3 October on a day-first page. */
  order: DateOrder | null;
}

/** The date a byline prints after its name ("By Jane Doe on March 1, 2026"), which the name alone would drop. */
function readStampAfterName(afterBy: string, found: Found, order: DateOrder | null): void {
  if (!/\d/.test(afterBy)) return;
  const isUpdate = /\b(?:updated|modified)\b/i.test(afterBy);
  if ((isUpdate ? found.updated : found.published) !== null) return;
  const date = parsePublishedDate(afterBy, undefined, order);
  if (date === null) return;
  if (isUpdate) found.updated = date;
  else found.published = date;
}

/** "Step by Step Guide", "Side by side": the same word on both sides of the "by" makes a phrase, not a byline. */
function isIdiomBy(beforeName: string, name: string): boolean {
  // `beforeName` ends with the "by" itself (and its colon): the word before that is the one to compare.
  const before = beforeName.trim().split(/\s+/).at(-2);
  const after = name.split(/\s+/)[0];
  return before !== undefined && after !== undefined && before.toLowerCase() === after.toLowerCase();
}

function readSegments(text: string, found: Found, context: SegmentContext): void {
  const segments = text.split(SEGMENT_SEPARATOR);
  for (const [index, segment] of segments.entries()) {
    let rest = segment.trim();
    const byMatch = BY_PREFIX.exec(rest) ?? AUTHOR_LABEL.exec(rest);
    if (byMatch?.[1] !== undefined) {
      const before = rest.slice(0, byMatch.index + byMatch[0].indexOf(byMatch[1]));
      const wordsBefore = rest
        .slice(0, byMatch.index)
        .split(/\s+/)
        .filter((word) => /^\p{L}[\p{L}&'’-]*$/u.test(word) && !MONTH_NAME.test(word)).length;
      // "Photo by …" credits someone else; "… put together for you by …" is a sentence, not a byline.
      const notByline =
        CREDIT_BEFORE_BY.test(before) || wordsBefore > MAX_WORDS_BEFORE_BY || isIdiomBy(before, byMatch[1]);
      const leadingBy = LEADING_BY.test(rest);
      // The date may follow in the name's segment ("by BeauHD on Friday …") or in the next one ("by whova | Apr 21").
      const dateFollows = DATE_AFTER_NAME.test(byMatch[1]) || isDateSegment(segments[index + 1] ?? "", context.order);
      const cue = { vouched: leadingBy || AUTHOR_LABEL.test(rest), byAndDate: leadingBy && dateFollows };
      const author = notByline ? null : cleanAuthor(byMatch[1], cue);
      if (author !== null) found.author ??= author;
      readStampAfterName(byMatch[1], found, context.order);
      rest = rest.slice(0, byMatch.index).trim();
      if (rest === "") continue;
    }
    const isUpdate = UPDATE_LABEL.test(rest);
    const dateText = rest.replace(DATE_LABEL, "");
    // Above the headline, a date in a long segment dates another story: "[ Dec 1, 2025 ] Ten hotels to visit".
    const plausible =
      !context.aboveTitle || DATE_LABEL.test(rest) || dateText.split(/\s+/).length <= MAX_DATE_SEGMENT_WORDS;
    if (/\d/.test(dateText) && plausible && (isUpdate ? found.updated : found.published) === null) {
      const date = parsePublishedDate(dateText, undefined, context.order);
      if (date !== null) {
        if (isUpdate) found.updated ??= date;
        else found.published ??= date;
        continue;
      }
    }
    if (context.isMetaLine && sectionLike(rest) && !DATE_LABEL.test(rest)) found.section ??= displayCase(rest);
  }
}

/** A segment that is a date and little else: "Apr 21, 2025", "Updated 5 March 2024". */
function isDateSegment(segment: string, order: DateOrder | null): boolean {
  const dateText = segment.trim().replace(DATE_LABEL, "");
  return (
    /\d/.test(dateText) &&
    dateText.split(/\s+/).length <= MAX_DATE_SEGMENT_WORDS &&
    parsePublishedDate(dateText, undefined, order) !== null
  );
}

/** A line that carries byline furniture: "By …", a date, "Posted on …". */
function isMetaLine(text: string, line: LineFeatures): boolean {
  return BY_PREFIX.test(text) || AUTHOR_LABEL.test(text) || (line.hasDate && line.words <= 25);
}

/** A standfirst that ends with its byline: "… beyond the U.S. and Canada. By Ann Lee on Dec. 19, 2025". */
const SIGNED_STANDFIRST = /[.!?]["”’]?\s+(By\s+\p{Lu}[^.!?]{2,80}(?:\.\s*\d[^.!?]*)?)$/u;

/** A job title's first word glued to the name before it; the name's own inner capitals ("McDonald") are no role. */
const GLUED_ROLE =
  /(\p{Ll})((?:Editor|Writer|Reporter|Correspondent|Contributor|Columnist|Journalist|Founder|Co-founder|Director|Manager|Head|Chief|Senior|Staff|Expert|Specialist|Analyst|Producer|Professor|Researcher|Consultant|Designer|Developer|Photographer)s?)\b/gu;

/**
 * Undoes the gluing of inline elements that dumps show: "ByNina Pineda", "Korin MillerPublished: Jan 29",
 * a published date run into an updated one.
 * Only the byline words are split off, so names like "McDonald" stay whole.
 */
function unglue(text: string): string {
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

/** A stamp that sits beside a byline name: a date, a reading time, a job title, "USA TODAY". */
function isStamp(line: LineFeatures | undefined): boolean {
  if (line === undefined || line.words > 12) return false;
  return (
    line.hasDate ||
    ISO_TIMESTAMP.test(line.text) ||
    line.boilerplate === "counter" ||
    line.boilerplate === "byline" ||
    /\bmin(?:ute)?s? read\b/i.test(line.text) ||
    isJobTitle(line)
  );
}

/** A machine timestamp printed as it is ("2024-03-05T08:10+01:00"). */
const ISO_TIMESTAMP = /^(?:19|20)\d{2}-\d{2}-\d{2}(?:T[\d:.+-]+Z?)?$/;

/** Words in a job title line under a name ("Content Editor", "Senior Staff Writer"). */
const MAX_JOB_TITLE_WORDS = 4;

/** A short line that names a job: "Senior Staff Writer", "Head of Marketing". */
function isJobTitle(line: LineFeatures): boolean {
  return line.words <= MAX_JOB_TITLE_WORDS && isJobTitleText(line.text);
}

function isJobTitleText(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= MAX_JOB_TITLE_WORDS && words.some((word) => ROLE_WORD.test(word));
}

/**
 * A stamp that says what it is ("Posted on June 9, 2020", "By Jane Doe on March 1, 2026"): trusted further from
 * the headline than a bare date, which there may date a teaser or a comment.
 */
const LABELLED_STAMP = /^(?:posted|published|updated|last updated|date)\b|^(?:written )?by\b.{3,60}\bon\s+\S*\d/i;
/** A labelled stamp is looked for up to this many lines into the body, and never below its end. */
const STAMP_REACH = 200;

/**
 * Byline facts from the lines near the headline; without a headline, from the lines above the body. When those
 * name no date, the lone date line nearest the headline gives it; failing that, the first labelled stamp above
 * `bodyEnd` (and the author, when none was found); failing that, a lone date line just below the body.
 */
export function readByline(
  features: LineFeatures[],
  titleIndex: number | null,
  bodyStart: number,
  bodyEnd = bodyStart,
  page: PageFacts = {},
): Byline {
  const order = page.order ?? null;
  const anchor = titleIndex ?? bodyStart;
  // The headline printed a little higher too (above a contents list) may carry the byline at that print.
  const from = Math.max(0, (titleIndex === null ? anchor : firstPrint(features, titleIndex)) - ABOVE_TITLE);
  const to = Math.min(features.length - 1, Math.max(bodyStart, anchor + BELOW_TITLE));
  const found: Found = { author: null, published: null, updated: null, section: null };
  let paragraphsPassed = 0;
  for (let i = from; i <= to; i += 1) {
    const line = features[i];
    if (line === undefined || i === titleIndex) continue;
    const aboveTitle = titleIndex !== null && i < titleIndex;
    // A standfirst under the headline may end with the byline, after its last sentence.
    const signature = i > anchor && paragraphsPassed === 0 ? SIGNED_STANDFIRST.exec(line.text)?.[1] : undefined;
    if (signature !== undefined) readSegments(unglue(signature), found, { isMetaLine: true, aboveTitle: false, order });
    // A stamp that says what it is stays one, however long the list of categories after it.
    if (line.words > 25 && line.hasDate && LABELLED_STAMP.test(line.text)) {
      readSegments(unglue(line.text), found, { isMetaLine: false, aboveTitle, order });
      continue;
    }
    // A standfirst may come before the byline; after two paragraphs the article is under way, and only a line
    // of the body that opens with "By" may still sign it, under a summary of a few paragraphs.
    if (line.words > 25) {
      if (i > anchor) paragraphsPassed += 1;
      continue;
    }
    const text = unglue(line.text);
    if (paragraphsPassed >= 2) {
      if (i <= bodyEnd && LEADING_BY.test(text) && line.words <= MAX_LABELLED_NAME_WORDS) {
        found.author ??= cleanAuthor(text.replace(LEADING_BY, ""), { vouched: true });
      }
      continue;
    }
    if (LABEL_ALONE.test(text)) {
      found.author ??= nameBelowLabel(features, i);
      continue;
    }
    if (isMetaLine(text, line)) {
      readSegments(text, found, { isMetaLine: line.words <= 25, aboveTitle, order });
    } else if (line.boilerplate === null) {
      found.author ??= nameBesideRole(text);
    }
  }
  if (titleIndex !== null) {
    found.section ??= sectionAboveTitle(features, titleIndex);
    const siteKey = page.siteName === undefined || page.siteName === null ? null : squashed(page.siteName);
    found.author ??= bareName(features, from, Math.min(to, bodyStart + BARE_NAME_REACH), titleIndex, siteKey);
  }
  found.author ??= signOffName(features, Math.max(bodyStart + 1, bodyEnd - SIGN_OFF_REACH), bodyEnd);
  found.author ??= authorBoxName(features, bodyEnd + 1, Math.min(features.length - 1, bodyEnd + AUTHOR_BOX_REACH));
  if (titleIndex !== null && found.published === null && found.updated === null) {
    const lone = nearestLoneDate(features, titleIndex, order);
    if (lone?.isUpdate === true) found.updated = lone.date;
    else if (lone !== null) found.published = lone.date;
  }
  if (found.published === null && found.updated === null) {
    const stamps: Found = { author: null, published: null, updated: null, section: null };
    const last = Math.min(bodyEnd, features.length - 1, Math.max(to, bodyStart) + STAMP_REACH);
    for (let i = Math.max(0, (titleIndex ?? bodyStart) - ABOVE_TITLE); i <= last; i += 1) {
      const line = features[i];
      if (line === undefined || !line.hasDate || line.words > 25) continue;
      const text = unglue(line.text);
      if (!LABELLED_STAMP.test(text)) continue;
      readSegments(text, stamps, { isMetaLine: false, aboveTitle: false, order });
      if (stamps.published !== null || stamps.updated !== null) break;
    }
    found.published = stamps.published;
    found.updated = stamps.updated;
    found.author ??= stamps.author;
  }
  if (found.published === null && found.updated === null && bodyEnd > bodyStart) {
    found.published = loneDateBelowBody(features, bodyEnd, order);
  }
  return { author: found.author, published: found.published ?? found.updated, section: found.section };
}

/** How far above the headline an earlier print of it is looked for: past a contents list or a share bar. */
const EARLIER_PRINT_REACH = 12;

/** The earliest print of the headline within reach above it, or the headline's own line. */
function firstPrint(features: LineFeatures[], titleIndex: number): number {
  const key = repetitionKey(features[titleIndex]?.text ?? "");
  for (let i = Math.max(0, titleIndex - EARLIER_PRINT_REACH); i < titleIndex; i += 1) {
    if (repetitionKey(features[i]?.text ?? "") === key) return i;
  }
  return titleIndex;
}

/** "International" alone on the line above the headline, or the last crumb of "Home > News > World". */
function sectionAboveTitle(features: LineFeatures[], titleIndex: number): string | null {
  const line = features[titleIndex - 1];
  if (line === undefined || line.boilerplate !== null) return null;
  const crumbs = line.text.split(/\s*[>›»]\s*/).filter((crumb) => crumb !== "");
  if (crumbs.length > 1) {
    const title = features[titleIndex]?.text.toLowerCase();
    const named = crumbs.filter((crumb) => crumb.toLowerCase() !== title);
    const last = named[named.length - 1];
    return last !== undefined && named.length > 1 && sectionLike(last) ? displayCase(last) : null;
  }
  return sectionLike(line.text) ? displayCase(line.text) : null;
}

/** An author box below the body: "Written by" with the name beside or under it, "Author", "About the author". */
const ABOUT_THE_AUTHOR = /^about the authors?\s*:?$/i;
const BARE_BY = /^by\s*:?$/i;
const AUTHOR_BOX_LINE =
  /^(?:(?:this )?(?:article|post|story|guide)\s+(?:was\s+)?)?(?:written|authored)\s+by\s*:?\s+(.+)$|^(?:author|written by)\s*:\s*(.+)$|^(?:text|words)\s+by\s*:?\s+(.+)$/i;
/** Words in a labelled name line ("Written by Jane Doe and John Roe"): several names may stand in it. */
const MAX_LABELLED_NAME_WORDS = 12;
/** The author box follows the body within this many lines: past sharing buttons, tags and a newsletter box. */
const AUTHOR_BOX_REACH = 80;

/**
 * Labels of what follows an article's own box: other stories, reader comments. The writer's box comes before them.
 */
const OTHER_PAGES_SECTION =
  /^\W*(?:related|recommended|more (?:from|stories|news|articles|posts|on|in|like this)|you (?:may|might) (?:also )?(?:like|enjoy)|further reading|latest|trending|most (?:read|popular|viewed)|popular|top stories|other (?:articles|stories|posts)|read (?:more|next|also)|also read|see also|\d*\s*comments?|\d*\s*responses?|leave a (?:comment|reply)|post a comment|join the (?:discussion|conversation))\b/i;
const MAX_SECTION_LABEL_WORDS = 6;

/**
 * The name an author box gives, for pages that print no byline by the headline: after an explicit "written by"
 * or "author" label, or on a card that sets the name over the writer's role or bio. A bare "By" down there more
 * often signs a related story.
 */
function authorBoxName(features: LineFeatures[], from: number, last: number): string | null {
  for (let i = from; i <= last; i += 1) {
    const line = features[i];
    if (line === undefined || line.words > MAX_LABELLED_NAME_WORDS) continue;
    const text = unglue(line.text);
    // Past a list of other stories or the comments, a "Written by" signs another story or a reader's words.
    if (line.words <= MAX_SECTION_LABEL_WORDS && OTHER_PAGES_SECTION.test(text)) return null;
    if ((LABEL_ALONE.test(text) || ABOUT_THE_AUTHOR.test(text)) && !BARE_BY.test(text)) {
      const below = nameBelowLabel(features, i);
      if (below !== null) return below;
      continue;
    }
    const named = AUTHOR_BOX_LINE.exec(text);
    const author = labelledName(named?.[1] ?? named?.[2] ?? named?.[3] ?? "");
    if (author !== null) return author;
    // A card that labels the name under it ("Jane Porter" / "Author"): the label vouches as one above would.
    if (AUTHOR_ROLE_LABEL.test(features[i + 1]?.text ?? "") && line.words <= MAX_BARE_NAME_WORDS) {
      const labelled = labelledName(text);
      if (labelled !== null) return labelled;
    }
    // A card with no label: the name over the writer's role or a bio that names them. Without a label to vouch
    // for it, the name must open with a known first name: "Video Trailer" over a director's credit is no card.
    if (opensAuthorCard(features, i) && opensWithKnownFirstName(text)) return labelledName(text);
  }
  return null;
}

/** The label an author card prints under the name: "Author", "Guest Writer", "| Author". */
const AUTHOR_ROLE_LABEL = /^[|•·\s]*(?:guest\s+)?(?:author|writer|contributor)\s*:?$/i;

/** Lines at the end of the body where its own sign-off may stand ("Text by …", "This post was written by …"). */
const SIGN_OFF_REACH = 8;
/**
 * A sign-off that says the piece was written by someone: "Text by Jane Doe", "This post was written by Jane Doe,
 * Head of Marketing". Unlike "Author: …", which in a review's record fields names the book's author.
 */
const SIGN_OFF =
  /^(?:(?:this )?(?:article|post|story|guide|piece)\s+(?:was\s+)?)?(?:written|authored)\s+by\s*:?\s+(.+)$|^(?:text|words)\s+by\s*:?\s+(.+)$/i;

/** "By Jane Doe" as the body's last line or the line straight after it: the piece's sign-off. */
const CLOSING_BY = new RegExp(`^${BY}(.+)$`, "i");

/**
 * The name in a sign-off among the body's last lines, which the body region may have taken in, or a closing
 * "By …" on the line after them.
 */
function signOffName(features: LineFeatures[], from: number, last: number): string | null {
  for (let i = last + 1; i >= from; i -= 1) {
    const line = features[i];
    if (line === undefined || line.words > MAX_LABELLED_NAME_WORDS) continue;
    const text = unglue(line.text);
    const closing = i >= last ? CLOSING_BY.exec(text) : null;
    const signed = i > last ? closing : (SIGN_OFF.exec(text) ?? closing);
    const author = labelledName(signed?.[1] ?? signed?.[2] ?? "");
    if (author !== null) return author;
  }
  return null;
}

/** "Jane Porter", not "Video Production": a name that no label vouches for must open with a known first name. */
function opensWithKnownFirstName(name: string): boolean {
  return isKnownFirstName(name.split(/\s+/)[0] ?? "");
}

/**
 * The name a label vouches for: a known first name alone ("Melissa"), or words that may be a person's name, so a
 * crumb glued under the label ("Garden TipsHome Ideas") is passed over.
 */
function labelledName(text: string): string | null {
  const author = cleanAuthor(text, { vouched: true });
  return author !== null && (!author.includes(" ") || isGroupByline(author) || mayBeLabelledName(author))
    ? author
    : null;
}

/** The name under a lone byline label: the first of the next lines that cleans to a person's name. */
function nameBelowLabel(features: LineFeatures[], labelIndex: number): string | null {
  for (let i = labelIndex + 1; i <= labelIndex + LABEL_REACH; i += 1) {
    const line = features[i];
    if (line === undefined || line.words > MAX_LABELLED_NAME_WORDS) return null;
    const author = labelledName(unglue(line.text));
    if (author !== null) return author;
  }
  return null;
}

/** Words on a line that prints a name beside its date ("Jane Doe | March 3, 2024", "Jane Doe · 5 min read"). */
const MAX_STAMP_LINE_WORDS = 14;

/**
 * The name a date line prints without a "By": a segment beside the date, or the words before it ("Jane Doe
 * March 3, 2024"). Two words at least and a person's name, so a section beside the date ("World") is not taken.
 */
function nameOnStampLine(line: LineFeatures, siteKey: string | null): string | null {
  if (line.words > MAX_STAMP_LINE_WORDS) return null;
  for (const segment of unglue(line.text).split(SEGMENT_SEPARATOR)) {
    if (DATE_LABEL.test(segment.trim())) continue;
    // A first name the date follows signs the piece ("Susan March 9, 2024"); alone in a segment it may be a tag.
    const dated = MONTH_OR_NUMBER_TAIL.test(segment);
    const author = cleanAuthor(segment, { vouched: dated });
    if (author === null || !(dated || author.includes(" "))) continue;
    if (isGroupByline(author) || isSiteName(author, siteKey) || looksLikePersonName(author)) return author;
  }
  return null;
}

/** Letters and digits only, lower case: "West Bell Dental Care" and "westbelldentalcare" are one name. */
function squashed(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Whether a byline names the outlet itself ("Supermove" on Supermove's blog): the site signs its own piece. */
function isSiteName(author: string, siteKey: string | null): boolean {
  return siteKey !== null && siteKey.length >= MIN_SITE_KEY && squashed(author) === siteKey;
}

/** A site name shorter than this ("AP") may match a word by chance. */
const MIN_SITE_KEY = 3;

/** The last separator of a line that prints a name beside its job title: "|", "•", ",", " - ". */
const LAST_SEPARATOR = new RegExp(
  `(?:\\s*[${SEPARATOR_MARKS},]\\s*|\\s+[-–—]\\s+)(?!.*(?:[${SEPARATOR_MARKS},]|\\s[-–—]\\s))`,
);
/** An outlet in capitals after a name, with no separator: "Brian Truitt USA TODAY". */
const CAPITALS_AFTER_NAME =
  /^(\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}?)\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,})+$/u;
/** Words in a line of names beside a job title ("Manoj Jain and Jagpreet Chhatwal | Guest Columnists"). */
const MAX_NAME_AND_ROLE_WORDS = 12;

/**
 * The name a line prints beside a job title or its outlet, without a "By": "Manoj Jain and Jagpreet Chhatwal |
 * Guest Columnists", "Jane Doe, Staff Writer", "Brian Truitt USA TODAY". The role or the outlet in capitals
 * vouches for the line; the name must still read as a person's, and beside an outlet open with a known first name.
 */
function nameBesideRole(text: string): string | null {
  if (text.split(/\s+/).length > MAX_NAME_AND_ROLE_WORDS) return null;
  const separator = LAST_SEPARATOR.exec(text);
  if (separator !== null) {
    const role = text.slice(separator.index + separator[0].length);
    if (!isJobTitleText(role)) return null;
    const author = cleanAuthor(text.slice(0, separator.index), { vouched: true });
    return author?.includes(" ") && looksLikePersonName(author) ? author : null;
  }
  const name = CAPITALS_AFTER_NAME.exec(text)?.[1];
  if (name === undefined || !opensWithKnownFirstName(name)) return null;
  const author = cleanAuthor(name);
  return author !== null && looksLikePersonName(author) ? author : null;
}

/** A first name whose surname the page printed on the next line ("Maria" / "Mathioudaki"): the two are one name. */
function withSurnameBelow(features: LineFeatures[], index: number, name: string): string {
  const next = features[index + 1];
  if (name.includes(" ") || next === undefined || next.boilerplate !== null || next.hasDate) return name;
  if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(next.text)) return name;
  const joined = `${name} ${next.text}`;
  return looksLikePersonName(joined) ? joined : name;
}

/** Words in a bare name line: one name, or a few joined by "," or "and" ("Jane Doe, John Roe, Ann Lee"). */
const MAX_BARE_NAME_WORDS = 6;
const MAX_BARE_NAMES_WORDS = 16;

/**
 * A bare name on its own line, for sites that print no "By": right under the headline, or beside a date,
 * reading time or role line ("Jane Doe" / "June 4, 2025").
 */
function bareName(
  features: LineFeatures[],
  from: number,
  to: number,
  titleIndex: number,
  siteKey: string | null,
): string | null {
  // A name next to its stamp first: "Video Production" / "Team SimplyThrilled" / "September 4, 2025" is signed by
  // the line beside the date, not by the section label above it.
  for (const reach of [1, 2]) {
    for (let i = from; i <= to; i += 1) {
      const line = features[i];
      if (line === undefined || i === titleIndex || line.boilerplate !== null) continue;
      if (line.hasDate) {
        // A name and date on one line signs the piece just above its headline too ("Tom Talbot October 14, 2025").
        const beside = reach === 1 && i >= titleIndex - ABOVE_TITLE ? nameOnStampLine(line, siteKey) : null;
        if (beside !== null) return beside;
        continue;
      }
      const namesSeveral = /,|&|\band\b/.test(line.text);
      if (line.words > (namesSeveral ? MAX_BARE_NAMES_WORDS : MAX_BARE_NAME_WORDS)) continue;
      const stampedAt = (gap: number) => [i - gap, i + gap].some((j) => j !== titleIndex && isStamp(features[j]));
      // A line beside a stamp was judged on the first pass, with the same cue.
      if (reach === 2 && stampedAt(1)) continue;
      const stamped = stampedAt(reach);
      // The line straight under the headline signs it when it reads as a known person's name, whatever follows it.
      const underHeadline = reach === 1 && i === titleIndex + 1;
      if (!stamped && !underHeadline) continue;
      // A first name alone beside a date signs the piece ("Melissa" / "March 5, 2026"); without one it is a label.
      // A named group signs under the headline whatever follows ("Podium Staff"); "Team" alone there is a link.
      const text = unglue(line.text);
      // The outlet's own name beside the date, however short: the site signs the piece ("Supermove" / "Feb 8, 2022").
      if (stamped && isSiteName(text, siteKey)) return text;
      const namedGroup = underHeadline && text.includes(" ") && isGroupByline(text);
      const author = cleanAuthor(text, { vouched: stamped || namedGroup });
      if (author === null) continue;
      if (isGroupByline(author) || (stamped && isSiteName(author, siteKey))) return author;
      // With no stamp beside it, the name must open with a known first name: "Video Production" is a section.
      if ((stamped || opensWithKnownFirstName(author)) && looksLikePersonName(author)) {
        return withSurnameBelow(features, i, author);
      }
    }
  }
  return null;
}
