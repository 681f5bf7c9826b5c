import { describe, expect, it } from "vitest";
import { splitDumpLines, wrapWidthAround } from "./dump-lines.js";

/** Wraps text at `width` columns on word boundaries, as text-mode browsers and mailers do. */
function hardWrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  return [...lines, line].join("\n");
}

const PARAGRAPH =
  "The city council voted on Tuesday to close the old harbour bridge for repairs, after engineers found deep cracks in two of its supports during a routine inspection last month, and officials said the work would take at least six months while ferries run every twenty minutes.";
const SECOND =
  "Shop owners on both banks of the river warned that the closure could cut their trade by half, and asked the council for help with rents until the bridge reopens next summer at the earliest.";

describe("splitDumpLines", () => {
  it("joins the lines of hard-wrapped paragraphs and keeps the paragraphs and headings apart", () => {
    const dump = ["Harbour Bridge Closes", "", hardWrap(PARAGRAPH, 72), "", hardWrap(SECOND, 72)].join("\n");
    const wrapped = dump.split("\n").filter((line) => line.length > 0);
    expect(wrapped.length).toBeGreaterThan(6);
    expect(splitDumpLines(`${dump}\n\n${dump}`).map((line) => line.text)).toEqual([
      "Harbour Bridge Closes",
      PARAGRAPH,
      SECOND,
      "Harbour Bridge Closes",
      PARAGRAPH,
      SECOND,
    ]);
  });

  it("joins paragraphs wrapped as wide as an editor wraps them", () => {
    const dump = ["Harbour Bridge Closes", "", hardWrap(PARAGRAPH, 116), "", hardWrap(SECOND, 116)].join("\n");
    expect(dump.split("\n").filter((line) => line.length > 0).length).toBeGreaterThan(4);
    expect(splitDumpLines(dump).map((line) => line.text)).toEqual(["Harbour Bridge Closes", PARAGRAPH, SECOND]);
  });

  it("leaves a dump whose paragraphs are one line each as it is, short lines included", () => {
    const dump = ["Home", "World", PARAGRAPH, "and more", SECOND, "read the full report here"].join("\n");
    expect(wrapWidthAround(splitDumpLines(dump), 2)).toBeNull();
    expect(splitDumpLines(dump)).toHaveLength(6);
  });

  it("does not glue a sentence's end to the next line, wrapped or not", () => {
    const lines = splitDumpLines(hardWrap(`${PARAGRAPH} ${SECOND}`, 60).replace("months while", "months.\nwhile"));
    expect(lines.some((line) => line.text.endsWith("six months."))).toBe(true);
    expect(lines.map((line) => line.index)).toEqual(lines.map((_, i) => i));
  });

  it("ends a wrapped paragraph at its short last line, and keeps date lines and list items apart", () => {
    const caption = hardWrap(`${PARAGRAPH} They met again on Tuesday morning before the vote`, 72);
    const list = ["bring with you on the day of the trip", "1. a packed lunch", "(optional) a camera"];
    const dump = [hardWrap(SECOND, 72), "", caption, "home", "news", "", hardWrap(PARAGRAPH, 72), ...list].join("\n");
    const texts = splitDumpLines(`Harbour Bridge Closes\n3 March 2024 | 5 min read\n\n${dump}`).map(
      (line) => line.text,
    );
    expect(texts.slice(0, 3)).toEqual(["Harbour Bridge Closes", "3 March 2024 | 5 min read", SECOND]);
    expect(texts).toContain(`${PARAGRAPH} They met again on Tuesday morning before the vote`);
    expect(texts).toContain("home");
    expect(texts.slice(-2)).toEqual(["1. a packed lunch", "(optional) a camera"]);
  });

  it("does not unwrap a list of headlines whose lengths spread below one width", () => {
    const headlines = Array.from({ length: 14 }, (_, i) => {
      const words = ["council", "approves", "new", "ferry", "timetable", "for", "the", "winter", "months", "ahead"];
      return `${"Update ".repeat(1 + (i % 6))}${words.slice(0, 4 + (i % 7)).join(" ")} number ${i}`;
    });
    const lines = splitDumpLines(headlines.flatMap((headline) => [headline, "five hours ago"]).join("\n"));
    expect(lines.map((_, i) => wrapWidthAround(lines, i))).not.toContain(expect.any(Number));
    expect(lines).toHaveLength(28);
  });

  it("keeps the lines of a list of links apart, however wrapped they look", () => {
    const links = Array.from(
      { length: 12 },
      (_, i) => `https://example.org/news/2024/harbour-bridge-closes-for-repairs/${i}`,
    );
    expect(splitDumpLines(links.join("\n"))).toHaveLength(12);
  });
});
