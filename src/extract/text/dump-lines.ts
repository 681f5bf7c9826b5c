// Splits a text dump into trimmed, whitespace-normalised lines that remember whether a blank line preceded them,
// with the lines of hard-wrapped paragraphs joined again.

export interface DumpLine {
  /** Position among the non-empty lines of the dump. */
  index: number;
  text: string;
  /** A blank line came before this one: the scraper saw a block boundary. */
  blankBefore: boolean;
}

/** Invisible or odd spaces that scrapers leave in: no-break, thin, zero-width, BOM. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function normaliseLine(line: string): string {
  return line.replace(ZERO_WIDTH, "").replace(ODD_SPACES, " ").replace(/ {2,}/g, " ").trim();
}

/** Text-mode browsers and mailers wrap at 72 to 80 columns; paragraphs written on one line run longer than this. */
const MAX_WRAP_WIDTH = 100;
/** Lines shorter than this are headings, labels or menu items, wrapped or not. */
const MIN_WRAPPED_CHARS = 40;
/** A dump needs this many long lines before its width can tell whether it is hard-wrapped. */
const MIN_LONG_LINES = 10;
/** A line this close to the wrap width was broken by the wrapper rather than where its writer ended it. */
const WRAPPED_SHARE = 0.7;
const ENDS_SENTENCE = /[.!?:;…]["'”’»)\]]*$/u;
const STARTS_LOWER = /^[\p{Ll}\d(]/u;

/**
 * The width a hard-wrapped dump was wrapped at, or null when it was not: in a wrapped dump nearly all long lines
 * stop short of one width, whereas paragraphs on one line each run past it.
 */
export function wrapWidth(lines: readonly DumpLine[]): number | null {
  const lengths = lines
    .map((line) => line.text.length)
    .filter((length) => length >= MIN_WRAPPED_CHARS)
    .sort((a, b) => a - b);
  if (lengths.length < MIN_LONG_LINES) return null;
  const width = lengths[Math.floor(0.9 * (lengths.length - 1))] ?? 0;
  return width <= MAX_WRAP_WIDTH ? width : null;
}

/**
 * Joins the lines of hard-wrapped paragraphs: a line that fills the width and stops mid-sentence goes on in the
 * next line when that one starts in lower case without a blank line between.
 */
export function unwrapLines(lines: readonly DumpLine[]): DumpLine[] {
  const width = wrapWidth(lines);
  if (width === null) return [...lines];
  const joined: DumpLine[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    const continues =
      previous !== undefined &&
      !line.blankBefore &&
      previous.text.length >= width * WRAPPED_SHARE &&
      !ENDS_SENTENCE.test(previous.text) &&
      STARTS_LOWER.test(line.text);
    if (continues) previous.text = `${previous.text} ${line.text}`;
    else joined.push({ ...line, index: joined.length });
  }
  return joined;
}

export function splitDumpLines(dump: string): DumpLine[] {
  const lines: DumpLine[] = [];
  let blankBefore = false;
  for (const raw of dump.split(/\r\n|\r|\n/)) {
    const text = normaliseLine(raw);
    if (text === "") {
      blankBefore = true;
      continue;
    }
    lines.push({ index: lines.length, text, blankBefore });
    blankBefore = false;
  }
  return unwrapLines(lines);
}
