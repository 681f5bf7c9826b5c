import { describe, expect, it } from "vitest";
import { headerAndFooter, siteOwner } from "./site-owner.js";

const BODY =
  "The council voted on Tuesday to close the bridge for repairs after engineers found cracks in two of its piers.";
const owner = (lines: string[], url: string | null) => siteOwner(headerAndFooter(lines), url);

describe("siteOwner", () => {
  it("names the person a personal site is named after, in its header or footer, when the host carries the name", () => {
    expect(owner(["Jane Porter//", "Home Notes About", BODY], "https://porter.dev/notes/bridge")).toBe("Jane Porter");
    expect(owner(["Jane Porter's Tech Blog", "Home", BODY], "https://www.janeporter.com/2025/bridge")).toBe(
      "Jane Porter",
    );
    const footer = [BODY, BODY, "© 2012-2025 Jane Porter. All rights reserved."];
    expect(owner(footer, "https://blog.jane-porter.fr/articles/bridge")).toBe("Jane Porter");
    expect(owner(["Jane Porter's blog", BODY], "https://www.example.org/~jporter/blog/bridge.html")).toBe(
      "Jane Porter",
    );
  });

  it("names no one when the host does not carry the name, or without a URL", () => {
    expect(owner(["Jane Porter//", BODY], "https://harbourtimes.com/notes/bridge")).toBeNull();
    // A three-letter first name inside a longer word of the host is chance: "dan" in "jordannews".
    expect(owner(["© 2025 Dan Quill", BODY], "https://jordannews.com/notes/bridge")).toBeNull();
    expect(owner(["Jane Porter//", BODY], null)).toBeNull();
  });

  it("names no organisation called after a person, no shouted name and no site of many words", () => {
    expect(owner(["Sofia Health", BODY], "https://sofiahealth.com/blog/x")).toBeNull();
    expect(owner(["Logan University", BODY], "https://logan.edu/news/x")).toBeNull();
    expect(owner(["JANE PORTER", BODY], "https://janeporter.com/x")).toBeNull();
    expect(owner(["Ava Solar Billing Plan", BODY], "https://avaenergy.org/x")).toBeNull();
  });

  it("looks for the name in the header and the footer only, not in the article between them", () => {
    const middle = ["Harbour Notes", ...Array.from({ length: 10 }, () => BODY), "Jane Porter", ...Array(20).fill(BODY)];
    expect(owner(middle, "https://janeporter.com/x")).toBeNull();
    expect(owner(["Harbour Notes", ...Array(30).fill(BODY), "© 2025 Jane Porter"], "https://janeporter.com/x")).toBe(
      "Jane Porter",
    );
  });

  it("names no one from a header that is a label, however the host reads", () => {
    expect(owner(["Travel Tips", BODY], "https://traveltips.com/x")).toBeNull();
  });
});
