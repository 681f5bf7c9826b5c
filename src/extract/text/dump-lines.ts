// Splits a text dump into trimmed, whitespace-normalised lines that remember whether a blank line preceded them.

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
  return lines;
}
