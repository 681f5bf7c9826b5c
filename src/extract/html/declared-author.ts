// Settles the article's author from the credits a page declares and the bylines it shows, preferring a person
// named by the headline to a template's default (the site, an uploader's account).
import { headerAndFooter, siteOwner } from "../site-owner.js";
import { joinAuthors, withoutOutletName } from "./author-names.js";
import { furnitureCue, namesByline } from "./element-hints.js";
import { headlineBlockIndex, titleKey } from "./headline.js";
import type { HtmlElement, ParsedHtml } from "./html-tree.js";
import type { JsonLdArticle } from "./json-ld.js";
import { firstMeta, type PageDeclarations } from "./meta-tags.js";
import type { TextBlock } from "./text-blocks.js";
import { textBlocks } from "./text-blocks.js";
import type { ShownByline } from "./visible-byline.js";
import { bylineNearHeadline, labelledByline, unlabelledBylineNearHeadline } from "./visible-byline.js";

const AUTHOR_KEYS = [
  "author",
  "article:author",
  "parsely-author",
  "sailthru.author",
  "dc.creator",
  "dcterms.creator",
  "byl",
  "citation_author",
  "article.author",
  "cxenseparse:author",
];

const MAX_BYLINE_CHARS = 160;

const MAX_BYLINE_ELEMENTS = 8;

/** An element named for the author's description or bio ("author-description"): it says who, not the name. */
const AUTHOR_BIO = /descr|biograph|\bbio(?:\b|[-_])|[-_]bio/i;

/** Links to an author's page: "/author/jane-doe", "/writers/jdoe/". */
const AUTHOR_PATH = /\/(?:authors?|writers?|contributors?|columnists?|reporters?)\/[^/?#]+\/?(?:[?#].*)?$/i;

/** A link to an author's page on the same site (a profile elsewhere, e.g. on a social network, is no byline). */
function isAuthorPage(href: string, pageUrl: string | undefined): boolean {
  if (!AUTHOR_PATH.test(href)) return false;
  if (!/^(?:[a-z]+:)?\/\//i.test(href)) return true;
  if (pageUrl === undefined) return false;
  try {
    return new URL(href, pageUrl).hostname.replace(/^www\./, "") === new URL(pageUrl).hostname.replace(/^www\./, "");
  } catch {
    return false;
  }
}

/**
 * Bylines shown on the page, best evidence first: links marked rel=author or itemprop=author, links to an author
 * page, then elements named for the byline or author. Each is read block by block ("Jane Doe | Mar 27 | 5 min
 * read"), so names do not run into dates. Bylines of comments and teasers are skipped.
 */
function visibleBylines(parsed: ParsedHtml, pageUrl: string | undefined): string[] {
  const ranked: { rank: number; text: string }[] = [];
  for (const element of parsed.elements) {
    if (ranked.length >= MAX_BYLINE_ELEMENTS) break;
    if (element.tag === "body" || element.tag === "html" || element.tag === "#root") continue;
    let rank = -1;
    if (element.attrs.rel === "author" || /\bauthor\b/i.test(element.attrs.itemprop ?? "")) rank = 0;
    else if (element.tag === "a" && isAuthorPage(element.attrs.href ?? "", pageUrl)) rank = 1;
    else if (namesByline(element) && !AUTHOR_BIO.test(`${element.attrs.class ?? ""} ${element.attrs.id ?? ""}`))
      rank = 2;
    if (rank === -1) continue;
    const text = textBlocks(element)
      .map((block) => block.text.replace(/\n/g, " | "))
      .join(" | ");
    if (text === "" || text.length > MAX_BYLINE_CHARS) continue;
    if (insideOtherContent(element)) continue;
    ranked.push({ rank, text });
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((entry) => entry.text);
}

/** Inside comments or teasers of other stories, whose bylines name other people. */
function insideOtherContent(element: HtmlElement): boolean {
  for (let node: HtmlElement | null = element.parent; node !== null; node = node.parent) {
    const cue = furnitureCue(node);
    if (cue !== null && /comment|respond|replies|related|recommend|recirc|popular|trending/.test(cue)) return true;
  }
  return false;
}

/** Initials for a name ("NB", "J.D."): a publishing tool's account label, which any shown byline improves on. */
const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;

function onlyInitials(authors: string): boolean {
  return authors.split(", ").every((name) => INITIALS.test(name));
}

/**
 * The declared author when the byline by the headline names the same people (declared names come cleaner) or
 * sits above the headline (where other stories' credits also sit), else the byline: metadata is often a
 * template's default (the site, an uploader's account) or a stale list.
 */
function chooseAuthor(declared: string | null, shown: ShownByline | null): string | null {
  if (shown === null || declared === null) return shown?.names ?? declared;
  if (onlyInitials(declared)) return shown.names;
  if (shown.aboveHeadline) return declared;
  const shownKey = titleKey(shown.names);
  const sameNames = declared.split(", ").every((name) => shownKey.includes(titleKey(name)));
  return sameNames ? declared : shown.names;
}

/** Whether a credit names only the site itself ("Daily Planet" on the Daily Planet's page): a template's default. */
function creditsSite(credit: string, outlet: string | null): boolean {
  return outlet !== null && titleKey(credit) === titleKey(outlet);
}

/**
 * The first credit, in order of trust, that names someone besides the site; the site's own name only when no
 * source names anyone else (a template fills the author field with the site while the byline names the writer).
 */
function firstCreditBeyondSite(credits: readonly (string | null)[], outlet: string | null): string | null {
  const found = credits.filter((credit): credit is string => credit !== null);
  return found.find((credit) => !creditsSite(credit, outlet)) ?? found[0] ?? null;
}

/** How many label/data pairs Twitter cards carry (publishing tools fill one or two: author, reading time). */
const TWITTER_LABEL_PAIRS = 4;

/** Authors in a Twitter card's label/data pairs: twitter:label1 "Written by", twitter:data1 "Jane Doe". */
function twitterLabelledAuthors(declarations: PageDeclarations): string[] {
  const authors: string[] = [];
  for (let pair = 1; pair <= TWITTER_LABEL_PAIRS; pair++) {
    const label = firstMeta(declarations, [`twitter:label${pair}`]);
    const data = firstMeta(declarations, [`twitter:data${pair}`]);
    if (label !== null && data !== null && /^(?:written by|authors?|by)$/i.test(label.trim())) authors.push(data);
  }
  return authors;
}

function isUrl(value: string): boolean {
  return /^(?:https?:)?\/\//i.test(value.trim());
}

/** What the author is settled from: the page, its blocks, and the fields settled before it. */
export interface AuthorSources {
  parsed: ParsedHtml;
  declarations: PageDeclarations;
  jsonLd: JsonLdArticle | null;
  blocks: readonly TextBlock[];
  /** Where the page was fetched from, or failing that its canonical URL: author pages must be on its site. */
  pageUrl: string | undefined;
  title: string | null;
  outlet: string | null;
}

/** The article's author, names joined by ", ", without the outlet's name; null when nobody is credited. */
export function settleAuthor({
  parsed,
  declarations,
  jsonLd,
  blocks,
  pageUrl,
  title,
  outlet,
}: AuthorSources): string | null {
  const metaAuthors = AUTHOR_KEYS.flatMap((key) => declarations.meta.get(key) ?? []).filter((value) => !isUrl(value));
  const personAuthors = jsonLd && !jsonLd.authorsAreOrganisations ? jsonLd.authors : [];
  const headline = headlineBlockIndex(blocks, title);
  const shownByline = headline === -1 ? null : bylineNearHeadline(blocks, headline);
  const organisationCredit = jsonLd?.authorsAreOrganisations ? joinAuthors(jsonLd.authors) : null;
  const declaredAuthor = firstCreditBeyondSite(
    [
      joinAuthors(personAuthors),
      metaAuthors.length > 0 ? joinAuthors([metaAuthors[0]!]) : null,
      joinAuthors(twitterLabelledAuthors(declarations)),
      joinAuthors(declarations.microdata.get("author") ?? []),
      visibleBylines(parsed, pageUrl)
        .map((line) => joinAuthors([line]))
        .find((names) => names !== null) ?? null,
      organisationCredit,
    ],
    outlet,
  );
  const unlabelled = headline === -1 ? null : unlabelledBylineNearHeadline(blocks, headline);
  // A credit to an organisation or to the site itself yields to a person the page shows, "By" or not.
  const creditsOrganisation =
    declaredAuthor !== null && (declaredAuthor === organisationCredit || creditsSite(declaredAuthor, outlet));
  // The person named under the headline, or failing that labelled anywhere (an author box).
  const personShown = creditsOrganisation && shownByline === null ? (unlabelled ?? labelledByline(blocks)) : null;
  const shown = shownByline ?? (personShown !== null ? { names: personShown, aboveHeadline: false } : null);
  const credited = chooseAuthor(declaredAuthor, shown) ?? labelledByline(blocks) ?? unlabelled;
  if (credited === null) return siteOwner(siteNames(parsed.titleTag, outlet, blocks), pageUrl ?? null);
  return outlet === null ? credited : withoutOutletName(credited, outlet);
}

/** Parts a <title> prints its site's name after: "Go ahead, self-host Postgres | Jane Porter". */
const TITLE_SEPARATOR = /\s+[|–—·•-]\s+/;

/** Where a page names its site: the site name it declares, the <title> after its headline, its header and footer. */
function siteNames(titleTag: string | null, outlet: string | null, blocks: readonly TextBlock[]): string[] {
  const titleParts = titleTag?.split(TITLE_SEPARATOR).slice(1) ?? [];
  return [...(outlet === null ? [] : [outlet]), ...titleParts, ...headerAndFooter(blocks.map((block) => block.text))];
}
