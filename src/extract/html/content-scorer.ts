// Finds the article body in a page tree: the subtree richest in prose net of links and furniture, then its clean blocks.
import { articleLinkBlocks } from "./article-links.js";
import { articleRunEnd, formFields } from "./article-run.js";
import { isProse, MAX_LINK_DENSITY } from "./block-shapes.js";
import { contentCue } from "./element-hints.js";
import { furnitureMarks } from "./furniture-marks.js";
import { type HtmlElement, type ParsedHtml, subtreeEnds, sumOverSubtrees } from "./html-tree.js";
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

/** Value per character of lists, tables, code and headings: article matter more often than not, less than prose. */
const STRUCTURED_VALUE = 0.25;
/** Link blocks this short are menu entries; longer ones are linked titles, which cost a container less. */
const SHORT_LINK_WORDS = 4;
const LONG_LINK_COST = 0.3;
/** Most one list's (or table's) links and labels may cost the container holding it, in characters of prose. */
const MAX_LIST_COST = 300;
/** Cost per character of short paragraphs without punctuation: labels, buttons, captions. */
const SHORT_PARAGRAPH_COST = 0.1;

/** Mostly links: navigation, unless it is a list item long enough to be a linked reference in the article. */
function isNavigation(block: TextBlock): boolean {
  // Menus are never set in <pre>: a code listing whose names link to their docs is the article's own.
  if (block.kind === "preformatted" || block.linkChars <= block.chars * MAX_LINK_DENSITY) return false;
  return !(block.kind === "item" && block.words > SHORT_LINK_WORDS + 2);
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
 * Per element: the widget its build shows it to be ("teaser-card", "signup-box"), whatever its names say, or null.
 */
function widgetShapes(elements: readonly HtmlElement[], blocks: readonly TextBlock[]): (string | null)[] {
  const teasers = teaserCards(elements, blocks);
  const signups = signupBoxes(elements, blocks);
  return elements.map((element) =>
    teasers[element.index] === 1 ? "teaser-card" : signups[element.index] === 1 ? "signup-box" : null,
  );
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
    // Prose counts where its text sits, so an inline wrapper of a post's paragraphs is seen to hold them.
    if (isProse(block)) proseChars[block.holder.index]! += block.chars;
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
