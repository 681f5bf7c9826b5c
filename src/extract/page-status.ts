// Tells a real article from a wall in front of it (consent, bot challenge, paywall), a not-found page or an empty
// app shell, from the extracted text plus a few page signals; works for HTML pages and text dumps alike. Pure.
import type { ExtractionStatus } from "../model.js";

export interface PageStatusInput {
  title: string | null;
  /** The extracted article text, paragraphs separated by blank lines. */
  text: string;
  /** All visible text of the page when known: walls often sit outside what the extractor kept. */
  pageText?: string;
  /** Scripts on the page, when known: an app shell is mostly scripts. */
  scriptCount?: number;
}

export interface PageStatus {
  status: ExtractionStatus;
  statusReason: string | null;
  /** The article text with the wall's paragraphs removed; "" when nothing of an article is left. */
  text: string;
}

const CHALLENGE =
  /just a moment\.\.\.|checking (?:if the site connection is secure|your browser)|verify(?:ing)? (?:that )?you are (?:a )?human|are you a robot|attention required!? \| cloudflare|enable javascript and cookies to continue|ddos protection by|complete the security check|press (?:&|and) hold|please solve (?:this|the) captcha|\bcaptcha\b|pardon our interruption|unusual traffic from your (?:computer|network)|request unsuccessful\. incapsula|access (?:to this page has been )?denied/i;

const NOT_FOUND =
  /\b404\b|page (?:was )?not found|not be found|can(?:no|')t be found|(?:page|article|content|story) (?:you (?:are|were|'re) looking for )?(?:does ?n[o']t|no longer) (?:exists?|available)|page (?:is )?(?:no longer )?unavailable|nothing (?:was )?found/i;

const CONSENT =
  /we (?:value|care about|respect) your privacy|(?:accept|reject|allow|refuse) all(?: cookies)?|manage (?:your )?(?:privacy|cookie|consent)|(?:cookie|privacy|consent) (?:settings|preferences|choices)|your privacy choices|before you continue|(?:this (?:site|website) uses|we use) cookies|store and\/or access information on a device|legitimate interest|consent to (?:the|our) use/i;

const PAYWALL =
  /subscribe (?:now |today )?(?:to|for) (?:continue|read|keep|unlock|full|unlimited)|(?:exclusively |only )?for (?:paid |premium )?(?:subscribers|members)(?: only)?|already (?:a )?(?:subscriber|member)\??|to continue reading|(?:log|sign) ?in to (?:continue|read|keep)|create (?:a )?free account to (?:continue|read)|you(?:'ve| have) (?:reached|used) (?:your|all)|free articles? (?:left|remaining|this month)|unlock (?:this|the full|full) (?:article|story|access)|(?:article|content|story) is (?:only )?(?:available|reserved) (?:to|for) (?:subscribers|members)|become a (?:member|subscriber) to/i;

const SHELL =
  /(?:enable|turn on|activate) javascript|javascript (?:is )?(?:required|disabled)|you need to enable javascript|requires javascript/i;

/** Wall paragraphs are short prompts: a long paragraph that mentions subscribing is article text. */
const MAX_WALL_PARAGRAPH_WORDS = 60;
/** Fewer article words than this left beside a wall: the wall is all there is. */
const TEASER_WORDS = 150;
const CONSENT_REST_WORDS = 80;
const MIN_ARTICLE_WORDS = 25;

/** Words as runs of letters and digits; any non-ASCII character counts as a letter, which is enough here. */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const letter =
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;
    if (letter && !inWord) count++;
    inWord = letter;
  }
  return count;
}

interface Paragraph {
  text: string;
  words: number;
}

function paragraphsOf(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => ({ text: paragraph, words: wordCount(paragraph) }));
}

function sumWords(paragraphs: readonly Paragraph[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.words, 0);
}

function withoutWall(paragraphs: readonly Paragraph[], wall: RegExp): { rest: Paragraph[]; removed: number } {
  const rest = paragraphs.filter(
    (paragraph) => !(paragraph.words <= MAX_WALL_PARAGRAPH_WORDS && wall.test(paragraph.text)),
  );
  return { rest, removed: paragraphs.length - rest.length };
}

function ok(text: string): PageStatus {
  return { status: "ok", statusReason: null, text };
}

/** Whether the page holds an article, and the article text cleared of any wall's paragraphs. */
export function detectPageStatus(input: PageStatusInput): PageStatus {
  const title = input.title ?? "";
  const pageHead = (input.pageText ?? input.text).slice(0, 4000);
  const paragraphs = paragraphsOf(input.text);
  const words = sumWords(paragraphs);

  if (words < TEASER_WORDS && (CHALLENGE.test(title) || CHALLENGE.test(pageHead))) {
    return { status: "blocked", statusReason: "bot challenge: the page asks to prove a human is visiting", text: "" };
  }

  const consent = withoutWall(paragraphs, CONSENT);
  const consentRest = sumWords(consent.rest);
  const consentShown =
    consent.removed > 0 || CONSENT.test(title) || (consentRest < MIN_ARTICLE_WORDS && CONSENT.test(pageHead));
  if (consentRest < CONSENT_REST_WORDS && consentShown) {
    return { status: "blocked", statusReason: "consent wall: the page shows a privacy prompt", text: "" };
  }

  const opening = paragraphs
    .slice(0, 2)
    .map((paragraph) => paragraph.text)
    .join(" ");
  if (words < 200 && (NOT_FOUND.test(title) || NOT_FOUND.test(opening))) {
    return { status: "empty", statusReason: "not found: the page says it does not exist (404)", text: "" };
  }

  const paywall = withoutWall(consent.rest, PAYWALL);
  const rest = paywall.rest.map((paragraph) => paragraph.text).join("\n\n");
  const restWords = sumWords(paywall.rest);
  const pageMentionsPaywall = paywall.removed > 0 || (restWords < TEASER_WORDS && PAYWALL.test(pageHead));
  if (pageMentionsPaywall && restWords < TEASER_WORDS) {
    return { status: "blocked", statusReason: "paywall: only a teaser is visible", text: rest };
  }

  if (restWords < MIN_ARTICLE_WORDS) {
    const shell = SHELL.test(pageHead) || (input.scriptCount ?? 0) >= 3;
    return {
      status: "empty",
      statusReason: shell ? "empty shell: the page builds its content with JavaScript" : "no article text found",
      text: rest,
    };
  }
  return ok(rest);
}
