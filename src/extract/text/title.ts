// Picks the headline of a dump: the prominent, headline-shaped line just above the body that the body talks about.
import { ENGLISH_MONTH } from "../dates.js";
import { cleanAuthor } from "./author-name.js";
import { type LineFeatures, repetitionKey } from "./line-features.js";
import { holdsDateStamp, wordsBesideDate } from "./lone-date.js";
import { squash } from "./outlet.js";
import { STOP_WORDS } from "./stop-words.js";

/**
 * How far above the first paragraph the headline may sit, in lines (bylines, share bars, standfirsts, a contents
 * list or a long list of plans between).
 */
const LOOKBACK = 60;
/** Each line between a headline and its body costs this much; past NEAR_REACH lines, twice as much. */
const DISTANCE_COST = 0.04;
const NEAR_REACH = 40;
const MIN_SCORE = 1;
/** How far below the draft's first paragraph a headline with a byline may still be found. */
const LOOKAHEAD = 80;
/**
 * A line just below the draft's first paragraph that reads as the URL's slug is the headline under a notice or a
 * crumb the draft took for prose; further down, such a line is one of the body's own section headings.
 */
const SLUG_HEADLINE_REACH = 4;
/** A headline below the first paragraph must beat those above by this much. */
const LOOKAHEAD_HANDICAP = 1;
const OPENING_CHARS = 4000;
/** Covering the whole slug counts as much as using only its words: together they tell a teaser from the headline. */
const SLUG_COVERAGE_WEIGHT = 3;
/** Ordered lists print their numbers: a numbered line is a crumb, a contents entry or a section of the body. */
const NUMBERED_PENALTY = 3;

const BREADCRUMB_SEPARATOR = /\s+(?:[>›»❯/|]|::)\s+/;
/** A line that opens or closes with an arrow is a link: "< Back to the blog", "Book a call >", "Next ❯". */
const ARROW_LINK = /^[<‹«←]|[>›»→❯]$/u;
const BYLINE_WORDS = "by|posted|published|updated|written";
const BYLINE_CUE = new RegExp(`^(?:${BYLINE_WORDS})\\b`, "i");
/** The same words anywhere in a short dated line make it a byline: "May 2, 2025 by Ann Lee". */
const BYLINE_WORD = new RegExp(`\\b(?:${BYLINE_WORDS})\\b`, "i");
/** A breadcrumb that ends with the line is the page naming its own headline. */
const CRUMB_ECHO_BONUS = 2;
/** Shorter lines ("News", "Blog") end many a crumb trail by chance. */
const CRUMB_ECHO_MIN_CHARS = 12;
/** A sentence of many words under a shorter headline is its standfirst. */
const STANDFIRST_PENALTY = 3;
const STANDFIRST_MIN_WORDS = 15;

export interface TitleChoice {
  index: number;
  text: string;
}

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((word) => !STOP_WORDS.has(word));
}

/** Numbers of one or two digits, which a slug keeps and which tell "10 Week Plan" from "52 Week Plan". */
const SHORT_NUMBER = /(?<![\p{L}\p{N}])\p{N}{1,2}(?![\p{L}\p{N}])/gu;

function shortNumbers(text: string): string[] {
  return text.match(SHORT_NUMBER) ?? [];
}

/** Share of the line's content words that the body uses. */
function bodyOverlap(text: string, bodyWords: ReadonlySet<string>): number {
  const words = contentWords(text);
  if (words.length === 0) return 0;
  return words.filter((word) => bodyWords.has(word)).length / words.length;
}

/** Share of the slug's content words that the line uses: a teaser shares some of them, the headline most. */
function slugCoverage(text: string, slugContent: readonly string[]): number {
  if (slugContent.length === 0) return 0;
  const words = new Set([...contentWords(text), ...shortNumbers(text)]);
  return slugContent.filter((word) => words.has(word)).length / slugContent.length;
}

/**
 * A line that is a date stamp, not a headline: a date among its fields ("Dec 19, 2025 | 4 min read"), or a short
 * line that names nothing besides its date, or a byline ("May 2, 2025 by Ann Lee"). "Wrap-Up 12/19/2025" is none.
 */
function isDateStamp(line: LineFeatures): boolean {
  if (holdsDateStamp(line.text)) return true;
  return line.hasDate && line.words <= 6 && (wordsBesideDate(line.text) < 2 || BYLINE_WORD.test(line.text));
}

/** One bar between a headline and a shorter tagline or site name: "Best Movers in 2025 | Top 19 Companies". */
const TAGLINE_BAR = /^(?<headline>[^|]*\S)\s+\|\s+[^|]+$/u;

/** Crumbs, or menu items in a row; a headline with one tagline after a bar is neither. */
function isCrumbTrail(text: string): boolean {
  return BREADCRUMB_SEPARATOR.test(text) && !TAGLINE_BAR.test(text);
}

/** The headline without the tagline a bar adds to it. */
function withoutTagline(text: string): string {
  const headline = TAGLINE_BAR.exec(text)?.groups?.headline;
  return headline !== undefined && headline.split(/\s+/).length >= 3 ? headline : text;
}

/** A date a blog's index prints on the headline's line, before it: "Dec 18 2025 Preparing a transition". */
const LEADING_DATE = new RegExp(
  `^(?:${ENGLISH_MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}|\\d{1,2}\\s+${ENGLISH_MONTH}\\.?\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})\\s+(?=\\p{Lu})`,
  "iu",
);
/** The source an aggregator prints after a headline, and its count of comments: "… Guarantee Jobs (latimes.com) 87". */
const SOURCE_AFTER_HEADLINE =
  /\s+\((?:[a-z0-9-]+\.)+(?:com|org|net|io|co|uk|de|fr|edu|gov|dev|app|ai|info|news|me|tv|us|ca|au|in|eu)\)(?:\s+\d+)?$/i;
/** Words a headline keeps after what is cut from its line; fewer and the line was something else. */
const MIN_HEADLINE_WORDS = 3;

/** The date printed before the headline on its line, which the headline leaves out: "Dec 18 2025". */
export function dateBeforeHeadline(line: string): string | null {
  return LEADING_DATE.exec(line)?.[0].trim() ?? null;
}

/** The headline as its line prints it, less what the line adds: a tagline, a leading date, an aggregator's source. */
function headlineOf(text: string): string {
  const cut = withoutTagline(text).replace(LEADING_DATE, "").replace(SOURCE_AFTER_HEADLINE, "");
  return cut.split(/\s+/).length >= MIN_HEADLINE_WORDS ? cut : text;
}

/** A site's name after the headline, parted by a dash, bar or colon: "Best UK Art Exhibitions 2025 – Artlyst". */
const SITE_AFTER_HEADLINE = /^(?<headline>.*\S)\s+[-–—|:]\s+(?<site>[^-–—|:]+)$/u;

/** The headline without the site's name after it, when the page names its outlet so. */
export function withoutSiteName(title: string, outlet: string | null): string {
  const parts = SITE_AFTER_HEADLINE.exec(title)?.groups;
  if (outlet === null || parts?.headline === undefined || parts.site === undefined) return title;
  const headline = parts.headline;
  return squash(parts.site) === squash(outlet) && headline.split(/\s+/).length >= MIN_HEADLINE_WORDS ? headline : title;
}

/** "By State", "By Category": a menu that sorts by something, not a byline that names someone. */
function isSortLink(line: LineFeatures): boolean {
  const named = /^by\s*:?\s+(.+)$/i.exec(line.text)?.[1];
  return named !== undefined && line.words <= 3 && cleanAuthor(named, { vouched: true }) === null;
}

/** A byline or date line within a few lines: headlines come with one, section headings do not. */
function besideByline(features: LineFeatures[], index: number): boolean {
  for (let i = Math.max(0, index - 2); i <= index + 3; i += 1) {
    const line = features[i];
    if (line === undefined || i === index || line.words > 16) continue;
    if (line.hasDate || (BYLINE_CUE.test(line.text) && !isSortLink(line))) return true;
  }
  return false;
}

/** How close above the first paragraph a headline's first print sits: a byline, a date, a share bar between. */
const REPEAT_REACH = 12;

/** A few capitalised words with no full stop and no stamp: a headline's shape, and a teaser's. */
function headlineShaped(line: LineFeatures | undefined): boolean {
  if (line === undefined || line.boilerplate !== null || line.hasDate) return false;
  return line.words >= 3 && line.words <= 30 && line.startsCapitalised && !/[.:]$/.test(line.text);
}

/** A headline-shaped line with none beside it: a headline, not one item in a list of teasers. */
function standsAsHeadline(features: LineFeatures[], index: number): boolean {
  return (
    headlineShaped(features[index]) && !headlineShaped(features[index - 1]) && !headlineShaped(features[index + 1])
  );
}

/** A longer line beside this one that ends with it: a breadcrumb whose last crumb is the headline. */
function echoedByCrumb(features: LineFeatures[], index: number): boolean {
  const text = features[index]?.text ?? "";
  if (text.length < CRUMB_ECHO_MIN_CHARS) return false;
  for (let i = index - 2; i <= index + 2; i += 1) {
    const near = features[i]?.text;
    if (i !== index && near !== undefined && near.length > text.length && near.endsWith(text)) return true;
  }
  return false;
}

/**
 * A headline in title case over a line in sentence case: the standfirst under its headline, however long either
 * runs ("16 Tips for Writing AI-Ready C# Code" over "How to make it easy for AI agents to work with your code").
 * A kicker of a word or three ("Health and Science") over a sentence-case headline is no such pair.
 */
const CASED_HEADLINE_MIN_WORDS = 4;
const CASED_STANDFIRST_MIN_WORDS = 8;
const TITLE_CASE_MIN_RATIO = 0.75;
const SENTENCE_CASE_MAX_RATIO = 0.34;

/** A sentence straight under a headline-shaped line, longer than it or set in another case: the standfirst. */
function underHeadline(features: LineFeatures[], index: number): boolean {
  const line = features[index];
  const above = features[index - 1];
  if (line === undefined || above === undefined || !headlineShaped(above)) return false;
  if (line.words >= STANDFIRST_MIN_WORDS && above.words < line.words) return true;
  return (
    line.words >= CASED_STANDFIRST_MIN_WORDS &&
    above.words >= CASED_HEADLINE_MIN_WORDS &&
    above.capitalisedRatio >= TITLE_CASE_MIN_RATIO &&
    line.capitalisedRatio <= SENTENCE_CASE_MAX_RATIO
  );
}

interface TitleEvidence {
  bodyWords: ReadonlySet<string>;
  /** The first paragraph's line: contents entries sit above it and come back below it as section headings. */
  firstParagraph: number;
  /** The draft body's lines below the first paragraph, as `headingKey` gives them. */
  printedBelow: ReadonlySet<string>;
  slugWords: ReadonlySet<string>;
  /** The slug's words without its stop words, which every candidate line is measured against. */
  slugContent: readonly string[];
}

/** The whole line is a name ("Jane Porter"), not a headline whose last word a name reading would cut off. */
function readsAsName(text: string): boolean {
  const name = cleanAuthor(text);
  // Names joined by "and" come back joined by commas.
  const letters = (value: string) => value.replace(/\band\b/gi, "").replace(/[^\p{L}\p{N}]/gu, "");
  return name !== null && letters(name) === letters(text);
}

/** A line as a contents list and the section heading it links to both print it: "#What is X?" is "what is x?". */
function headingKey(text: string): string {
  return text.toLowerCase().replace(/^[^\p{L}\p{N}]+/u, "");
}

/** A contents list's entries are printed again below, as the body's section headings. */
const CONTENTS_ENTRY_PENALTY = 3;

/**
 * An entry of a contents list between the headline and the body: the line comes back in the body as a section
 * heading, and so does another line beside it. A headline printed twice in a row and again lower down is no list.
 */
function isContentsEntry(features: LineFeatures[], index: number, evidence: TitleEvidence): boolean {
  const text = features[index]?.text;
  const printedBelow = (i: number) => {
    const line = features[i];
    return line !== undefined && i < evidence.firstParagraph && evidence.printedBelow.has(headingKey(line.text));
  };
  const entryBeside = (i: number) => features[i]?.text !== text && printedBelow(i);
  return printedBelow(index) && (entryBeside(index - 1) || entryBeside(index + 1));
}

function headlineScore(features: LineFeatures[], index: number, distance: number, evidence: TitleEvidence): number {
  const line = features[index];
  if (line === undefined || line.boilerplate !== null || line.words < 2 || line.words > 30 || line.letters < 8) {
    return Number.NEGATIVE_INFINITY;
  }
  if (BYLINE_CUE.test(line.text) || isDateStamp(line)) return Number.NEGATIVE_INFINITY;
  if (isCrumbTrail(line.text) || ARROW_LINK.test(line.text)) return Number.NEGATIVE_INFINITY;
  let score = bodyOverlap(line.text, evidence.bodyWords) * 3;
  // The URL slug is usually the headline, lower-cased and hyphenated.
  const coverage = slugCoverage(line.text, evidence.slugContent);
  if (evidence.slugWords.size > 0) {
    score += bodyOverlap(line.text, evidence.slugWords) * 3 + coverage * SLUG_COVERAGE_WEIGHT;
  }
  if (/[.:]$/.test(line.text) && !line.text.endsWith("..")) score -= 1.5;
  // Numbered lines are the body's own sections ("3. Plan ahead").
  if (/^\d{1,2}\s?[.)]\s/.test(line.text)) score -= NUMBERED_PENALTY;
  if (line.startsCapitalised) score += 0.5;
  // Headlines say something; table-of-contents entries and section labels are a few words.
  if (line.words >= 5) score += 1;
  else if (line.words >= 3) score += 0.3;
  if (line.blankBefore) score += 0.5;
  if (besideByline(features, index)) score += 1.5;
  // The byline's own name is no headline.
  if (line.words <= 6 && readsAsName(line.text)) score -= 3;
  // The headline is often printed twice (breadcrumb, share text); menu items many times.
  // A line with every word and number of the slug is this page's own link where a menu repeats it.
  if (line.repeats === 2 || line.repeats === 3) score += 0.5;
  else if (line.repeats > 3 && coverage < 1) score -= 1;
  if (echoedByCrumb(features, index)) score += CRUMB_ECHO_BONUS;
  if (underHeadline(features, index)) score -= STANDFIRST_PENALTY;
  if (isContentsEntry(features, index, evidence)) score -= CONTENTS_ENTRY_PENALTY;
  score -= DISTANCE_COST * (distance + Math.max(0, distance - NEAR_REACH));
  return score;
}

/**
 * The headline above line `firstParagraph`, judged by shape, byline, closeness, the body's use of its words and,
 * when the page's URL is known, the words of its slug.
 */
export function findTitle(
  features: LineFeatures[],
  firstParagraph: number,
  bodyText: string,
  slugWords: ReadonlySet<string> = new Set(),
): TitleChoice | null {
  // The headline's words come back in the opening paragraphs; the rest of the body adds cost, not evidence.
  // The draft's lines below the first paragraph: its section headings among them.
  const draftLines = new Set(bodyText.split("\n"));
  const printedBelow = new Set<string>();
  for (let i = firstParagraph + 1; i < features.length; i += 1) {
    const text = features[i]?.text ?? "";
    if (draftLines.has(text)) printedBelow.add(headingKey(text));
  }
  const evidence: TitleEvidence = {
    bodyWords: new Set(contentWords(bodyText.slice(0, OPENING_CHARS))),
    firstParagraph,
    printedBelow,
    slugWords,
    slugContent: [...slugWords].filter((word) => !STOP_WORDS.has(word)),
  };
  const pick: { best: TitleChoice | null; score: number } = { best: null, score: MIN_SCORE };
  const consider = (i: number, score: number) => {
    const line = features[i];
    if (line === undefined || score <= pick.score) return;
    pick.best = { index: i, text: headlineOf(line.text) };
    pick.score = score;
  };
  for (let i = firstParagraph - 1; i >= Math.max(0, firstParagraph - LOOKBACK); i -= 1) {
    consider(i, headlineScore(features, i, firstParagraph - 1 - i, evidence));
  }
  // The draft may have started in a menu of blurbs above the article: a headline further down that carries a
  // byline (and matches the URL, when there is one) marks where the article really starts.
  // A headline printed again below (a recipe card, a caption) does not move the start when its first print is the
  // headline above: close to the first paragraph and on its own, not one blurb in a menu of teasers.
  const above = new Set<string>();
  for (let i = Math.max(0, firstParagraph - REPEAT_REACH); i < firstParagraph; i += 1) {
    if (standsAsHeadline(features, i)) above.add(repetitionKey(features[i]?.text ?? ""));
  }
  // A headline above with its byline is the article's; a line below that reads as the slug is then a section.
  const bylinedAbove = pick.best !== null && besideByline(features, pick.best.index);
  const end = Math.min(features.length, firstParagraph + LOOKAHEAD);
  for (let i = firstParagraph; i < end; i += 1) {
    const line = features[i];
    if (line === undefined || above.has(repetitionKey(line.text))) continue;
    const slugJustBelow = !bylinedAbove && i - firstParagraph <= SLUG_HEADLINE_REACH && readsAsSlug(line, slugWords);
    if (!besideByline(features, i) && !slugJustBelow) continue;
    if (slugWords.size > 0 && bodyOverlap(line.text, slugWords) < 0.5) continue;
    consider(i, headlineScore(features, i, 0, evidence) - LOOKAHEAD_HANDICAP);
  }
  return pick.best;
}

/** Words of the URL's last path segment: "/2023/12/us-says-north-korea-set-for-arms-talk" names the headline. */
export function slugWords(url: string | undefined): ReadonlySet<string> {
  if (url === undefined) return new Set();
  try {
    const segments = new URL(url).pathname.split("/").filter((segment) => /[a-z].*-/i.test(segment));
    const slug = decodeURIComponent(segments.at(-1) ?? "").replace(/\.[a-z]{2,5}$/i, "");
    return new Set(
      slug
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length >= 3 || /^\p{N}+$/u.test(word)),
    );
  } catch {
    return new Set();
  }
}

/** A line that reads as the URL's slug: most of the slug's words, and few words besides. */
function readsAsSlug(line: LineFeatures, slug: ReadonlySet<string>): boolean {
  if (slug.size < 3 || line.words < 3 || line.words > 30 || line.boilerplate !== null) return false;
  const words = new Set([...(line.text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []), ...shortNumbers(line.text)]);
  let shared = 0;
  for (const word of slug) if (words.has(word)) shared += 1;
  return shared >= slug.size * 0.7 && shared >= words.size * 0.5;
}

/** Lines that read as the URL's slug. */
export function slugHeadlines(features: LineFeatures[], slug: ReadonlySet<string>): number[] {
  const found: number[] = [];
  features.forEach((line, i) => {
    if (readsAsSlug(line, slug)) found.push(i);
  });
  return found;
}
