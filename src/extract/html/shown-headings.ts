// Reads the headings a page shows for its headline, leaving out those of navigation, sidebars and the site's logo.
import { descendants, type HtmlElement } from "./html-tree.js";
import type { PageDeclarations } from "./meta-tags.js";
import { textBlocks } from "./text-blocks.js";

const CHROME_TAGS = new Set(["nav", "aside", "footer", "menu", "dialog"]);

const CHROME_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "menu", "dialog"]);

/** Headings (<h1>s, then <h2>s) read for the headline: it comes early, and long pages have hundreds of headings. */
const MAX_HEADINGS = 5;

const MAX_SUBHEADINGS = 5;

/**
 * Inside navigation, sidebars, footers or (when `siteHeaderCounts`) the site header, a <header> outside any
 * article: a logo's <h1>.
 */
function inPageChrome(element: HtmlElement, siteHeaderCounts = true): boolean {
  let siteHeader = false;
  for (let node: HtmlElement | null = element.parent; node !== null; node = node.parent) {
    if (node.tag === "article" || node.tag === "main") return false;
    if (CHROME_TAGS.has(node.tag)) return true;
    const role = node.attrs.role;
    if (role !== undefined && CHROME_ROLES.has(role)) return true;
    if (node.tag === "header") siteHeader = true;
  }
  return siteHeader && siteHeaderCounts;
}

/** In a <header> outside any article but not in navigation: a logo's place, and on some templates the headline's. */
function inSiteHeader(element: HtmlElement): boolean {
  return inPageChrome(element) && !inPageChrome(element, false);
}

/** Each heading's text, its inner blocks on lines of their own (a kicker over the headline). */
function headingTexts(headings: readonly HtmlElement[]): string[] {
  return headings.map((heading) =>
    textBlocks(heading)
      .map((block) => block.text)
      .join("\n"),
  );
}

/**
 * Text of the first `limit` headings outside page chrome. An <h2> in a <header> is kept: it counts only when it
 * repeats the declared title, and templates that give the logo the <h1> put the headline there.
 */
function visibleHeadingTexts(headings: readonly HtmlElement[], limit: number): string[] {
  return headingTexts(headings.filter((heading) => !inPageChrome(heading, heading.tag === "h1")).slice(0, limit));
}

/** Whether a link runs through the element or holds it: a logo's <h1> links to the home page. */
function linked(element: HtmlElement): boolean {
  for (let node: HtmlElement | null = element; node !== null; node = node.parent) if (node.tag === "a") return true;
  for (const node of descendants(element)) if (node.tag === "a") return true;
  return false;
}

/** Class or id names that mark the site's own name: "site-title", "logo", "brand", "masthead". */
const SITE_NAME_HINT = /\b(?:site[-_]?(?:title|name|logo|branding)|logo|brand(?:ing)?|masthead)\b/i;

/** Whether the element or one of its first ancestors is named for the site's name or logo. */
function namedAsSiteName(element: HtmlElement): boolean {
  let node: HtmlElement | null = element;
  for (let depth = 0; node !== null && depth < 3; depth++, node = node.parent) {
    if (SITE_NAME_HINT.test(`${node.attrs.class ?? ""} ${node.attrs.id ?? ""}`)) return true;
  }
  return false;
}

/**
 * Text of the first `limit` <h1>s outside page chrome; failing any, of those in the site's header that link
 * nowhere and are not named as the site's name: a hero header set above the article holds the headline there,
 * while a logo's <h1> links home or says what it is.
 */
function shownHeadlineTexts(h1s: readonly HtmlElement[], limit: number): string[] {
  const outside = visibleHeadingTexts(h1s, limit);
  if (outside.some((text) => text.trim() !== "")) return outside;
  const hero = h1s.filter((h1) => inSiteHeader(h1) && !linked(h1) && !namedAsSiteName(h1));
  return headingTexts(hero.slice(0, limit));
}

/** The headings the headline is chosen among, and those that count only when they repeat a declared title. */
export interface HeadlineHeadings {
  headings: string[];
  confirmableHeadings: string[];
}

/** The page's shown headline candidates: its first <h1>s outside chrome, then site-header <h1>s and <h2>s. */
export function headlineHeadings(declarations: PageDeclarations): HeadlineHeadings {
  return {
    headings: shownHeadlineTexts(declarations.headings, MAX_HEADINGS),
    confirmableHeadings: [
      ...headingTexts(declarations.headings.filter((heading) => inSiteHeader(heading)).slice(0, MAX_HEADINGS)),
      ...visibleHeadingTexts(declarations.subheadings, MAX_SUBHEADINGS),
    ],
  };
}
