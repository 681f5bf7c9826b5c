import { describe, expect, it } from "vitest";
import { findOutlet } from "./outlet.js";

const outlet = (lines: string[], url?: string) => findOutlet(lines, lines.join("\n"), url);

describe("findOutlet", () => {
  it("takes the name from a footer copyright line, in the dump's best-spaced spelling", () => {
    const lines = ["Body.", "More body.", "Publishers of HARBOUR TIMES", "Copyright © Harbourtimes"];
    expect(outlet(lines)).toBe("HARBOUR TIMES");
    expect(outlet([...lines.slice(0, 2), "Harbour Times reports that the bridge is shut.", lines[3] ?? ""])).toBe(
      "Harbour Times",
    );
  });

  it("uses the host name only when the dump spells it out", () => {
    expect(outlet(["Body text.", "About Harbour Times"], "https://www.harbourtimes.co.uk/news/x")).toBe(
      "Harbour Times",
    );
    expect(outlet(["Body text.", "About us"], "https://www.harbourtimes.com/news/x")).toBeNull();
  });

  it("does not take a photo credit in the body for the outlet", () => {
    const lines = ["© Jane Porter", "Body.", "Body.", "Body.", "Body."];
    expect(outlet(lines)).toBeNull();
  });
});
