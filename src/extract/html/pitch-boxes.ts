// Drops pitch boxes set inside an article: a small box of its own, beside the running text, that tells the reader
// to act ("Start your free trial", "Sign up for our newsletter") and is built to take the click (a button, a form,
// a titled card with a link). The same words in the running text are the article's, and stay.
import { isProse } from "./block-shapes.js";
import type { HtmlElement } from "./html-tree.js";
import type { TextBlock } from "./text-blocks.js";

/** Words a box may hold and still be a pitch: more is a section of the article that happens to end on one. */
const MAX_PITCH_WORDS = 80;
/** Paragraphs the running text's parent must hold before anything is judged as set beside it. */
const MIN_FLOW_PARAGRAPHS = 3;

/** What only a pitch asks, wherever it says it: a trial, a demo, a quote, a newsletter. */
const PITCH_PHRASE =
  /\b(?:free trial|(?:book|schedule|request|get|claim) (?:a|your) (?:free |personali[sz]ed |custom )?(?:demo|quote|consultation|estimate|trial)|sign(?:ing)? up|subscribe|newsletters?|mailing list)\b/iu;
/**
 * What a pitch tells the reader to do, as the imperative that opens a sentence ("Get started with...", "Download our
 * guide"): the same words inside a sentence ("what you need to get started") are the article's.
 */
const IMPERATIVE_CALL =
  /(?:^|[.!?:]\s+)(?:get started|start (?:your|a|now|today)|contact (?:us|our)|get in touch|call (?:us|now|today)|talk to (?:us|our|an?)|download|join|try|enroll|register|shop|buy|order|claim|unlock|book)\b/iu;

/** The element whose children carry the running text: the parent of the most prose paragraphs. */
function flowParent(blocks: readonly TextBlock[]): HtmlElement | null {
  const counts = new Map<HtmlElement, number>();
  let best: HtmlElement | null = null;
  let bestCount = 0;
  for (const block of blocks) {
    const parent = block.owner.parent;
    if (parent === null || block.kind !== "paragraph" || !isProse(block)) continue;
    const count = (counts.get(parent) ?? 0) + 1;
    counts.set(parent, count);
    if (count > bestCount) {
      best = parent;
      bestCount = count;
    }
  }
  return bestCount >= MIN_FLOW_PARAGRAPHS ? best : null;
}

/**
 * The box a block sits in, set beside the running text: the highest ancestor that does not hold the running text
 * itself, when it is a container. A paragraph of the running text is in no box; nor is a list or table, which the
 * text uses itself.
 */
function boxOf(block: TextBlock, flowAncestors: ReadonlySet<HtmlElement>): HtmlElement | null {
  let node = block.owner;
  while (node.parent !== null && !flowAncestors.has(node.parent)) node = node.parent;
  if (node.parent === null) return null;
  return /^(?:div|section|aside|figure|form|center)$/.test(node.tag) ? node : null;
}

/** What a box is built from: its buttons (or links dressed as buttons), other links, and headings. */
interface BoxParts {
  buttons: number;
  links: number;
  headings: number;
}

/** Class names of a link styled as a button ("btn-primary", "wp-block-button__link", "cta"). */
const BUTTON_CLASS = /(?:^|[\s_-])(?:btn|button|cta)(?:$|[\s_-])/i;

function boxParts(element: HtmlElement, parts: BoxParts = { buttons: 0, links: 0, headings: 0 }): BoxParts {
  for (const child of element.children) {
    if (typeof child === "string") continue;
    const tag = child.tag;
    if (tag === "button" || tag === "input" || tag === "textarea" || child.attrs.role === "button") parts.buttons++;
    else if (tag === "a" && child.attrs.href !== undefined) {
      if (BUTTON_CLASS.test(child.attrs.class ?? "")) parts.buttons++;
      else parts.links++;
    } else if (/^h[1-6]$/.test(tag)) parts.headings++;
    boxParts(child, parts);
  }
  return parts;
}

/**
 * Whether a box is built as a widget that asks the reader to act: it has a button or a field, or it is a titled
 * card (one heading) with a link to follow. A section of the article in a wrapper of its own has neither.
 */
function builtAsPitch(element: HtmlElement): boolean {
  const parts = boxParts(element);
  return parts.buttons > 0 || (parts.headings === 1 && parts.links > 0);
}

/** The blocks without the pitch boxes set beside the article's running text. */
export function dropPitchBoxes(blocks: readonly TextBlock[]): TextBlock[] {
  const flow = flowParent(blocks);
  if (flow === null) return [...blocks];
  const flowAncestors = new Set<HtmlElement>();
  for (let node: HtmlElement | null = flow; node !== null; node = node.parent) flowAncestors.add(node);
  const boxes = new Map<HtmlElement, TextBlock[]>();
  const boxOfBlock = blocks.map((block) => {
    const box = boxOf(block, flowAncestors);
    if (box === null) return null;
    const members = boxes.get(box);
    if (members) members.push(block);
    else boxes.set(box, [block]);
    return box;
  });
  const pitches = new Set<HtmlElement>();
  for (const [box, members] of boxes) {
    let words = 0;
    for (const member of members) words += member.words;
    if (words > MAX_PITCH_WORDS) continue;
    if (!members.some((member) => PITCH_PHRASE.test(member.text) || IMPERATIVE_CALL.test(member.text))) continue;
    if (!builtAsPitch(box)) continue;
    pitches.add(box);
  }
  return blocks.filter((_, i) => {
    const box = boxOfBlock[i];
    return box === null || box === undefined || !pitches.has(box);
  });
}
