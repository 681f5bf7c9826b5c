import { describe, expect, it } from "vitest";
import { repairMojibake } from "./mojibake.js";

/** How a UTF-8 string reads when its bytes are decoded as Latin-1. */
function misread(text: string): string {
  return Buffer.from(text, "utf8").toString("latin1");
}

describe("repairMojibake", () => {
  it("decodes UTF-8 read as Latin-1 back to the intended characters", () => {
    expect(repairMojibake(misread("The council’s “harbour” plan costs €14m — café owners agree"))).toBe(
      "The council’s “harbour” plan costs €14m — café owners agree",
    );
  });

  it("leaves correct text alone, Latin-1 accents included", () => {
    const text = "Ã la carte is spelled à la carte; São Paulo, Zürich, naïve.";
    expect(repairMojibake(text)).toBe(text);
  });
});
