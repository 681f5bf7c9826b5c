// Marks the page's furniture (navigation, rails, comments, widgets) per element, weighing class-name cues per page.
import type { CueStrength } from "./element-hints.js";
import { cueStrength, furnitureCue, isHidden, namesArticle } from "./element-hints.js";
import type { HtmlElement, ParsedHtml } from "./html-tree.js";

/**
 * A container named like furniture keeps its text anyway when it holds this share of the page's prose: a wrapper
 * of the whole page ("content-with-sidebar") for strong cues, for weak ones even a large part of it.
 */
const SAFETY_SHARE: Record<CueStrength, number> = { certain: 0.85, hidden: 0.7, firm: 0.5, weak: 0.4 };

/** An element naming itself the article is taken at its word when it holds this share of the page's prose. */
const ANCHOR_SHARE = 0.3;

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

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
