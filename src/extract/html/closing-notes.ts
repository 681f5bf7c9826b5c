// Drops the notes a site prints under an article about the article: where it first ran, who produced it, how to
// reach the writer, its tags, the feed's "appeared first on" line, the writer's bio. They are the site's, not the
// story's.

import { escapeRegExp } from "../../literal-pattern.js";
import { isProse } from "./block-shapes.js";
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

/** A bio is a short paragraph: a longer one that opens on a name is the article telling of its subject. */
const MAX_BIO_WORDS = 130;
/** A word of a name: capitalised, or a nickname in brackets ("Ludovic (Ludo) Martin"). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|\([\p{L} .'’-]+\))`;
/** The name a bio opens on: up to four name words. */
const OPENING_NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`, "u");
/** A bio opens on the person's name, maybe their title set off by commas, then what they are or have done. */
const BIO_OPENING = new RegExp(
  String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){0,3},?(?:\s+[^.]{0,80}?,)?\s+(?:is|was|has (?:been|written|worked|covered|spent)|writes|covers|joined|serves|studied|holds|leads|lives)\b`,
  "u",
);
/** What a bio says its person is; a company's closing blurb ("Acme is a leading supplier") names no such role. */
const BIO_ROLE =
  /\b(?:writer|editor|journalist|reporter|author|contributor|columnist|correspondent|blogger|photographer|freelancer?)s?\b/i;
/**
 * Other roles (a founder, a director, an engineer) make a bio only beside a word of writing: the same words close a
 * news story on someone it introduces ("…joined the operator in 2010 and was head of its ferry business").
 */
const OTHER_ROLE =
  /\b(?:(?:co-)?founder|ceo|cto|cmo|coo|president|director|head of|manager|professor|researcher|scientist|consultant|analyst|strategist|specialist|producer|host|veteran|expert|coach|educator|lawyer|attorney|engineer|designer|marketer)s?\b/i;
const WRITING =
  /\b(?:writes|wrote|written|writing|covers|covered|articles?|blogs?|posts|columns?|newsletter|podcast|byline|contributes)\b/i;
/** A bio speaks of one person in the third person. */
const THIRD_PERSON = /\b(?:he|she|his|her|him)\b/i;
/** A reported source speaks: a closing paragraph that opens on a name and says "said" quotes the story's subject. */
const REPORTED_SPEECH = /\b(?:said|says|told)\b/i;
/** The bio is a note under the article: a block holding more of the body is the article itself. */
const MAX_BIO_SHARE = 0.25;
/** The role is stated early: in the opening or the sentence after it, not in a quote further on. */
const ROLE_WITHIN_SENTENCES = 2;
/** Labels set above a bio ("By", the person's title, an initial standing in for a photo) are this short. */
const MAX_BIO_LABEL_WORDS = 6;
const MAX_BIO_LABELS = 3;

/** The opening sentences of a text, where a bio states its person's role. */
function openingSentences(text: string, count: number): string {
  return text
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .slice(0, count)
    .join(" ");
}

/** Whether a paragraph reads as a bio: the person's name, what they are, told in the third person. */
function isAuthorBio(block: TextBlock): boolean {
  if (block.kind !== "paragraph" || block.words > MAX_BIO_WORDS) return false;
  const text = block.text.trim();
  const opening = openingSentences(text, ROLE_WITHIN_SENTENCES);
  return (
    BIO_OPENING.test(text) &&
    (BIO_ROLE.test(opening) || (OTHER_ROLE.test(opening) && WRITING.test(text))) &&
    THIRD_PERSON.test(text) &&
    !REPORTED_SPEECH.test(text)
  );
}

/** The body without a bio that closes it, and the short labels set above the bio (its "By", a job title). */
function dropClosingBio(blocks: readonly TextBlock[], totalWords: number): TextBlock[] {
  const last = blocks.at(-1);
  if (last === undefined || last.words > MAX_BIO_SHARE * totalWords || !isAuthorBio(last)) return [...blocks];
  if (namedInArticle(last, blocks)) return [...blocks];
  let end = blocks.length - 1;
  const lowest = Math.max(0, end - MAX_BIO_LABELS);
  while (end > lowest && isBioLabel(blocks[end - 1]!)) end--;
  return blocks.slice(0, end);
}

/**
 * Whether the person a closing paragraph opens on is one the article's prose already names (by the last word of
 * the name): then it tells of the story's subject (a profile's last word on them), not of its writer.
 */
function namedInArticle(closing: TextBlock, blocks: readonly TextBlock[]): boolean {
  const name = closing.text.trim().match(OPENING_NAME)?.[0].split(/\s+/) ?? [];
  const surname = name.at(-1)?.replace(/[,.]+$/u, "");
  if (surname === undefined || surname.length < 2) return false;
  const mention = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(surname)}(?![\p{L}])`, "u");
  return blocks.some((block) => block !== closing && isProse(block) && mention.test(block.text));
}

function isBioLabel(block: TextBlock): boolean {
  return block.kind !== "heading" && block.words <= MAX_BIO_LABEL_WORDS && !isProse(block);
}

/** Whether a block is one of the notes a site sets under its articles. */
export function isClosingNote(block: TextBlock): boolean {
  return block.words <= MAX_NOTE_WORDS && CLOSING_NOTE.test(block.text.trim());
}

/** The body without the closing notes in its second half, nor a bio that closes it. */
export function dropClosingNotes(blocks: readonly TextBlock[]): TextBlock[] {
  let total = 0;
  for (const block of blocks) total += block.words;
  let before = 0;
  const kept = blocks.filter((block) => {
    const judged = before >= JUDGED_SHARE * total;
    before += block.words;
    return !(judged && isClosingNote(block));
  });
  return dropClosingBio(kept, total);
}
