import { describe, expect, it } from "vitest";
import { cleanAuthor, readByline } from "./byline.js";
import { splitDumpLines } from "./dump-lines.js";
import { measureLines } from "./line-features.js";

describe("cleanAuthor", () => {
  it("keeps names as bylines print them and drops what follows", () => {
    expect(cleanAuthor("Segun Adewole")).toBe("Segun Adewole");
    expect(cleanAuthor("Benedicta Bassey July 6, 2024 0")).toBe("Benedicta Bassey");
    expect(cleanAuthor("Jane Doe and John Roe")).toBe("Jane Doe, John Roe");
    expect(cleanAuthor("Dylan Bailey, MS, RD")).toBe("Dylan Bailey, MS, RD");
    expect(cleanAuthor("Ludwig van Beethoven | Music")).toBe("Ludwig van Beethoven");
  });

  it("rejects what is no name", () => {
    expect(cleanAuthor("the editorial staff")).toBeNull();
    expect(cleanAuthor("5 min read")).toBeNull();
    expect(cleanAuthor("https://example.org/jane")).toBeNull();
    expect(cleanAuthor("Admin")).toBeNull();
  });

  it("takes one word after an explicit 'By' only when it is a known first name", () => {
    expect(cleanAuthor("Clay", true)).toBe("Clay");
    expect(cleanAuthor("Category", true)).toBeNull();
    expect(cleanAuthor("Clay")).toBeNull();
  });

  it("cuts a reading time or date off the name but keeps the surname before it", () => {
    expect(cleanAuthor("Kyle Howells 15 min read")).toBe("Kyle Howells");
    expect(cleanAuthor("Ann Lee March 5, 2024")).toBe("Ann Lee");
  });
});

describe("readByline", () => {
  const read = (dump: string, titleIndex: number, bodyStart: number) =>
    readByline(measureLines(splitDumpLines(dump)), titleIndex, bodyStart);

  it("takes the first of two dates printed without a gap as the publish date", () => {
    const dump =
      "Bridge Closes\nPosted on May 2, 2019August 8, 2020\nThe council voted on Tuesday to close the bridge.";
    expect(read(dump, 0, 2).published).toBe("2019-05-02");
  });

  it("reads a 'By' line on its own and a bare date line under the headline", () => {
    const dump = "Bridge Closes\nBy\nJane Porter\nApr 21, 2021\nThe council voted on Tuesday to close the bridge.";
    expect(read(dump, 0, 4)).toEqual({ author: "Jane Porter", published: "2021-04-21", section: null });
  });

  it("reads glued bylines and prefers the published date over the updated one", () => {
    const dump = "Bridge Closes\nByNina Pineda\nUpdated: May 2, 2024 | Published: May 1, 2024\nBody text starts here.";
    expect(read(dump, 0, 3)).toMatchObject({ author: "Nina Pineda", published: "2024-05-01" });
  });

  it("takes the section from the line above the headline or from breadcrumbs", () => {
    expect(read("International\nBridge Closes\nBody.", 1, 2).section).toBe("International");
    expect(read("Home > News > World\nBridge Closes\nBody.", 1, 2).section).toBe("World");
  });

  it("reads 'By' glued to a capitalised name, a single-name byline and a 'Contributors:' label", () => {
    expect(read("Bridge Closes\nByShivya Nath 12th February 2025\nBody.", 0, 2).author).toBe("Shivya Nath");
    expect(read("Bridge Closes\nWritten by Melissa\nBody.", 0, 2).author).toBe("Melissa");
    expect(read("Bridge Closes\nContributors: Jane Porter\nBody.", 0, 2).author).toBe("Jane Porter");
    expect(read("Bridge Closes\nSort by Category\nBody.", 0, 2).author).toBeNull();
  });

  it("reads the date a byline prints after the name", () => {
    expect(read("Bridge Closes\nBy Jane Porter on January 21, 2023\nBody.", 0, 2)).toMatchObject({
      author: "Jane Porter",
      published: "2023-01-21",
    });
    expect(read("Bridge Closes\nby: Jane Porter, Dec 17, 2025\nBody.", 0, 2).published).toBe("2025-12-17");
    expect(read("Bridge Closes\nBy Jane Porter Updated Sep 5, 2024\nBody.", 0, 2).published).toBe("2024-09-05");
  });

  it("takes a lone date line a few lines above the headline when the byline has none", () => {
    const dump = "Security\nDecember 17, 2025\n10 min read\n119 views\nNews\nShare\nBridge Closes\nBody.";
    expect(read(dump, 6, 7).published).toBe("2025-12-17");
  });

  it("splits a byline at a dot operator between name, role and date", () => {
    const dump = "Bridge Closes\nBy Jane Porter ⋅ Senior Editor ⋅ Updated March 5, 2025\nBody.";
    expect(read(dump, 0, 2)).toMatchObject({ author: "Jane Porter", published: "2025-03-05" });
  });

  it("takes a labelled stamp far below the headline, but not one below the body under another story's teaser", () => {
    const paragraph =
      "The council voted on Tuesday to close the bridge for repairs after engineers found cracks in it.";
    const teaser = "Rail Strike Called Off After Late Talks";
    const lines = ["Bridge Closes", ...Array.from({ length: 20 }, () => paragraph), teaser, "Posted on June 9, 2020"];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    expect(readByline(features, 0, 1, 22).published).toBe("2020-06-09");
    expect(readByline(features, 0, 1, 20).published).toBeNull();
  });

  it("takes the date printed right under the body when nothing nearer the headline gives one", () => {
    const paragraph =
      "The council voted on Tuesday to close the bridge for repairs after engineers found cracks in it.";
    const lines = ["Bridge Closes", paragraph, paragraph, "Published", "June 9, 2020", "Share"];
    expect(readByline(measureLines(splitDumpLines(lines.join("\n"))), 0, 1, 2).published).toBe("2020-06-09");
  });

  it("finds a bare name only when it looks like a person's", () => {
    const named = "Bridge Closes\nRyan Carrigan\nLast Updated: Dec 17, 2025\nBody.";
    expect(read(named, 0, 3).author).toBe("Ryan Carrigan");
    const label = "Bridge Closes\nTravel Tips\nDecember 17, 2025\nBody.";
    expect(read(label, 0, 3).author).toBeNull();
  });
});
