// Recognises the headings that close an article and open what follows it: comments, related stories, the bio.
import type { LineFeatures } from "./line-features.js";

/** Headings that open what follows an article: comments, related stories, the author's or the site's blurb. */
const SECTION_BREAK = new RegExp(
  [
    String.raw`^(?:\d+\s+)?(?:comments?|responses?|replies)\s*(?:\(\d+\))?:?$`,
    String.raw`^(?:leave a (?:reply|comment)|post a comment|join the (?:discussion|conversation)|post navigation|about the author|author bio|share (?:this|on)|tags|filed under|topics|trending|most (?:read|popular|viewed)|recently by|written by|(?:subscribe|sign up|follow us)\s+\S+\s+\S+|\S+(?:\s+\S+)?\s+newsletter)\b`,
    // "More stories", "Related posts", "Latest articles", "Other news": lists of other pages.
    String.raw`^(?:more|other|related|similar|recent|latest|popular|featured|recommended)(?:\s+related)?\s+(?:news|videos?|articles?|stories|posts|reads|reading|content|insights|products|guides|reviews)\b`,
    String.raw`^(?:recommended for you|(?:read|watch|up) next|read this next|what to read next|keep reading|more (?:from|by|like)\s|you(?:\s+(?:may|might|will)|’ll|'ll)\s+(?:also\s+)?(?:like|love|enjoy))`,
    // The feedback box under a post: "Was this article helpful?", "How useful was this post?", "Rate this page".
    // The whole line is the question: "How helpful was this inspection?" heads a section of the article.
    String.raw`^(?:(?:was|is) this (?:article|post|page|content|guide|information) (?:helpful|useful)|did you find (?:this|the) (?:article|post|page|content|guide|information) (?:helpful|useful)|how (?:useful|helpful) was this (?:article|post|page|content|guide|information)|rate this (?:article|post|page|story|guide))\s*\??$`,
    // WordPress's sharing box: "Like this:" with whatever anchor the scraper glued on.
    "^like this:",
    // "About Jane Doe", "About Us", "Meet the team", "Get in touch": the author's or the site's own blurb. Not a
    // short sentence ("About 200 people fled.", "About time, too!").
    String.raw`^about\s+(?!\d)(?:[^\s.!?,;]+\s+){0,2}[^\s.!?,;]+$`,
    "^(?:meet the (?:author|team|writer)|full bio$|work with us$|get in touch$|contact us$)",
  ].join("|"),
  "i",
);
/**
 * Prose that an article has at least above a heading before the heading may close it: share bars and topic labels
 * ("Share this article", "Topics") are printed above the article too.
 */
export const MIN_ARTICLE_WORDS = 50;
/** "12 thoughts on “…”", "3 responses to …": a comments heading that quotes the headline, so it runs long. */
export const COMMENTS_HEADING = /^\d+\s+(?:comments?|responses?|replies|thoughts)\s+(?:on|to)\s/i;
/**
 * Lines that open the readers' comments and nothing else: a count of them ("109 Comments", "12 Responses"), the
 * comment form ("Leave a Reply"), the labels blog platforms give the thread ("Reader Interactions", "Discussion
 * about this post"). No article prints one of them as a line of its own.
 */
const COMMENTS_OPENING =
  /^(?:\d[\d,]*\s+(?:comments?|responses?|replies)|leave a (?:reply|comment)|post a comment|reader interactions|discussion about this post)\s*:?$/i;

/** Whether the line opens the readers' comments, so the article has ended above it however long the thread is. */
export function opensComments(line: LineFeatures): boolean {
  return (
    (line.words <= 30 && COMMENTS_HEADING.test(line.text)) || (line.words <= 5 && COMMENTS_OPENING.test(line.text))
  );
}

/** A heading that opens what follows the article: comments, related stories, the author's bio, a newsletter box. */
export function opensAfterMatter(line: LineFeatures): boolean {
  return (line.words <= 8 && SECTION_BREAK.test(line.text)) || opensComments(line);
}
