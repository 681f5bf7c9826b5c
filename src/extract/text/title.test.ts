import { describe, expect, it } from "vitest";
import { splitDumpLines } from "./dump-lines.js";
import { measureLines } from "./line-features.js";
import { findTitle, slugWords, withoutSiteName } from "./title.js";

const HEADLINE = "Harbour Bridge Closes for Six Months of Repairs";
const PARAGRAPHS = [
  "The city council voted on Tuesday to close the old harbour bridge for repairs, after engineers found deep cracks in two of its supports.",
  "Officials said the repairs would take at least six months and that ferries would run every twenty minutes while the bridge is closed.",
];
/** Labels between a headline and its article: ratings, a share bar, a jump list. */
const BETWEEN = ["4.8 stars", "Save", "Print", "Jump to", "Ingredients", "Method", "Notes", "Gallery", "Reviews"];

describe("findTitle", () => {
  it("keeps the headline above the body when the page prints it again lower down beside a date", () => {
    const lines = [HEADLINE, ...BETWEEN, ...PARAGRAPHS, HEADLINE, "Updated March 3, 2024", ...PARAGRAPHS];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    const firstParagraph = 1 + BETWEEN.length;
    const body = PARAGRAPHS.join("\n");
    expect(findTitle(features, firstParagraph, body, new Set(["harbour", "bridge", "closes"]))?.index).toBe(0);
  });

  it("still moves to a headline below the draft's start that has a byline and no copy above", () => {
    const teasers = ["Ferry Fares Rise Again", "Council Elections in May"];
    const lines = [...teasers, ...PARAGRAPHS, HEADLINE, "By Jane Porter", "March 3, 2024", ...PARAGRAPHS];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    const found = findTitle(features, teasers.length, PARAGRAPHS.join("\n"), new Set(["harbour", "bridge", "closes"]));
    expect(found?.text).toBe(HEADLINE);
    expect(found?.index).toBe(teasers.length + PARAGRAPHS.length);
  });

  it("moves to the headline with a byline even when a menu of teasers above lists this article's own", () => {
    const teasers = ["Ferry Fares Rise Again", HEADLINE, "Council Elections in May"];
    const lines = [...teasers, ...PARAGRAPHS, HEADLINE, "By Jane Porter", "March 3, 2024", ...PARAGRAPHS];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    const found = findTitle(features, teasers.length, PARAGRAPHS.join("\n"), new Set(["harbour", "bridge", "closes"]));
    expect(found?.index).toBe(teasers.length + PARAGRAPHS.length);
  });

  it("prefers the line that covers the URL slug over a nearer one that shares a few of its words", () => {
    const slug = new Set(["harbour", "bridge", "closes", "six", "months", "repairs"]);
    const lines = [HEADLINE, "Share", "The Repairs on the Bridge", ...PARAGRAPHS];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    expect(findTitle(features, 3, PARAGRAPHS.join("\n"), slug)?.text).toBe(HEADLINE);
  });

  it("passes over a numbered list item for the heading it numbers, even beside the page's date", () => {
    const lines = ["March 3, 2024", "1. Home", "", "2. Bridge to Close Soon", "Bridge to Close Soon", ...PARAGRAPHS];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    expect(findTitle(features, 4, PARAGRAPHS.join("\n"))?.text).toBe("Bridge to Close Soon");
  });

  describe("with a headline the body barely echoes and a teaser that echoes it more", () => {
    const quietHeadline = "Harbour Bridge Goes Quiet This Spring";
    const teaser = "Council Votes to Close the Harbour Bridge for Repairs";

    it("takes the line that a breadcrumb beside it ends with", () => {
      const lines = [`Home > News > ${quietHeadline}`, quietHeadline, "Share", teaser, ...PARAGRAPHS];
      const features = measureLines(splitDumpLines(lines.join("\n")));
      expect(findTitle(features, 4, PARAGRAPHS.join("\n"))?.text).toBe(quietHeadline);
    });

    it("keeps the teaser when the breadcrumb names neither line", () => {
      const lines = ["Home > News > Local", quietHeadline, "Share", teaser, ...PARAGRAPHS];
      const features = measureLines(splitDumpLines(lines.join("\n")));
      expect(findTitle(features, 4, PARAGRAPHS.join("\n"))?.text).toBe(teaser);
    });
  });

  it("passes over the standfirst printed straight under the headline", () => {
    const standfirst =
      "Engineers found deep cracks in two supports of the old harbour bridge, so the council will close it while ferries run";
    const lines = ["March 3, 2024", HEADLINE, standfirst, ...PARAGRAPHS];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    expect(findTitle(features, 3, PARAGRAPHS.join("\n"))?.text).toBe(HEADLINE);
  });

  it("passes over a short standfirst in sentence case under a title-case headline, but not a headline under a kicker", () => {
    // The standfirst echoes the body more than the headline does, and is too short to be passed over for length.
    const quietHeadline = "Six Months Without the Old Crossing";
    const standfirst = "The council will close the harbour bridge for repairs after engineers found cracks";
    const lines = ["March 3, 2024", quietHeadline, standfirst, ...PARAGRAPHS];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    expect(findTitle(features, 3, PARAGRAPHS.join("\n"))?.text).toBe(quietHeadline);
    const sentenceCaseHeadline = "Old crossing shuts for half a year while its supports are mended";
    const kicked = ["March 3, 2024", "Harbour and Ferries", sentenceCaseHeadline, ...PARAGRAPHS];
    const kickedFeatures = measureLines(splitDumpLines(kicked.join("\n")));
    expect(findTitle(kickedFeatures, 3, PARAGRAPHS.join("\n"))?.text).toBe(sentenceCaseHeadline);
  });

  it("still takes a long headline that has no shorter headline above it", () => {
    const longHeadline =
      "Engineers Find Deep Cracks in Two Supports of the Old Harbour Bridge and the Council Votes to Close It";
    const lines = ["Share", longHeadline, "March 3, 2024", ...PARAGRAPHS];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    expect(findTitle(features, 3, PARAGRAPHS.join("\n"))?.text).toBe(longHeadline);
  });

  describe("with a URL slug", () => {
    const slug = new Set(["harbour", "bridge", "closes", "six", "months", "repairs"]);
    const notice =
      "We noticed that you are using an old browser that is no longer supported, so some parts of this page may not work.";

    it("moves to the slug's headline just under a notice the draft took for its first paragraph", () => {
      const lines = ["Menu", "Dismiss", notice, "", HEADLINE, "", ...PARAGRAPHS];
      const features = measureLines(splitDumpLines(lines.join("\n")));
      expect(findTitle(features, 2, [notice, ...PARAGRAPHS].join("\n"), slug)?.text).toBe(HEADLINE);
    });

    it("keeps a headline above with a byline over a section heading below that reads as the slug", () => {
      const headline = "What Engineers Found Under the Old Bridge";
      const heading = "Harbour Bridge Closes for Six Months";
      const more = "Ferries will run every twenty minutes from both piers until the bridge opens again in the autumn.";
      const lines = [headline, "By Jane Porter", "March 3, 2024", ...PARAGRAPHS, heading, more];
      const features = measureLines(splitDumpLines(lines.join("\n")));
      expect(findTitle(features, 3, [...PARAGRAPHS, more].join("\n"), slug)?.text).toBe(headline);
    });
  });

  it("takes a headline that carries a date in its words, not the stamp line under it", () => {
    const headline = "Bridge repairs start 3/12/2024";
    const stamp = "Mar 12, 2024|Last updated on Mar 14, 2024|4 min read";
    const lines = ["Back to News", headline, "Jane Porter", stamp, ...PARAGRAPHS];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    expect(findTitle(features, 4, PARAGRAPHS.join("\n"))?.text).toBe(headline);
  });

  it("reads a headline with a tagline after a bar as the headline, and passes over arrow links", () => {
    const lines = ["< Back to all posts", `${HEADLINE} | Our Guide`, "Jane Porter", "March 3, 2024", ...PARAGRAPHS];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    expect(findTitle(features, 4, PARAGRAPHS.join("\n"))?.text).toBe(HEADLINE);
  });

  it("still passes over a menu of items between bars", () => {
    const lines = ["Home | Harbour News | Bridge Repairs Today", "Share", ...PARAGRAPHS];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    expect(findTitle(features, 2, PARAGRAPHS.join("\n"))).toBeNull();
  });

  it("takes no 'By Category' sort link for a byline, nor a headline ending in a year for a person's name", () => {
    const headline = "Harbour Bridge Repairs For 2026";
    const menu = ["Harbour Bridges", "By Category", "Ferry Routes", "Bridge Tolls", "Road Works", "Contact"];
    const lines = [...menu, headline, ...PARAGRAPHS];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    const found = findTitle(features, lines.length - PARAGRAPHS.length, PARAGRAPHS.join("\n"));
    expect(found?.text).toBe(headline);
  });

  it("passes over a contents list between the headline and the body, whose entries are the body's headings", () => {
    const sections = ["Why the Bridge Is Closing Now", "How Ferries Will Replace It", "What the Repairs Will Cost"];
    const body = sections.flatMap((heading, i) => [heading, PARAGRAPHS[i % 2] ?? ""]);
    const lines = [HEADLINE, "By Jane Porter", "Table of contents", ...sections, ...PARAGRAPHS, ...body];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    const firstParagraph = 3 + sections.length;
    const draft = [...PARAGRAPHS, ...body].join("\n");
    expect(findTitle(features, firstParagraph, draft)?.text).toBe(HEADLINE);
  });

  it("keeps a headline printed twice in a row and again in the body: no contents list", () => {
    const teaser = "Ferry Timetables for the Harbour Bridge Closure";
    const lines = [teaser, "Share", HEADLINE, HEADLINE, ...PARAGRAPHS, HEADLINE, ...PARAGRAPHS];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    const draft = [...PARAGRAPHS, HEADLINE, ...PARAGRAPHS].join("\n");
    expect(findTitle(features, 4, draft)?.text).toBe(HEADLINE);
  });

  it("finds the headline past a long list between it and the body", () => {
    const plans = Array.from({ length: 44 }, (_, i) => (i % 2 === 0 ? `Plan ${i + 1}` : "Included"));
    const lines = [HEADLINE, "By Jane Porter", ...plans, ...PARAGRAPHS];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    expect(findTitle(features, lines.length - PARAGRAPHS.length, PARAGRAPHS.join("\n"))?.text).toBe(HEADLINE);
  });

  it("cuts a leading date and an aggregator's source and comment count off the headline's line", () => {
    const titleOf = (line: string) => {
      const features = measureLines(splitDumpLines([line, "By Jane Porter", ...PARAGRAPHS].join("\n")));
      return findTitle(features, 2, PARAGRAPHS.join("\n"))?.text;
    };
    expect(titleOf(`Dec 18 2025 ${HEADLINE}`)).toBe(HEADLINE);
    expect(titleOf(`2025-12-18 ${HEADLINE}`)).toBe(HEADLINE);
    expect(titleOf(`${HEADLINE} (harbourtimes.co.uk) 87`)).toBe(HEADLINE);
    expect(titleOf(`${HEADLINE} (Updated)`)).toBe(`${HEADLINE} (Updated)`);
    expect(titleOf(`${HEADLINE} (Node.js)`)).toBe(`${HEADLINE} (Node.js)`);
  });
});

describe("findTitle with a slug that holds a number", () => {
  it("takes the headline whose number the slug holds, though menus above list it and its siblings three times", () => {
    const menu = [
      "Free 8 Week Bridge Walking Plan",
      "Free 10 Week Bridge Walking Plan",
      "Free 52 Week Bridge Walking Plan",
    ];
    const menus = [...menu, "About", ...menu, "Plans", ...menu, "Menu"];
    const lines = [...menus, "Free 10 Week Bridge Walking Plan", "Jane Porter", ...PARAGRAPHS];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    const headline = menus.length;
    const slug = slugWords("https://example.org/plans/10-week-bridge-walking-plan");
    expect(slug.has("10")).toBe(true);
    expect(findTitle(features, headline + 2, PARAGRAPHS.join("\n"), slug)?.index).toBe(headline);
  });
});

describe("withoutSiteName", () => {
  it("cuts the outlet's name after the headline, in whatever spelling, and nothing else", () => {
    expect(withoutSiteName(`${HEADLINE} – Harbour Times`, "HarbourTimes")).toBe(HEADLINE);
    expect(withoutSiteName(`Critics’ Choice: ${HEADLINE} | Harbour Times`, "Harbour Times")).toBe(
      `Critics’ Choice: ${HEADLINE}`,
    );
    expect(withoutSiteName(`${HEADLINE} – Part One`, "Harbour Times")).toBe(`${HEADLINE} – Part One`);
    expect(withoutSiteName(`${HEADLINE} – Harbour Times`, null)).toBe(`${HEADLINE} – Harbour Times`);
    expect(withoutSiteName("Harbour Times – Harbour Times", "Harbour Times")).toBe("Harbour Times – Harbour Times");
  });
});
