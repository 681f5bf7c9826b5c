import { describe, expect, it } from "vitest";
import { renderTextDump } from "../../eval/render-text-dump.js";

describe("renderTextDump", () => {
  it("puts blocks on their own lines, a blank line between paragraphs, and joins inline text", () => {
    const html = `<html><head><title>Page title</title></head><body>
      <h1>Bridge <em>closes</em></h1>
      <p>First <a href="/x">paragraph</a> here.</p><p>Second   paragraph
      here.</p>
      <div>One line</div><div>Next line</div>
    </body></html>`;
    expect(renderTextDump(html)).toBe(
      "Bridge closes\n\nFirst paragraph here.\n\nSecond paragraph here.\n\nOne line\nNext line",
    );
  });

  it("keeps navigation, sidebars and footers, as a scraper's visible text does", () => {
    const html = `<body><nav><ul><li>Home</li><li>World</li></ul></nav><main><p>Story text.</p></main>
      <aside>Most read</aside><footer>© 2024 Example</footer></body>`;
    const dump = renderTextDump(html);
    for (const kept of ["Home", "World", "Story text.", "Most read", "© 2024 Example"]) expect(dump).toContain(kept);
    expect(dump.split("\n")).toContain("Home");
  });

  it("drops scripts, styles, templates, noscript and hidden elements", () => {
    const html = `<body><script>var a = "script text";</script><style>p { color: red }</style>
      <noscript>Enable JavaScript</noscript><template><p>Template text</p></template>
      <p hidden>Hidden attribute</p><p aria-hidden="true">Aria hidden</p>
      <p style="color: red; display: none">Display none</p><p style="visibility:hidden">Invisible</p>
      <p>Visible text</p></body>`;
    expect(renderTextDump(html)).toBe("Visible text");
  });

  it("turns <br> into a line break, decodes entities and collapses whitespace per line", () => {
    const html = "<p>Line one<br>Line&nbsp;two &amp;   three<br/>  &ldquo;four&rdquo;  </p>";
    expect(renderTextDump(html)).toBe("Line one\nLine\u00a0two & three\n“four”");
  });

  it("keeps cells of a table row on one line and numbers ordered list items", () => {
    const html =
      "<table><tr><td>Name</td><td>Score</td></tr><tr><td>Ann</td><td>12</td></tr></table><ol><li>First</li><li>Second</li></ol><ul><li>Dot</li></ul>";
    expect(renderTextDump(html)).toBe("Name Score\nAnn 12\n\n1. First\n2. Second\n\nDot");
  });

  it("shows streamed segments where their placeholder stands", () => {
    const html = `<body><p>Before</p><template id="B:0"></template><p>After</p>
      <div hidden id="S:0"><p>Streamed article text.</p></div></body>`;
    expect(renderTextDump(html)).toBe("Before\n\nStreamed article text.\n\nAfter");
  });

  it("keeps preformatted line breaks and survives broken markup", () => {
    expect(renderTextDump("<pre>a  b\nc</pre>")).toBe("a b\nc");
    expect(renderTextDump("<div><p>Unclosed <b>bold<div>Next")).toBe("Unclosed bold\nNext");
    expect(renderTextDump("")).toBe("");
  });
});
