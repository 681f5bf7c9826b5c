// Drops the notes a site prints under an article about the article: where it first ran, who produced it, how to
// reach the writer, its tags, the feed's "appeared first on" line. They are the site's, not the story's.

import type { TextBlock } from "./text-blocks.js";

/** Notes are short; a longer block that opens the same way is the article's own text. */
const MAX_NOTE_WORDS = 60;
/** Only the end of a body is judged: notes close an article, and a lede may well say "This story was reported...". */
const JUDGED_SHARE = 0.5;

const CLOSING_NOTE = new RegExp(
  [
    // A feed's footer, which WordPress adds to every entry: "The post X appeared first on Y."
    String.raw`^the post .{3,300} appeared first on\b`,
    // Production and syndication credits: "This story about X was produced by Y", "This article was originally written by".
    String.raw`^this (?:story|article|post|piece|report)(?: about [^.]{3,120}?)? (?:was |is )?(?:originally |first )?(?:written|produced|reported|developed|funded|made possible|co-published|published)\b.{0,60}?\b(?:by|in|on|with|for)\b`,
    String.raw`^(?:editor(?:’|')?s note|note)\s*:\s*(?:this|a version of this) (?:story|article) (?:also |originally |first )?(?:appeared|ran|was published)\b`,
    // "Contact staff writer Ann Lee at ...".
    String.raw`^contact (?:the )?(?:staff |senior )?(?:writer|reporter|editor|correspondent|author)s?\b`,
    // A tag list set as a line of text: "Tags: Health, Finance".
    String.raw`^(?:tags?|tagged|filed under|categories)\s*:\s*\S`,
    // The page's revision line, which sites print under every page: "Last updated March 3, 2025 by Ann Lee.", "Last
    // updated: 3/4/2025", "Last reviewed on …": a date or its label follows, where a sentence goes on ("Last updated
    // figures show …").
    String.raw`^(?:page )?last (?:updated|modified|reviewed)\s*(?::|\bon\b|\bby\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d)`,
  ].join("|"),
  "iu",
);

/** Whether a block is one of the notes a site sets under its articles. */
export function isClosingNote(block: TextBlock): boolean {
  return block.words <= MAX_NOTE_WORDS && CLOSING_NOTE.test(block.text.trim());
}

/** The body without the closing notes in its second half. */
export function dropClosingNotes(blocks: readonly TextBlock[]): TextBlock[] {
  let total = 0;
  for (const block of blocks) total += block.words;
  let before = 0;
  return blocks.filter((block) => {
    const judged = before >= JUDGED_SHARE * total;
    before += block.words;
    return !(judged && isClosingNote(block));
  });
}
