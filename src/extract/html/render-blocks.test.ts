import { describe, expect, it } from "vitest";
import { parseHtml } from "./html-tree.js";
import { itemMarker, renderBlocks } from "./render-blocks.js";
import { textBlocks } from "./text-blocks.js";

function render(html: string): string {
  return renderBlocks(textBlocks(parseHtml(html).root));
}

describe("textBlocks and renderBlocks", () => {
  it("separates paragraphs and headings by a blank line and keeps inline words together", () => {
    expect(
      render(
        "<h2>Repairs</h2><p>The <b>north</b> span<span>'s</span> joints   were\nreplaced.</p><p>Traffic resumed.</p>",
      ),
    ).toBe("Repairs\n\nThe north span's joints were replaced.\n\nTraffic resumed.");
  });

  it("puts list items on their own lines and table cells of a row on one line", () => {
    expect(
      render(
        "<ul><li>Two lanes</li><li>No trucks</li></ul><table><tr><th>Day</th><th>Lanes</th></tr><tr><td>Mon</td><td>2</td></tr></table>",
      ),
    ).toBe("- Two lanes\n- No trucks\n\nDay | Lanes\nMon | 2");
  });

  it("numbers the items of an ordered list as a browser shows them: from its start, by their values, reversed", () => {
    expect(render("<ol><li>Drain the tank</li><li>Close the valve</li></ol>")).toBe(
      "1. Drain the tank\n2. Close the valve",
    );
    expect(render('<ol start="4"><li>Refill</li><li value="9">Test</li><li>Log it</li></ol>')).toBe(
      "4. Refill\n9. Test\n10. Log it",
    );
    expect(render("<ol reversed><li>Third</li><li>Second</li><li>First</li></ol>")).toBe(
      "3. Third\n2. Second\n1. First",
    );
    expect(render('<ol type="a"><li>Flour</li><li>Water</li></ol><ol type="I" start="4"><li>Bake</li></ol>')).toBe(
      "a. Flour\nb. Water\n\nIV. Bake",
    );
    // An unordered list nested in an ordered one keeps its bullets.
    expect(render("<ol><li>Pack<ul><li>Rope</li></ul></li></ol>")).toBe("1. Pack\n\n- Rope");
  });

  it("keeps line breaks and preformatted text", () => {
    expect(render("<p>Line one<br>line two</p><pre>  indented\n  code</pre>")).toBe(
      "Line one\nline two\n\n  indented\n  code",
    );
  });

  it("counts words, link characters and punctuation per block", () => {
    const [block] = textBlocks(parseHtml('<p>Read <a href="/x">the report</a>, then decide.</p>').root);
    expect(block).toMatchObject({ words: 5, linkChars: 9, punctuation: 2, kind: "paragraph" });
  });

  it("writes an item's number as the list type says: letters past z, roman numerals, digits below one", () => {
    expect([1, 26, 27, 28].map((number) => itemMarker(number, "a"))).toEqual(["a", "z", "aa", "ab"]);
    expect(itemMarker(1994, "I")).toBe("MCMXCIV");
    expect(itemMarker(9, "i")).toBe("ix");
    expect(itemMarker(0, "a")).toBe("0");
    expect(itemMarker(7, undefined)).toBe("7");
  });
});
