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

/**
 * Text-mode browsers and mailers wrap at 72 to 80 columns, editors and copied terminal output at up to 120;
 * paragraphs written on one line mostly run longer than this.
 */
const MAX_WRAP_WIDTH = 130;
/** Lines shorter than this are headings, labels or menu items, wrapped or not. */
const MIN_WRAPPED_CHARS = 40;
/** Lines either side that show the width a stretch of the dump is wrapped at (a page may mix two widths). */
const WINDOW = 8;
/** Long lines a window needs before its width can tell whether it is hard-wrapped. */
const MIN_LONG_LINES = 4;
/** A wrapper breaks a line at the last space before the width, so a broken line falls short of it by one word. */
const WORD_GAP = 15;
/**
 * In a wrapped stretch the long lines fill the width, all but each paragraph's last, so well over half of them do;
 * in a list of headlines their lengths spread out below the longest.
 */
const MIN_FULL_SHARE = 0.6;
const ENDS_SENTENCE = /[.!?:;…]["'”’»)\]]*$/u;
/**
 * A continuation starts with a lower-case word: a digit or a bracket more often opens a date line or a list item,
 * and a link ("https://…") is a line of its own.
 */
const STARTS_LOWER = /^\p{Ll}[\p{Ll}'’-]*[,.;:!?…)]*(?:\s|$)/u;

/**
 * The width the lines around `at` are hard-wrapped at, or null when they are not: in a wrapped stretch no line
 * runs past one width and most long lines stop within a word of it, whereas paragraphs on one line each run
 * longer and headlines spread out below the longest.
 */
export function wrapWidthAround(lines: readonly DumpLine[], at: number): number | null {
  const long = lines
    .slice(Math.max(0, at - WINDOW), at + WINDOW + 1)
    .map((line) => line.text.length)
    .filter((length) => length >= MIN_WRAPPED_CHARS);
  if (long.length < MIN_LONG_LINES) return null;
  const width = Math.max(...long);
  if (width > MAX_WRAP_WIDTH) return null;
  const full = long.filter((length) => length >= width - WORD_GAP).length;
  return full >= MIN_FULL_SHARE * long.length ? width : null;
}

/**
 * Joins the lines of hard-wrapped paragraphs: a line that fills its stretch's width and stops mid-sentence goes
 * on in the next line when that one starts in lower case without a blank line between and its first word would
 * not have fitted on the line. Each test reads the line as printed, so a paragraph's short last line ends it, and
 * the pieces are joined once, in time linear in the dump.
 */
export function unwrapLines(lines: readonly DumpLine[]): DumpLine[] {
  const paragraphs: { first: DumpLine; pieces: string[] }[] = [];
  lines.forEach((line, i) => {
    const paragraph = paragraphs.at(-1);
    const last = lines[i - 1]?.text;
    const width = last === undefined || line.blankBefore ? null : wrapWidthAround(lines, i - 1);
    const firstWord = line.text.split(" ", 1)[0] ?? "";
    const continues =
      paragraph !== undefined &&
      last !== undefined &&
      width !== null &&
      last.length >= width - WORD_GAP &&
      last.length + 1 + firstWord.length > width &&
      !ENDS_SENTENCE.test(last) &&
      STARTS_LOWER.test(line.text);
    if (continues) paragraph.pieces.push(line.text);
    else paragraphs.push({ first: line, pieces: [line.text] });
  });
  return paragraphs.map(({ first, pieces }, index) => ({ ...first, index, text: pieces.join(" ") }));
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
