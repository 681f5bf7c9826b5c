import { describe, expect, it } from "vitest";
import { html } from "./html.js";

describe("html", () => {
  it("escapes interpolated text but not markup made with html", () => {
    const title = `<script>alert("x")</script> & 'more'`;
    const inner = html`<b>${title}</b>`;
    expect(html`<li>${inner}</li>`.value).toBe(
      "<li><b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;</b></li>",
    );
  });

  it("joins arrays and drops null values", () => {
    expect(html`<ul>${["a<", "b"].map((item) => html`<li>${item}</li>`)}${null}</ul>`.value).toBe(
      "<ul><li>a&lt;</li><li>b</li></ul>",
    );
  });
});
