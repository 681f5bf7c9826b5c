// Finds the article body in a page tree: the subtree richest in prose net of links and furniture, then its clean blocks.
import type { CueStrength } from "./element-hints.js";
import { contentCue, cueStrength, furnitureCue, isHidden, namesArticle } from "./element-hints.js";
import { type HtmlElement, type ParsedHtml, sumOverSubtrees } from "./html-tree.js";
import { signupBoxes } from "./signup-boxes.js";
import { teaserCards } from "./teaser-cards.js";
import type { TextBlock } from "./text-blocks.js";

export interface ScoredBody {
  /** The chosen container, null when the page has no prose at all. */
  container: HtmlElement | null;
  /** Blocks of the container kept as article text, in reading order. */
  blocks: TextBlock[];
  /** Share of the page's prose that the kept blocks hold (0..1). */
  proseCoverage: number;
  /** Characters of prose on the whole page. */
  pageProse: number;
  /** Per element index: why it is page furniture, or null. */
  furniture: readonly (string | null)[];
}

/**
 * A container named like furniture keeps its text anyway when it holds this share of the page's prose: a wrapper
 * of the whole page ("content-with-sidebar") for strong cues, for weak ones even a large part of it.
 */
const SAFETY_SHARE: Record<CueStrength, number> = { certain: 0.85, hidden: 0.7, firm: 0.5, weak: 0.4 };
/** An element naming itself the article is taken at its word when it holds this share of the page's prose. */
const ANCHOR_SHARE = 0.3;
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** Value per character of lists, tables, code and headings: article matter more often than not, less than prose. */
const STRUCTURED_VALUE = 0.25;
/** Link blocks this short are menu entries; longer ones are linked titles, which cost a container less. */
const SHORT_LINK_WORDS = 4;
const LONG_LINK_COST = 0.3;
/**
 * Words a linked list's entries average at most when it is a menu ("Home", "About us"). Set between the article's
 * paragraphs, a list of names a few words long (the shops, the sources) is the article's own.
 */
const MENU_ENTRY_WORDS = 2;
/** Most one list's (or table's) links and labels may cost the container holding it, in characters of prose. */
const MAX_LIST_COST = 300;
/** Cost per character of short paragraphs without punctuation: labels, buttons, captions. */
const SHORT_PARAGRAPH_COST = 0.1;
/** Blocks with more of their text in links than this are navigation. */
const MAX_LINK_DENSITY = 0.5;
/**
 * A child holding this share of its container's value is where the article runs; what follows that child inside
 * the container (a sign-up box, the author's bio, a rail of other stories) belongs to the page.
 */
const MAIN_CHILD_SHARE = 0.8;

/** Mostly links: navigation, unless it is a list item long enough to be a linked reference in the article. */
function isNavigation(block: TextBlock): boolean {
  // Menus are never set in <pre>: a code listing whose names link to their docs is the article's own.
  if (block.kind === "preformatted" || block.linkChars <= block.chars * MAX_LINK_DENSITY) return false;
  return !(block.kind === "item" && block.words > SHORT_LINK_WORDS + 2);
}

/** A block reads like prose: a few words with punctuation, mostly not links. */
export function isProse(block: TextBlock): boolean {
  return block.words >= 8 && block.punctuation >= 1 && block.linkChars < block.chars * 0.33;
}

/** A paragraph of prose, as opposed to a prose-like list item, cell or heading. */
export function isParagraph(block: TextBlock | undefined): boolean {
  return block?.kind === "paragraph" && isProse(block);
}

/**
 * Per block: 1 when it belongs to a list whose nearest blocks before and after are prose paragraphs. A list
 * of links there (sources, changes, sponsors named in the text) belongs to the article; menus and rails of
 * other stories sit beside the prose, not inside it. A subheading may sit between the prose and the list, a
 * short line ending in a colon may stand for the prose before it, and the next section's unlinked heading for the
 * prose after it (a section often closes on its list).
 */
function itemsAmidProse(blocks: readonly TextBlock[]): Uint8Array {
  const marks = new Uint8Array(blocks.length);
  // "Many patches were sent for review:" announces the list even when too short to count as prose.
  const introducesList = (block: TextBlock | undefined) =>
    isParagraph(block) || (block?.kind === "paragraph" && block.linkChars === 0 && /:\s*$/.test(block.text));
  let i = 0;
  while (i < blocks.length) {
    // Items often wrap their text in paragraphs (<li><p>): any block of a list counts, table cells do not.
    const { group, row } = blocks[i]!;
    if (group === -1 || row !== -1) {
      i++;
      continue;
    }
    let end = i;
    let words = blocks[i]!.words;
    while (end + 1 < blocks.length && blocks[end + 1]!.group === group) words += blocks[++end]!.words;
    const before = blocks[i - 1]?.kind === "heading" ? i - 2 : i - 1;
    // Entries as short as menu entries make a menu, wherever it sits.
    const titled = words > MENU_ENTRY_WORDS * (end - i + 1);
    const after = blocks[end + 1];
    const closesSection = isParagraph(after) || (after?.kind === "heading" && after.linkChars === 0);
    if (titled && introducesList(blocks[before]) && closesSection) marks.fill(1, i, end + 1);
    i = end + 1;
  }
  return marks;
}

/**
 * Per block: 1 for a linked heading that opens a section of prose (a listicle's entry titled with a link to what it
 * reviews, however short its text). Linked titles with no prose under them are a menu or a rail; a rail's cards with
 * an excerpt are told apart by their build or by their one-line excerpts (see teaserCards).
 */
function linkedSectionHeadings(blocks: readonly TextBlock[]): Uint8Array {
  const marks = new Uint8Array(blocks.length);
  let sectionProse = 0;
  // Walk backwards so that each heading sees the prose between it and the next heading.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.kind !== "heading") {
      if (isProse(block)) sectionProse += block.chars;
      continue;
    }
    if (block.group === -1 && sectionProse > 0) marks[i] = 1;
    sectionProse = 0;
  }
  return marks;
}

/**
 * Per block: 1 for an item of a list whose text is mostly not links: a packing list or a list of steps that links
 * a few of its items to shops or guides. A menu is links through and through.
 */
function itemsOfPlainLists(blocks: readonly TextBlock[]): Uint8Array {
  const chars = new Map<number, number>();
  const linkChars = new Map<number, number>();
  for (const block of blocks) {
    if (block.group === -1 || block.row !== -1) continue;
    chars.set(block.group, (chars.get(block.group) ?? 0) + block.chars);
    linkChars.set(block.group, (linkChars.get(block.group) ?? 0) + block.linkChars);
  }
  const marks = new Uint8Array(blocks.length);
  blocks.forEach((block, i) => {
    if (block.group === -1 || block.row !== -1) return;
    if ((linkChars.get(block.group) ?? 0) <= MAX_LINK_DENSITY * (chars.get(block.group) ?? 0)) marks[i] = 1;
  });
  return marks;
}

/** A sentence's close: a full stop, question or exclamation mark or colon, maybe inside quotes or brackets. */
const SENTENCE_END = /[.!?:][\s"”’')\]]*$/u;
/** Words a linked sentence needs: "Learn more." is a button's label, "Read our full review of the X." a sentence. */
const MIN_LINKED_SENTENCE_WORDS = 4;

/** Prose paragraphs the parent of a linked sentence must hold for it to be a passage rather than a card. */
const MIN_PASSAGE_PARAGRAPHS = 3;

/**
 * Per block: 1 for a paragraph that is one linked sentence set between the article's paragraphs ("Here is how we
 * report for our clients.", "You can read our full review of the X."). A menu entry or a linked title ends
 * without a full stop; a card's call to action ("Learn how to ...") follows a one-paragraph blurb.
 */
function linkedSentencesAmidProse(blocks: readonly TextBlock[]): Uint8Array {
  const marks = new Uint8Array(blocks.length);
  const paragraphsUnder = new Map<HtmlElement, number>();
  for (const block of blocks) {
    const parent = block.owner.parent;
    if (parent !== null && isParagraph(block)) paragraphsUnder.set(parent, (paragraphsUnder.get(parent) ?? 0) + 1);
  }
  blocks.forEach((block, i) => {
    if (block.kind !== "paragraph" || block.group !== -1 || block.words < MIN_LINKED_SENTENCE_WORDS) return;
    if (block.linkChars <= MAX_LINK_DENSITY * block.chars || !SENTENCE_END.test(block.text)) return;
    const parent = block.owner.parent;
    if (parent === null || (paragraphsUnder.get(parent) ?? 0) < MIN_PASSAGE_PARAGRAPHS) return;
    if (isParagraph(blocks[i - 1]) || isParagraph(blocks[i + 1])) marks[i] = 1;
  });
  return marks;
}

/**
 * Per block: 1 when its links are the article's own (see itemsAmidProse, linkedSectionHeadings, itemsOfPlainLists,
 * linkedSentencesAmidProse).
 */
function articleLinkBlocks(blocks: readonly TextBlock[]): Uint8Array {
  const marks = itemsAmidProse(blocks);
  const headings = linkedSectionHeadings(blocks);
  const plain = itemsOfPlainLists(blocks);
  const sentences = linkedSentencesAmidProse(blocks);
  for (let i = 0; i < marks.length; i++) marks[i]! |= headings[i]! | plain[i]! | sentences[i]!;
  return marks;
}

function blockValue(block: TextBlock, ownLinks: boolean): number {
  const linkDensity = block.linkChars / block.chars;
  // The article's own list of links neither lifts nor sinks the container holding it.
  if (linkDensity > MAX_LINK_DENSITY && ownLinks) return 0;
  if (linkDensity > MAX_LINK_DENSITY)
    return block.words <= SHORT_LINK_WORDS ? -block.chars : -LONG_LINK_COST * block.chars;
  if (isProse(block)) return block.chars * (1 - linkDensity);
  if (block.kind !== "paragraph") return STRUCTURED_VALUE * block.chars * (1 - linkDensity);
  return -SHORT_PARAGRAPH_COST * block.chars;
}

/**
 * Per element: why its subtree is furniture, or null. A parent's verdict covers its children. Class-name cues
 * are weighed per page: a word that names containers holding much of the page's prose (page builders call every
 * block a "widget") says nothing on that page, and neither does a cue on one container that holds most of it.
 */
export function furnitureMarks(
  parsed: ParsedHtml,
  proseChars: Float64Array,
  ends: Int32Array,
  builtAs: readonly (string | null)[],
  trustClassNames: boolean,
): (string | null)[] {
  const { elements } = parsed;
  const pageProse = proseChars[0] ?? 0;
  // Hidden subtrees are weighed too: streaming renderers park the whole article in a hidden node until scripts run.
  const cues: (string | null)[] = elements.map((element) => {
    if (element.tag === "#root" || element.tag === "html" || element.tag === "body") return null;
    if (isHidden(element)) return "hidden";
    if (element.tag === "article" || element.tag === "main") return null;
    const cue = furnitureCue(element);
    if (cue !== null && !trustClassNames && isClassCue(cue)) return null;
    // "section-header" on a heading names the heading itself, not a page header.
    return cue !== null && HEADINGS.has(element.tag) && cueStrength(cue) === "weak" ? null : cue;
  });
  const cueProse = new Map<string, number>();
  const openUntil = new Map<string, number>();
  for (let i = 0; i < elements.length; i++) {
    const cue = cues[i];
    if (!cue) continue;
    // Only the outermost element of a run of nested ones with the same cue counts.
    if (i <= (openUntil.get(cue) ?? -1)) continue;
    openUntil.set(cue, ends[i]!);
    cueProse.set(cue, (cueProse.get(cue) ?? 0) + (proseChars[i] ?? 0));
  }
  const wrapsArticle = articleWrappers(elements, cues, proseChars);
  const marks: (string | null)[] = new Array(elements.length).fill(null);
  for (const element of elements) {
    const inherited = element.parent === null ? null : marks[element.parent.index];
    if (inherited) {
      marks[element.index] = inherited;
      continue;
    }
    const built = builtAs[element.index];
    if (built) {
      marks[element.index] = built;
      continue;
    }
    const cue = cues[element.index];
    if (!cue) continue;
    const prose = proseChars[element.index] ?? 0;
    const strength = cueStrength(cue);
    const share = SAFETY_SHARE[strength] * pageProse;
    const keep =
      prose >= share ||
      ((strength === "weak" || strength === "hidden") && (cueProse.get(cue) ?? 0) >= share) ||
      (cue.startsWith("class:") && wrapsArticle[element.index] === 1);
    if (!keep) marks[element.index] = cue;
  }
  return marks;
}

/** A cue read from a class or id name, other than a comment section's (which stays believed). */
function isClassCue(cue: string): boolean {
  return (cue.startsWith("class:") || cue.startsWith("weak-class:")) && cueStrength(cue) !== "certain";
}

/**
 * Elements that hold the article's anchor: the first <h1>, or a body-sized element that calls itself the article
 * (<main>, <article>, itemprop=articleBody, "entry-content"...). A layout wrapper named "has-sidebar" holds one;
 * a real sidebar or comment list does not.
 */
function articleWrappers(
  elements: readonly HtmlElement[],
  cues: readonly (string | null)[],
  proseChars: Float64Array,
): Uint8Array {
  const pageProse = proseChars[0] ?? 0;
  const wraps = new Uint8Array(elements.length);
  let seenHeading = false;
  for (const element of elements) {
    const i = element.index;
    if (element.tag === "h1" && !seenHeading) {
      seenHeading = true;
      wraps[i] = 1;
    } else if ((proseChars[i] ?? 0) >= ANCHOR_SHARE * pageProse && pageProse > 0 && !cues[i] && namesArticle(element)) {
      wraps[i] = 1;
    }
  }
  for (let i = elements.length - 1; i > 0; i--) {
    const parent = elements[i]!.parent;
    if (parent !== null && wraps[i] === 1) wraps[parent.index] = 1;
  }
  return wraps;
}

/**
 * Per element: the widget its build shows it to be ("teaser-card", "signup-box"), whatever its names say, or null.
 */
function widgetShapes(elements: readonly HtmlElement[], blocks: readonly TextBlock[]): (string | null)[] {
  const teasers = teaserCards(elements, blocks);
  const signups = signupBoxes(elements, blocks);
  return elements.map((element) =>
    teasers[element.index] === 1 ? "teaser-card" : signups[element.index] === 1 ? "signup-box" : null,
  );
}

/** Per element: 1 when its subtree holds a text field (input or textarea). */
function formFields(elements: readonly HtmlElement[]): Uint8Array {
  const fields = new Uint8Array(elements.length);
  for (let i = elements.length - 1; i > 0; i--) {
    const element = elements[i]!;
    const typed = element.tag === "textarea" || (element.tag === "input" && isTextEntry(element.attrs.type));
    if (typed) fields[i] = 1;
    if (fields[i] === 1 && element.parent !== null) fields[element.parent.index] = 1;
  }
  return fields;
}

/** Input types a reader types into; hidden fields, checkboxes and buttons do not make a form a reader fills in. */
function isTextEntry(type: string | undefined): boolean {
  return type === undefined || /^(?:text|email|search|tel|url)$/i.test(type);
}

/** Last document-order index inside each element's subtree. */
function subtreeEnds(elements: readonly HtmlElement[]): Int32Array {
  const ends = new Int32Array(elements.length);
  for (let i = 0; i < elements.length; i++) ends[i] = i;
  for (let i = elements.length - 1; i > 0; i--) {
    const parent = elements[i]!.parent;
    if (parent !== null && ends[i]! > ends[parent.index]!) ends[parent.index] = ends[i]!;
  }
  return ends;
}

/** Per-element figures the end of the article run is read from: subtree sums, furniture marks, form fields. */
interface SubtreeFigures {
  values: Float64Array;
  proseChars: Float64Array;
  chars: Float64Array;
  linkChars: Float64Array;
  ends: Int32Array;
  marks: readonly (string | null)[];
  /** 1 where the subtree holds a field to type in: a sign-up or comment form, after which the page's part begins. */
  fields: Uint8Array;
}

/**
 * A sibling after the article's main child that reads as more of the article (an FAQ, a closing section kept in
 * its own wrapper): nearly all of its text is prose, almost none of it linked, and there is enough of it to be a
 * section rather than a bio line or a sign-up pitch.
 */
const MIN_CONTINUATION_PROSE = 800;
const MIN_CONTINUATION_PROSE_SHARE = 0.7;
const MAX_CONTINUATION_LINK_SHARE = 0.1;

/** A short block between the article's sections (a call to action, an image credit) does not end the run. */
const MAX_STEPPED_OVER_CHARS = 200;

function continuesArticle(element: HtmlElement, figures: SubtreeFigures): boolean {
  const i = element.index;
  const chars = figures.chars[i] ?? 0;
  const prose = figures.proseChars[i] ?? 0;
  return (
    prose >= MIN_CONTINUATION_PROSE &&
    prose >= MIN_CONTINUATION_PROSE_SHARE * chars &&
    (figures.linkChars[i] ?? 0) <= MAX_CONTINUATION_LINK_SHARE * chars
  );
}

/**
 * Where the article ends inside the chosen container: descend while one child holds most of the value, and stop
 * at the end of the deepest such child. What comes before it stays, as headers and ledes often sit in siblings.
 * Siblings right after a child on that path extend the run while they read as more of the article; furniture and
 * empty wrappers between them are stepped over.
 */
function articleRunEnd(container: HtmlElement, figures: SubtreeFigures): number {
  const { values, marks, ends } = figures;
  const path: HtmlElement[] = [container];
  let node = container;
  for (;;) {
    let top: HtmlElement | null = null;
    for (const child of node.children) {
      if (typeof child === "string" || marks[child.index]) continue;
      if (top === null || (values[child.index] ?? 0) > (values[top.index] ?? 0)) top = child;
    }
    if (top === null || (values[top.index] ?? 0) < MAIN_CHILD_SHARE * (values[node.index] ?? 0)) break;
    node = top;
    path.push(node);
  }
  let end = ends[node.index]!;
  for (let depth = path.length - 1; depth > 0; depth--) {
    const child = path[depth]!;
    const siblings = path[depth - 1]!.children;
    for (let k = siblings.indexOf(child) + 1; k < siblings.length; k++) {
      const sibling = siblings[k]!;
      if (typeof sibling === "string") continue;
      if (figures.fields[sibling.index] === 1) return end;
      if (marks[sibling.index] || (figures.chars[sibling.index] ?? 0) === 0) continue;
      if (continuesArticle(sibling, figures)) end = ends[sibling.index]!;
      else if ((figures.chars[sibling.index] ?? 0) > MAX_STEPPED_OVER_CHARS) return end;
    }
  }
  return end;
}

export interface ScoreOptions {
  /**
   * False: class and id names are not taken as furniture. For pages whose article sits in a block its theme
   * happens to call "sidebar" or "nav", where believing the names leaves no article.
   */
  trustClassNames: boolean;
}

/** Choose the body container by net prose value and keep its blocks that read as article text. */
export function scoreBody(
  parsed: ParsedHtml,
  blocks: readonly TextBlock[],
  { trustClassNames }: ScoreOptions = { trustClassNames: true },
): ScoredBody {
  const { elements } = parsed;
  const proseChars = new Float64Array(elements.length);
  const chars = new Float64Array(elements.length);
  const linkChars = new Float64Array(elements.length);
  for (const block of blocks) {
    if (isProse(block)) proseChars[block.owner.index]! += block.chars;
    chars[block.owner.index]! += block.chars;
    linkChars[block.owner.index]! += block.linkChars;
  }
  sumOverSubtrees(elements, proseChars);
  sumOverSubtrees(elements, chars);
  sumOverSubtrees(elements, linkChars);
  const pageProse = proseChars[0] ?? 0;
  const ends = subtreeEnds(elements);
  const marks = furnitureMarks(parsed, proseChars, ends, widgetShapes(elements, blocks), trustClassNames);

  const ownLinks = articleLinkBlocks(blocks);
  const values = new Float64Array(elements.length);
  const listCost = new Map<number, number>();
  blocks.forEach((block, i) => {
    // Furniture is left out of the text anyway, so it neither helps nor hurts the container holding it.
    if (marks[block.owner.index]) return;
    let value = blockValue(block, ownLinks[i] === 1);
    if (value < 0 && block.group !== -1) {
      // One list is one piece of furniture: a directory of a hundred links costs no more than a short menu does.
      const spent = listCost.get(block.group) ?? 0;
      value = Math.max(value, -(MAX_LIST_COST - spent));
      listCost.set(block.group, spent - value);
    }
    values[block.owner.index]! += value;
  });
  sumOverSubtrees(elements, values);

  let best = -1;
  let bestValue = 0;
  for (let i = 0; i < elements.length; i++) {
    if (marks[i]) continue;
    // A named article body wins ties and near ties against its wrappers.
    const value = (values[i] ?? 0) * (1 + 0.05 * contentCue(elements[i]!));
    if (value > 0 && value >= bestValue) {
      best = i;
      bestValue = value;
    }
  }
  if (best === -1) return { container: null, blocks: [], proseCoverage: 0, pageProse, furniture: marks };

  const fields = formFields(elements);
  const end = articleRunEnd(elements[best]!, { values, proseChars, chars, linkChars, ends, marks, fields });
  const kept: TextBlock[] = [];
  let keptProse = 0;
  blocks.forEach((block, i) => {
    const index = block.owner.index;
    if (index < best || index > end || marks[index]) return;
    if (isNavigation(block) && ownLinks[i] !== 1) return;
    kept.push(block);
    if (isProse(block)) keptProse += block.chars;
  });
  return {
    container: elements[best] ?? null,
    blocks: kept,
    proseCoverage: pageProse > 0 ? keptProse / pageProse : 0,
    pageProse,
    furniture: marks,
  };
}
