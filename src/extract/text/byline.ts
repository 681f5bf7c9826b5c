// Reads author, publish date and section from the lines around the headline ("POSTED ON … • World BY …").
import type { DateOrder } from "../date-order.js";
import { ENGLISH_MONTH, parsePublishedDate } from "../dates.js";
import {
  AUTHOR_BOX_REACH,
  authorBoxName,
  LABEL_ALONE,
  MAX_LABELLED_NAME_WORDS,
  nameBelowLabel,
  SIGN_OFF_REACH,
  signOffName,
} from "./author-box.js";
import {
  BY,
  cleanAuthor,
  isGroupByline,
  MONTH_OR_NUMBER_TAIL,
  opensWithKnownFirstName,
  ROLE_WORD,
  SEPARATOR_MARKS,
  unglue,
} from "./author-name.js";
import { type LineFeatures, repetitionKey } from "./line-features.js";
import { loneDateBelowBody, nearestLoneDate, UPDATE_LABEL } from "./lone-date.js";
import { squash } from "./outlet.js";
import { looksLikePersonName } from "./person-name.js";

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
const SEGMENT_SEPARATOR = new RegExp(`\\s*[${SEPARATOR_MARKS}]\\s*|\\s+[-–—]\\s+`);
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
const DATE_LABEL = /^(?:posted|published|updated|last updated|modified|created|date|on)\b[\s:]*(?:on\b)?\s*/i;
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
    const siteKey = page.siteName === undefined || page.siteName === null ? null : squash(page.siteName);
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

/** Whether a byline names the outlet itself ("Supermove" on Supermove's blog): the site signs its own piece. */
function isSiteName(author: string, siteKey: string | null): boolean {
  return siteKey !== null && siteKey.length >= MIN_SITE_KEY && squash(author) === siteKey;
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
