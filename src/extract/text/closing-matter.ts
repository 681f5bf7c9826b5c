// Trims what trails an article's last paragraph: the author's card, the closing pitch and the widgets' labels.
import { opensAuthorCard, readsLikeAuthorBio } from "./author-bio.js";
import type { LineFeatures } from "./line-features.js";

/** A pitch that closes a post: sign up, try the product, book a demo, get in touch. */
const CLOSING_PITCH =
  /\b(?:sign up (?:for (?:our|a free|free)|now|today|here)|subscribe (?:now|today|to our)|join (?:our|the) (?:newsletter|mailing list|community|waitlist)|start (?:your|a) free|free (?:trial|demo|consultation|quote)|book (?:a|your) (?:free )?(?:demo|call|consultation)|request (?:a demo|more information)|try \p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:for|free|today)|download (?:our|the) app|contact us today|see for yourself|feel free to share)\b/iu;
/** The closing matter is a few lines; more than this share of the body is the article itself. */
const MAX_CLOSING_SHARE = 0.3;
const MAX_PITCH_WORDS = 50;

function isClosingMatter(line: LineFeatures): boolean {
  if (readsLikeAuthorBio(line.text)) return true;
  return line.words <= MAX_PITCH_WORDS && CLOSING_PITCH.test(line.text);
}

/**
 * Drops the author's bio and the closing sales pitch from the end of the body (in place): they sit where the
 * article ends and read as prose, so the region takes them in.
 */
export function dropClosingMatter(features: LineFeatures[], kept: number[]): void {
  const total = kept.reduce((sum, i) => sum + (features[i]?.words ?? 0), 0);
  let dropped = 0;
  let cut = kept.length;
  for (let k = kept.length - 1; k >= 0; k -= 1) {
    const line = features[kept[k] ?? -1];
    if (line === undefined) break;
    if (isClosingMatter(line)) {
      dropped += line.words;
      if (dropped > total * MAX_CLOSING_SHARE) break;
      cut = k;
    } else if (line.words > 8 || kept.length - k > 12) {
      // Short labels between the pitches ("Email address", "Submit") go with them; a paragraph ends the search.
      break;
    }
  }
  kept.splice(cut);
}

/** An author card takes the last part of the body at most: more than this share of its words is the article. */
const MAX_CARD_SHARE = 0.35;
/**
 * Drops an author card and whatever follows it from the end of the body (in place): the name, the role and the bio
 * read as a heading and prose, so the region takes them in, and the pitches below the card with them.
 */
export function dropAuthorCard(features: LineFeatures[], kept: number[]): void {
  const total = kept.reduce((sum, i) => sum + (features[i]?.words ?? 0), 0);
  let after = 0;
  let cut = kept.length;
  for (let k = kept.length - 1; k > 0; k -= 1) {
    const i = kept[k] ?? -1;
    after += features[i]?.words ?? 0;
    if (after > total * MAX_CARD_SHARE) break;
    if (opensAuthorCard(features, i)) cut = k;
  }
  kept.splice(cut);
}

/** Labels left under the last paragraph ("Shares", "Author", "Book an Appointment"): a few short lines at most. */
const MAX_TRAILING_LABELS = 3;
const MAX_LABEL_WORDS = 6;

/**
 * Drops the few short lines that trail the body's last paragraph (in place): an article's own list or heading is
 * introduced by a line that ends in a colon or opens onto more text, whereas labels below the final sentence are
 * the page's widgets.
 */
export function dropTrailingLabels(features: LineFeatures[], kept: number[]): void {
  const isLabel = (line: LineFeatures) => !line.endsSentence && line.words <= MAX_LABEL_WORDS;
  let cut = kept.length;
  while (cut > 1 && kept.length - cut < MAX_TRAILING_LABELS) {
    const line = features[kept[cut - 1] ?? -1];
    if (line === undefined || !isLabel(line)) break;
    cut -= 1;
  }
  const last = features[kept[cut - 1] ?? -1];
  // Only a full paragraph may end the body: a colon or a short sentence above the labels introduces them.
  if (cut < kept.length && last !== undefined && last.endsSentence && last.words > MAX_LABEL_WORDS) kept.splice(cut);
}
