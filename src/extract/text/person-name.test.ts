import { describe, expect, it } from "vitest";
import { looksLikePersonName } from "./person-name.js";

describe("looksLikePersonName", () => {
  it("accepts names, known or not", () => {
    for (const name of ["Ryan Carrigan", "Margaret James", "Segun Adewole", "Chirag Bhardwaj"]) {
      expect(looksLikePersonName(name)).toBe(true);
    }
  });

  it("rejects labels made of ordinary words", () => {
    for (const label of ["Travel Tips", "Order Now", "Key Points", "Free Advising Session", "Latest News"]) {
      expect(looksLikePersonName(label)).toBe(false);
    }
  });
});
