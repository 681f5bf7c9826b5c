// Reads what an element's tag, role, visibility and class/id names say about it: page furniture or article body.
import type { HtmlElement } from "./html-tree.js";

/** Tags that hold site furniture, not article text, on nearly every page. */
const FURNITURE_TAGS = new Set(["nav", "aside", "footer", "header", "menu", "dialog", "figcaption", "address", "form"]);

const FURNITURE_ROLES = new Set([
  "navigation",
  "banner",
  "complementary",
  "contentinfo",
  "dialog",
  "alertdialog",
  "menu",
  "menubar",
  "search",
  "toolbar",
  "tablist",
]);

/** Class/id words naming widgets that are never article body (matched against whole words of the name). */
const FURNITURE_WORDS =
  /^(?:comments?|commentlist|disqus|respond|replies|share|shares|sharing|sharer|sharebar|social|socials|socialshare|related|relatedposts|recommended|recommendations?|recirc|recirculation|newsletter|newsletters|subscribe|subscription|signup|promo|promos|promotion|advert|adverts|advertisement|advertising|ad|ads|adslot|adunit|adwrapper|dfp|sponsor|sponsored|sidebar|footer|nav|navbar|navigation|menu|breadcrumb|breadcrumbs|cookie|cookies|consent|gdpr|popup|modal|outbrain|taboola|cta|ctas|testimonial|testimonials|tooltip|error|errors|disclosure|disclosures|disclaimer|disclaimers)$/;

/**
 * Class/id words that often name furniture but that some sites give to every block (page builders' "widget")
 * or to wrappers: the caller weighs these against how much prose they would remove.
 */
const WEAK_FURNITURE_WORDS =
  /^(?:widget|widgets|overlay|tags|tag|tagcloud|taglist|topics|keywords|author|authors|bio|byline|bylines|dateline|meta|postmeta|toolbar|print|rating|ratings|reactions|popular|trending|pagination|pager|caption|captions|credit|credits|masthead|header|skip|login|signin|paywall|feedback|jump|toc|footnote|footnotes|banner|sticky)$/;

/** Words that negate the class word after them: "no_toc", "not-sticky", "non-sidebar". */
const NEGATION_WORDS = /^(?:no|not|non|without)$/;

/** Whole class names of text that only screen readers get ("Share on X", "Opens in new window"). */
const SCREEN_READER_CLASSES =
  /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|a11y-hidden|element-invisible|u-hidden-visually)(?:\s|$)/;

/**
 * Whole class names the social networks' embed scripts look for: a post quoted from another site (a tweet, an
 * Instagram or TikTok post, another blog's card), which the page shows as a widget beside the article's own words.
 */
const EMBEDDED_POST_CLASSES =
  /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|reddit-embed-bq|bluesky-embed|text-post-media|wp-embedded-content|imgur-embed-pub)(?:\s|$)/;

const CONTENT_WORDS =
  /^(?:article|articlebody|body|content|contents|entry|main|post|story|text|blog|prose|richtext|copy|paragraph|paragraphs|permalink|single)$/;

const COMPONENT_WORDS =
  /^(?:accordion|faq|faqs|card|item|question|toggle|tab|tabs|panel|collapse|collapsible|section|table)$/;
const BYLINE_WORDS = /^(?:byline|bylines|author|authors|authorname|writer|writers|contributor|contributors|postedby)$/;

/** Words that name one article rather than any block of content ("content", "text" name anything). */
const ARTICLE_WORDS = /^(?:article|articlebody|entry|story|post|blog|prose|single|storybody|postbody)$/;

interface ClassCues {
  furniture: string | null;
  content: boolean;
  article: boolean;
  byline: boolean;
}

const NO_CUES: ClassCues = { furniture: null, content: false, article: false, byline: false };
const cueCache = new Map<string, ClassCues>();

/**
 * How much a cue is to be believed: "certain" for comment sections (which can outweigh the article they follow),
 * "hidden" for hidden subtrees (streaming renderers park a whole article in one, other pages a raw copy of it),
 * "weak" for names some sites give to every block or to wrappers, "firm" for the rest.
 */
export type CueStrength = "certain" | "hidden" | "firm" | "weak";

export function cueStrength(cue: string): CueStrength {
  if (/^class:(?:comments?|commentlist|disqus|respond|replies)$/.test(cue)) return "certain";
  if (cue === "hidden") return "hidden";
  if (cue.startsWith("weak-") || cue === "tag:header" || cue === "tag:form") return "weak";
  return "firm";
}

function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

function classCues(name: string): ClassCues {
  const cached = cueCache.get(name);
  if (cached) return cached;
  let strong: string | null = null;
  let weak: string | null = null;
  let content = false;
  let article = false;
  let byline = false;
  const words = wordsOf(name);
  for (const [index, word] of words.entries()) {
    if (ARTICLE_WORDS.test(word)) article = true;
    if (BYLINE_WORDS.test(word)) byline = true;
    if (CONTENT_WORDS.test(word)) content = true;
    // "no_toc_section", "no-ads": the name says the element is not that furniture (a contents plugin's opt-out).
    if (NEGATION_WORDS.test(words[index - 1] ?? "")) continue;
    if (strong === null && FURNITURE_WORDS.test(word)) strong = `class:${word}`;
    if (weak === null && WEAK_FURNITURE_WORDS.test(word)) weak = `weak-class:${word}`;
  }
  // "accordion-item-header", "card-header": the head of a component, not of the page.
  if (weak === "weak-class:header" && words.some((word) => COMPONENT_WORDS.test(word))) weak = null;
  const furniture = strong ?? weak;
  const cues = { furniture, content, article, byline };
  if (cueCache.size > 50_000) cueCache.clear();
  cueCache.set(name, cues);
  return cues;
}

/**
 * An id made from a heading's words, the anchor a table of contents links to ("menu-ideas-for-small-events",
 * "toc_should-you-invest"): it says what the section is about, not what part of the page it is.
 */
const HEADING_SLUG_ID = /^[a-z0-9]+(?:-[a-z0-9]+){3,}$|^toc[_-][a-z0-9]+(?:[-_][a-z0-9]+)+$/;

/** The cues of an element's class and id, cached by the name string (pages repeat class lists a lot). */
function cuesOf(element: HtmlElement): ClassCues {
  const className = element.attrs.class;
  // A heading's own id is its anchor, made from its words ("error-handling"), however short.
  const idIsAnchor =
    /^h[1-6]$/.test(element.tag) || (element.attrs.id !== undefined && HEADING_SLUG_ID.test(element.attrs.id));
  const id = idIsAnchor ? undefined : element.attrs.id;
  if (className === undefined && id === undefined) return NO_CUES;
  const names = id === undefined ? (className ?? "") : `${className ?? ""} ${id}`;
  if (names.length <= 1 || names.length > 500) return NO_CUES;
  return classCues(names);
}

/** True when the element is hidden from every reader (not just on some screen sizes). */
export function isHidden(element: HtmlElement): boolean {
  const { attrs } = element;
  // React's streaming renderer sends content in hidden "S:<n>" nodes that its script then moves into view.
  if (attrs.hidden !== undefined && !/^S:[0-9a-z]+$/.test(attrs.id ?? "")) return true;
  if (attrs["aria-hidden"] === "true") return true;
  const style = attrs.style;
  if (style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const className = attrs.class;
  return className !== undefined && SCREEN_READER_CLASSES.test(className);
}

/**
 * Why the element looks like page furniture ("tag:nav", "role:banner", "class:share", "weak-class:widget"), or
 * null. These are hints: the caller decides, e.g. keeps an element that holds most of the page's prose.
 */
export function furnitureCue(element: HtmlElement): string | null {
  if (FURNITURE_TAGS.has(element.tag)) return `tag:${element.tag}`;
  const role = element.attrs.role;
  if (role !== undefined && FURNITURE_ROLES.has(role.toLowerCase())) return `role:${role.toLowerCase()}`;
  const itemprop = element.attrs.itemprop;
  if (itemprop !== undefined && /^(?:author|datePublished|dateModified|publisher|comment|keywords)$/i.test(itemprop))
    return `itemprop:${itemprop}`;
  const className = element.attrs.class;
  if (className !== undefined && EMBEDDED_POST_CLASSES.test(className)) return "class:embedded-post";
  return cuesOf(element).furniture;
}

/** +1 when class/id or microdata names the article body, 0 otherwise. */
export function contentCue(element: HtmlElement): number {
  const itemprop = element.attrs.itemprop;
  if (itemprop !== undefined && /articleBody|text/i.test(itemprop)) return 1;
  if (element.tag === "article" || element.tag === "main") return 1;
  return cuesOf(element).content ? 1 : 0;
}

/** Whether the element calls itself the article: <article>, <main>, itemprop=articleBody, "entry-content"... */
export function namesArticle(element: HtmlElement): boolean {
  if (element.tag === "article" || element.tag === "main") return true;
  const itemprop = element.attrs.itemprop;
  if (itemprop !== undefined && /articleBody/i.test(itemprop)) return true;
  return cuesOf(element).article;
}

/** Whether class/id names the element as a byline or author credit ("byline", "post-author", "authorName"). */
export function namesByline(element: HtmlElement): boolean {
  return cuesOf(element).byline;
}
