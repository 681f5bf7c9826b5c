// Chooses the article body: the DOM scorer's container, JSON-LD articleBody when the page bears it out, then
// every prose block of the page, then the declared description. Records which stage won and how sure it is.

import { isParagraph, isProse } from "./block-shapes.js";
import { dropClosingLinkList } from "./closing-link-list.js";
import { dropClosingNotes } from "./closing-notes.js";
import { type ScoredBody, scoreBody } from "./content-scorer.js";
import { titleKey } from "./headline.js";
import type { ParsedHtml } from "./html-tree.js";
import { trimOffTopicTail } from "./off-topic-tail.js";
import { dropPitchBoxes } from "./pitch-boxes.js";
import { renderBlocks } from "./render-blocks.js";
import type { TextBlock } from "./text-blocks.js";

export interface BodyInput {
  parsed: ParsedHtml;
  blocks: readonly TextBlock[];
  title: string | null;
  articleBody: string | null;
  description: string | null;
}

export interface ChosenBody {
  text: string;
  /** Index in the page's blocks of the body's first block, -1 when the body does not come from them. */
  start: number;
  /** "dom-scorer", "json-ld", "text-blocks", "meta-description" or "none". */
  method: string;
  confidence: number;
}

/** A body shorter than this many words is not trusted on its own: a later stage may do better. */
const MIN_BODY_WORDS = 40;
/** JSON-LD articleBody counts as the page's text when this share of its words shows on the page. */
const MIN_ARTICLE_BODY_SUPPORT = 0.85;

/** Blocks at least this long are kept once: shorter ones ("Yes", "Step 1") may well repeat in an article. */
const MIN_DEDUPLICATED_CHARS = 40;

/** Lines that are widget labels wherever they appear inside an article. */
const WIDGET_LINE =
  /^(?:advertisement|advertising|ad|sponsored(?: content| by)?|(?:in )?partnership with|presented by|brought to you by|paid (?:post|content|partnership)|share(?: this| it)?(?: article| story| post)?(?: on)?|share on \w+|tweet|email|print|save|search|home|read more|related(?: articles| stories| posts| reads)?|other related articles|see also|click here|follow (?:me|us)(?: on \w+)?|\d+ comments?|comments?|discussion about this post|loading|skip to (?:main )?content|back to top|jump to (?:the )?(?:list|recipe|review|comments|content|section)|page \d+ of \d+|table of contents|trending(?: now)?|listen to (?:this )?(?:article|story)(?:.*)|\d+ min(?:ute)?s? read|show caption|(?:press enter or )?click to view image in full size|continue reading(?: below)?|scroll to continue.*|story continues below(?: advertisement)?|article continues below(?: this ad)?|this article is more than \d+ \w+ old|you may (?:also )?be interested in.*|advertise with us|contact us|get started(?: for free| today| now)?|start (?:your )?free trial|request a (?:free )?(?:quote|consultation|demo|call)|(?:book|schedule) a (?:free )?(?:demo|call|consultation)|call (?:me|us)(?: back| now| today)?|apply now|learn more|sign up(?: now| today| for free)?|subscribe(?: now| here| today)?|join (?:our|the) (?:[\p{L}]+ )?(?:newsletter|mailing list|community)|(?:sign up|subscribe) (?:for|to) (?:our|the|[\p{L}’']+) (?:[\p{L}]+ )?newsletters?(?: and .*)?|newsletters?)[.:!…]*$/iu;
/**
 * A cross-link the page sets inside an article: a label, then another story's linked title ("Read more: ...",
 * "See also: ...", "WATCH | ..."). The article's own sentence that happens to start so has few links.
 */
const CROSS_LINK_LABEL =
  /^(?:read more|read next|read also|also read|more|related(?: story| article| coverage| reading)?|see also|don[’']t miss|must read|recommended|watch|listen)\s*[:|–—-]\s*\S/i;
const MAX_CROSS_LINK_WORDS = 25;

function isCrossLink(block: TextBlock): boolean {
  return (
    block.words <= MAX_CROSS_LINK_WORDS && block.linkChars >= 0.5 * block.chars && CROSS_LINK_LABEL.test(block.text)
  );
}

/** Copyright lines close a page, never an article. */
const COPYRIGHT_LINE = /^(?:copyright\b|©|\(c\) \d{4})/i;
/** Affiliate and editorial notices that sites print on every article. */
const DISCLOSURE =
  /^(?:(?:advertiser |affiliate |editorial )?disclosure:|we may (?:earn|receive) (?:a )?(?:commission|compensation)|this (?:post|article|page|content) (?:may )?contains? affiliate links|as an amazon associate|(?:products|items) (?:are|were) (?:chosen|selected) independently|our editors independently|(?:if|when) you (?:buy|purchase|click) (?:something )?(?:through|via|from|on) (?:our |the )?links)/i;
const MAX_DISCLOSURE_WORDS = 60;
/**
 * The same notice worded freely, wherever it starts: "Every item was chosen by our editors. We may earn a
 * commission...", "Purchases made through our links earn us a small commission". Third parties' commissions
 * ("agents get a commission") are the article's subject, not a notice.
 */
const AFFILIATE_NOTICE =
  /\b(?:(?:we|i) (?:may |might |will |do )?(?:earn|receive|get|make) (?:a |an )?(?:small |\(?very\)? small )?(?:amount of )?(?:commission|compensation|affiliate (?:fee|commission))|earns? us (?:a )?(?:small )?commission|(?:may )?contains? affiliate links)/i;

/**
 * A sales or sign-up pitch: a short line that tells the reader to act now ("Start your free trial today",
 * "Sign up for our newsletter and never miss a story").
 */
const PROMO_LINE =
  /^(?:(?:get|start|try|begin|join|subscribe|sign up|apply|buy|shop|book|request|download|claim|unlock|order)\b.{0,80}\b(?:today|now|for free|free trial|\d+-day (?:free )?trial)\b|.{0,60}\b(?:sign up|subscribe)\b.{0,60}\b(?:newsletters?|mailing list|updates|inbox)\b)/i;
const MAX_PROMO_WORDS = 20;

/** Section labels that open what comes after an article: other stories, the author's bio, comments. */
const AFTER_ARTICLE =
  /^(?:related(?: (?:articles?|posts?|stories|content|reading|news|topics|guides|links|resources))?|(?:what to )?read (?:this )?next|up next|more (?:from|in|on|like this|stories|articles|news|to explore|to read|reading)\b.*|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|also (?:in the news|read)\b.*|recommended(?: for you| reading| articles| stories)?|(?:most )?popular(?: (?:posts|stories|articles|now))?|latest(?: (?:news|posts|stories|articles))?|trending(?: now| stories)?|further reading|keep reading|don'?t miss|editor'?s picks|all reads on this topic|recent (?:posts|articles|stories)|similar (?:posts|articles|stories)|other (?:articles|stories|posts)|about the authors?|latest posts by\b.*|(?:if you (?:liked|enjoyed)|enjoyed) this (?:post|article|story)\b.*|check out next|leave a (?:comment|reply)|\d* ?comments?|join the (?:discussion|conversation)|tags?|filed under)[.:!]?$/i;
/**
 * A share bar's label: sites set share bars between the article and its closing sections (an FAQ, a summary) as
 * often as after the whole of it, so it ends the article only once nearly all of the prose is behind it.
 */
const SHARE_LABEL = /^share this(?: article| post| story)?[.:!]?$/i;
const MIN_PROSE_SHARE_BEFORE_SHARE_BAR = 0.8;
/**
 * Labels of the same sections in freer wording: "Latest blogs", "More travel insights", "You'll also love…",
 * "Subscribe to our newsletter", "Written by Ann Lee".
 */
const AFTER_ARTICLE_WORDING =
  /^(?:(?:related|recent|latest|more|recommended|popular|similar|other|featured|trending)(?: [\p{L}’'-]+){0,2} (?:posts|blogs?|articles|stories|reads|insights|news|guides|videos|products|resources|episodes)(?: (?:you(?:’|')?ll|you (?:may|might|will)) (?:also )?(?:like|love|enjoy))?|(?:you(?:’|')?ll|you (?:may|might|will)) (?:also )?(?:like|love|enjoy)(?: these| this)?|(?:join|subscribe to|sign up (?:for|to)) (?:our|the)(?: [\p{L}’'-]+){0,2} (?:newsletters?|mailing list)|written by\b.*|meet (?:the|your) (?:author|writer|guide|expert))$/iu;

/**
 * A comment thread's heading, which names the article it is under and so runs as long as its headline: "2 thoughts
 * on “Bridge reopens”", "14 responses to …".
 */
const COMMENT_THREAD_LABEL = /^\d+ (?:thoughts|responses|replies|comments|reactions) (?:on|to)\b/i;
const QUOTED_AFTER_ON_OR_TO = /^\d+ \p{L}+ (?:on|to)\s+["“‘'«]/u;
/** Labels are short; a comment thread's runs to the article's headline. */
const MAX_LABEL_WORDS = 8;

/** A block's text as a label: emoji, bullets and trailing dots aside. */
function labelText(block: TextBlock): string {
  return block.text.replace(/^[^\p{L}\p{N}]+/u, "").replace(/[\s.:!…]+$/u, "");
}

/**
 * A comment thread's heading: however long the headline it quotes, and whatever its punctuation, not prose. Set in
 * a plain block it must quote that headline: "300 responses to the council's survey …" is a sentence.
 */
function opensCommentThread(block: TextBlock): boolean {
  if (block.kind === "item") return false;
  const label = labelText(block);
  return COMMENT_THREAD_LABEL.test(label) && (block.kind === "heading" || QUOTED_AFTER_ON_OR_TO.test(label));
}

/** Whether a block is a label that opens what follows an article. */
function endsArticle(block: TextBlock): boolean {
  if (opensCommentThread(block)) return true;
  const label = labelText(block);
  return block.words <= MAX_LABEL_WORDS && (AFTER_ARTICLE.test(label) || AFTER_ARTICLE_WORDING.test(label));
}

/** Blocks above the headline this long are article text (an intro set above the title), not a kicker. */
const MAX_KICKER_WORDS = 30;
/** Prose (characters) an article must have shown before a label may end it. */
const MIN_PROSE_BEFORE_END = 300;

/** Byline and dateline fragments shown above the first paragraph. */
const HEADER_LINE =
  /^(?:by(?:\s|$)|written by|posted (?:by|on)|published|updated|last updated|reviewed by|fact checked|\d+ min(?:ute)?s?\.? (?:to )?read|(?:estimated )?reading time)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? \d{4}\b|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/i;

/** Byline rows are this long at most, even with a job title: "By Ann Lee ⋅ Senior Editor ⋅ Updated May 6, 2025". */
const MAX_HEADER_LINE_WORDS = 20;
/** Prose blocks that may sit above a byline row (a standfirst) before the article proper starts. */
const MAX_PROSE_IN_HEADER = 1;
/** How a byline row opens, when punctuation makes it read like a sentence. */
const HEADER_ROW_START = /^(?:by|written by|posted (?:by|on)|published|updated|last updated|reviewed by)\s/i;
/** What a byline row has and an opening sentence ("By Monday, the council had…") has not: a year, time or separator. */
const HEADER_ROW_MARK = /[|⋅•·–—]|\b\d{4}\b|\b\d{1,2}:\d{2}\b/;

/** A byline or dateline: a short line that is not prose, or a row that opens like one and bears a date or separators. */
function isHeaderLine(block: TextBlock): boolean {
  if (block.words > MAX_HEADER_LINE_WORDS || !HEADER_LINE.test(block.text)) return false;
  if (block.words <= 12 && !isProse(block)) return true;
  return HEADER_ROW_START.test(block.text) && HEADER_ROW_MARK.test(block.text);
}

/**
 * Header badges a theme sets on lines of their own, whatever element it uses (page builders make them headings): a
 * byline label parted from its linked name ("Posted by", "Reviewed by"), a reading time whose number stands apart
 * ("min read", "5 Minutes"), a view or share count, a star rating. A bare "By" is left to HEADER_LINE: books and
 * works in an article's lists are "by" their authors.
 */
const HEADER_BADGE =
  /^(?:(?:posted|written|edited|reviewed|medically reviewed|fact[- ]?checked) by|last updated(?: on)?|(?:\d+\s*)?min(?:ute)?s?\.?(?: to)? read|\d+ min(?:ute)?s?|[\d.,]+\s*[km]?\s*(?:views|shares|reads|rating))$/i;

/** A photo credit set on its own line under the lead image: "Credit: Getty Images / Ann Lee", "Ann Lee via Getty Images". */
const CREDIT_LINE =
  /^(?:(?:photo|image|picture)s?\s*)?credits?\s*:\s*\S|(?:\bvia|\/)\s*(?:getty images|shutterstock|istock(?:photo)?|unsplash|adobe stock|alamy|reuters|afp|ap photo)$/i;
const MAX_CREDIT_LINE_WORDS = 12;

/**
 * The fallback text of an audio player or an old-browser banner set at the article's head ("Your browser does not
 * support the audio element"): never the article's own.
 */
const BROWSER_NOTICE =
  /\b(?:your|this) (?:web )?browser (?:does(?: not|n[’']t) support|is(?: not|n[’']t) (?:\w+ )?supported)\b/i;
const MAX_BROWSER_NOTICE_WORDS = 30;

/** What a theme sets between the headline and the article's first paragraphs besides the byline and date. */
function isHeaderClutter(block: TextBlock): boolean {
  if (HEADER_BADGE.test(labelText(block))) return true;
  if (block.words <= MAX_CREDIT_LINE_WORDS && CREDIT_LINE.test(block.text.trim())) return true;
  return block.words <= MAX_BROWSER_NOTICE_WORDS && BROWSER_NOTICE.test(block.text);
}

function wordsIn(blocks: readonly TextBlock[]): number {
  let words = 0;
  for (const block of blocks) words += block.words;
  return words;
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * Drop the headline, the byline/date lines above the first paragraph, and widget labels. A standfirst above the
 * byline stays: benchmarks' truths often leave it out, but it is the story's summary in the outlet's own words,
 * and a lede set above the byline looks just like it.
 */
function cleanBlocks(blocks: readonly TextBlock[], title: string | null): TextBlock[] {
  const titleText = title === null ? "" : titleKey(title);
  const kept: TextBlock[] = [];
  const seen = new Set<string>();
  let proseSeen = 0;
  const { end, inlineBoxes } = articleEnd(blocks);
  for (let index = articleStart(blocks, titleText); index < end; index++) {
    if (inlineBoxes.has(index)) continue;
    const block = blocks[index]!;
    // Responsive pages print the same table or paragraph twice, one copy for each screen size.
    if (block.chars >= MIN_DEDUPLICATED_CHARS) {
      if (seen.has(block.text)) continue;
      seen.add(block.text);
    }
    const short = block.words <= 12;
    if (short && WIDGET_LINE.test(block.text.trim())) continue;
    if (block.words <= 25 && COPYRIGHT_LINE.test(block.text)) continue;
    if (isCrossLink(block)) continue;
    if (block.words <= MAX_DISCLOSURE_WORDS && (DISCLOSURE.test(block.text) || AFFILIATE_NOTICE.test(block.text)))
      continue;
    if (block.words <= MAX_PROMO_WORDS && block.kind !== "item" && PROMO_LINE.test(block.text)) continue;
    // The headline comes again as a heading anywhere, or as a plain line before the article's first paragraph (a
    // post whose title is its opening sentence keeps that sentence).
    if (
      (block.kind === "heading" || (proseSeen === 0 && !isProse(block))) &&
      titleText !== "" &&
      titleKey(block.text) === titleText
    )
      continue;
    // A standfirst often sits above the byline: the header ends after the first paragraph below it.
    if (proseSeen <= MAX_PROSE_IN_HEADER && block.kind !== "heading" && isHeaderLine(block)) continue;
    if (proseSeen <= MAX_PROSE_IN_HEADER && isHeaderClutter(block)) continue;
    if (isProse(block)) proseSeen++;
    kept.push(block);
  }
  // A headline-sized heading left alone before the body is the title in another wording.
  while (kept.length > 0 && kept[0]!.kind === "heading" && kept[0]!.level === 1) kept.shift();
  return kept;
}

/**
 * Where the article starts: after the headline when the container holds it, since what sits above a headline
 * (breadcrumbs, kickers, category labels) is page furniture. A long paragraph above it is kept all the same.
 */
function articleStart(blocks: readonly TextBlock[], titleText: string): number {
  if (titleText === "") return 0;
  const headline = blocks.findIndex((block) => block.kind === "heading" && titleKey(block.text) === titleText);
  if (headline <= 0) return 0;
  for (let i = 0; i < headline; i++) if (blocks[i]!.words >= MAX_KICKER_WORDS && isProse(blocks[i]!)) return 0;
  return headline;
}

/** Link blocks a box of other stories set inside the article holds at most: "Related:" and a few titles. */
const MAX_INLINE_BOX_LINKS = 8;
/** Share of the body's prose that must follow such a box for the box to sit inside the article, not close it. */
const MIN_PROSE_SHARE_AFTER_INLINE_BOX = 0.1;

/**
 * Where a box of links opened by the label at `label` ends, when the article goes on after it: a few linked titles,
 * then a paragraph or an unlinked heading (over prose, a list, a table or a quote: the next section), with enough
 * prose behind it. -1 when the label opens what follows the article instead. A comment thread's heading ("3 thoughts
 * on …") resumes nothing: it is itself a label that ends the article.
 */
function inlineBoxEnd(blocks: readonly TextBlock[], label: number, proseFrom: Float64Array, total: number): number {
  let end = label + 1;
  while (
    end < blocks.length &&
    end - label <= MAX_INLINE_BOX_LINKS &&
    blocks[end]!.linkChars > 0.5 * blocks[end]!.chars
  )
    end++;
  const resumed = blocks[end];
  if (end === label + 1 || resumed === undefined) return -1;
  const articleResumes = isParagraph(resumed) || (resumed.kind === "heading" && resumed.linkChars === 0);
  return articleResumes && proseFrom[end]! >= MIN_PROSE_SHARE_AFTER_INLINE_BOX * total ? end : -1;
}

/**
 * Where the article stops: at a label that opens what follows an article ("Related stories", "About the author",
 * "Leave a reply") once most of the prose is behind it. Label text inside the article (a heading "Comments on the
 * draft") does not match, as the whole block must be the label. A label over a few links after which the article
 * goes on ("Related:", two titles, the next section) is a box set inside the article: the box goes, the article
 * stays.
 */
function articleEnd(blocks: readonly TextBlock[]): { end: number; inlineBoxes: Set<number> } {
  const inlineBoxes = new Set<number>();
  // proseFrom[i]: characters of prose from block i to the end.
  const proseFrom = new Float64Array(blocks.length + 1);
  for (let i = blocks.length - 1; i >= 0; i--)
    proseFrom[i] = proseFrom[i + 1]! + (isProse(blocks[i]!) ? blocks[i]!.chars : 0);
  const total = proseFrom[0]!;
  let before = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (isProse(block) && !opensCommentThread(block)) before += block.chars;
    else if (
      // A list item is a point of the article ("More guides for beginners"), not a section's label.
      block.kind !== "item" &&
      before >= MIN_PROSE_BEFORE_END &&
      before > total - before &&
      (endsArticle(block) ||
        (SHARE_LABEL.test(block.text.trim()) && before >= MIN_PROSE_SHARE_BEFORE_SHARE_BAR * total))
    ) {
      const boxEnd = inlineBoxEnd(blocks, i, proseFrom, total);
      if (boxEnd === -1) return { end: i, inlineBoxes };
      for (let k = i; k < boxEnd; k++) inlineBoxes.add(k);
      i = boxEnd - 1;
    }
  }
  return { end: blocks.length, inlineBoxes };
}

function paragraphsOfArticleBody(articleBody: string): string {
  return articleBody
    .replace(/<[^>]*>/g, " ")
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((paragraph) => paragraph.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}

/** Share of the text's words (up to a sample) that occur anywhere in the page's visible text. */
function pageSupport(text: string, blocks: readonly TextBlock[]): number {
  const pageWords = new Set<string>();
  for (const block of blocks)
    for (const word of block.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) pageWords.add(word);
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 2000);
  if (words.length === 0) return 0;
  let found = 0;
  for (const word of words) if (pageWords.has(word)) found++;
  return found / words.length;
}

function clamp(value: number): number {
  return Math.max(0, Math.min(1, Math.round(value * 100) / 100));
}

/** The DOM scorer's body; when believing class names leaves too little of one, the body found without them. */
function scoredBody(input: BodyInput): { scored: ScoredBody; blocks: TextBlock[] } {
  const scored = scoreBody(input.parsed, input.blocks);
  const blocks = cleanBlocks(scored.blocks, input.title);
  if (wordsIn(blocks) >= MIN_BODY_WORDS) return { scored, blocks };
  const lenient = scoreBody(input.parsed, input.blocks, { trustClassNames: false });
  const lenientBlocks = cleanBlocks(lenient.blocks, input.title);
  return wordsIn(lenientBlocks) >= MIN_BODY_WORDS ? { scored: lenient, blocks: lenientBlocks } : { scored, blocks };
}

/** The body without the headings that close it: the sections they title were left out as the page's. */
function dropTrailingHeadings(blocks: readonly TextBlock[]): TextBlock[] {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1]!.kind === "heading") end--;
  return blocks.slice(0, end);
}

export function chooseBody(input: BodyInput): ChosenBody {
  const { scored, blocks: scoredBlocks } = scoredBody(input);
  // The author's bio or a product pitch boxed after the article passes every shape test; its words give it away.
  // A pitch boxed beside the running text gives itself away by its build, the site's notes under it by their wording.
  // A closing list of links shares its words with the story by design ("more on this"): it goes by its build first.
  const domBlocks = dropTrailingHeadings(
    dropClosingNotes(
      dropPitchBoxes(trimOffTopicTail(dropClosingLinkList(scoredBlocks), input.title, scored.container)),
    ),
  );
  const domText = renderBlocks(domBlocks);
  const domWords = wordsIn(domBlocks);
  const domStart = domBlocks.length > 0 ? input.blocks.indexOf(domBlocks[0]!) : -1;

  if (input.articleBody !== null) {
    const articleText = paragraphsOfArticleBody(input.articleBody);
    const articleWords = countWords(articleText);
    const supported =
      articleWords >= MIN_BODY_WORDS && pageSupport(articleText, input.blocks) >= MIN_ARTICLE_BODY_SUPPORT;
    if (supported && domWords < 0.7 * articleWords) {
      return { text: articleText, start: domStart, method: "json-ld", confidence: 0.85 };
    }
  }

  if (domWords >= MIN_BODY_WORDS) {
    const coverage = Math.min(1, scored.proseCoverage);
    const length = Math.min(1, domWords / 250);
    const confidence = clamp(0.3 + 0.4 * coverage + 0.3 * length);
    return { text: domText, start: domStart, method: "dom-scorer", confidence };
  }

  const proseBlocks = cleanBlocks(
    input.blocks.filter((block) => isProse(block) && !scored.furniture[block.owner.index]),
    input.title,
  );
  const proseText = renderBlocks(proseBlocks);
  const proseWords = wordsIn(proseBlocks);
  if (proseWords > domWords && proseWords >= MIN_BODY_WORDS / 2) {
    const confidence = clamp(0.2 + 0.2 * Math.min(1, proseWords / 250));
    return { text: proseText, start: input.blocks.indexOf(proseBlocks[0]!), method: "text-blocks", confidence };
  }
  if (domWords > 0) {
    return { text: domText, start: domStart, method: "dom-scorer", confidence: clamp(0.1 + domWords / 400) };
  }
  if (input.description !== null && input.description.trim() !== "") {
    const text = input.description.replace(/\s+/g, " ").trim();
    return { text, start: -1, method: "meta-description", confidence: 0.1 };
  }
  return { text: "", start: -1, method: "none", confidence: 0 };
}
