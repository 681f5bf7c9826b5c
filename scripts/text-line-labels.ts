// Labels each line of a text dump as article text or not, from the page's reference main text, for training.
import { shingles, wordTokens } from "../eval/scoring/text-overlap.js";
import type { LineFeatures } from "../src/extract/text/line-features.js";

/** A line of four or more words is article text when at least half its 4-word shingles occur in the reference. */
const MIN_SHINGLE_SHARE = 0.5;

/**
 * Gold labels per line. Short lines ("Share", "Conclusion") would match a reference somewhere by chance, so they count
 * as article text only when their words occur in it in order and they lie between the first and last long line
 * that is article text.
 */
export function labelLines(lines: readonly Pick<LineFeatures, "text">[], reference: string): (0 | 1)[] {
  const referenceTokens = wordTokens(reference);
  const referenceShingles = new Set(shingles(referenceTokens));
  const referenceText = ` ${referenceTokens.join(" ")} `;
  const long: (0 | 1 | null)[] = lines.map((line) => {
    const tokens = wordTokens(line.text);
    if (tokens.length < 4) return null;
    const own = shingles(tokens);
    const found = own.filter((shingle) => referenceShingles.has(shingle)).length;
    return found >= own.length * MIN_SHINGLE_SHARE ? 1 : 0;
  });
  const first = long.indexOf(1);
  const last = long.lastIndexOf(1);
  return lines.map((line, i) => {
    const label = long[i];
    if (label !== null && label !== undefined) return label;
    const tokens = wordTokens(line.text);
    if (tokens.length === 0 || i < first || i > last) return 0;
    return referenceText.includes(` ${tokens.join(" ")} `) ? 1 : 0;
  });
}
