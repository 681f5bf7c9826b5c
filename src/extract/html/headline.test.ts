import { describe, expect, it } from "vitest";
import { chooseHeadline, stripSiteName } from "./headline.js";

describe("chooseHeadline", () => {
  it("takes the <h1> the declared titles confirm", () => {
    const headline = chooseHeadline({
      declared: ["Bridge reopens after repairs | Daily Planet"],
      headings: ["Daily Planet", "Bridge reopens after repairs"],
      siteName: "Daily Planet",
    });
    expect(headline).toBe("Bridge reopens after repairs");
  });

  it("prefers the visible wording of the headline to an SEO title", () => {
    const headline = chooseHeadline({
      declared: ["Best Ferry Routes 2025: Top 10 Ranked | Travel Site"],
      headings: ["The 10 best ferry routes of 2025"],
      siteName: null,
    });
    expect(headline).toBe("The 10 best ferry routes of 2025");
  });

  it("skips an <h1> that is the site's name and cuts the name from the declared title", () => {
    const headline = chooseHeadline({
      declared: ["Ann's Garden Blog: Pruning roses in winter"],
      headings: ["Ann's Garden Blog"],
      siteName: null,
    });
    expect(headline).toBe("Pruning roses in winter");
  });

  it("falls back to the declared title without its site name, and to null", () => {
    expect(chooseHeadline({ declared: ["Storm closes schools - Daily Planet"], headings: [], siteName: null })).toBe(
      "Storm closes schools",
    );
    expect(chooseHeadline({ declared: [], headings: [], siteName: null })).toBeNull();
  });

  it("decodes entities left escaped in meta content", () => {
    expect(chooseHeadline({ declared: ["Salt &amp; pepper"], headings: [], siteName: null })).toBe("Salt & pepper");
  });
});

describe("stripSiteName", () => {
  it("cuts a known site name on either side but keeps colons inside a headline", () => {
    expect(stripSiteName("Daily Planet | Storm closes schools", "Daily Planet")).toBe("Storm closes schools");
    expect(stripSiteName("Fix It Friday: Arranging your living room and hallway", null)).toBe(
      "Fix It Friday: Arranging your living room and hallway",
    );
  });
});
