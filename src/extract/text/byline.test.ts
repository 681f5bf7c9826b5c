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
});

describe("readByline", () => {
  const read = (dump: string, titleIndex: number, bodyStart: number) =>
    readByline(measureLines(splitDumpLines(dump)), titleIndex, bodyStart);

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

  it("finds a bare name only when it looks like a person's", () => {
    const named = "Bridge Closes\nRyan Carrigan\nLast Updated: Dec 17, 2025\nBody.";
    expect(read(named, 0, 3).author).toBe("Ryan Carrigan");
    const label = "Bridge Closes\nTravel Tips\nDecember 17, 2025\nBody.";
    expect(read(label, 0, 3).author).toBeNull();
  });
});
