import { describe, expect, it } from "vitest";
import { joinAuthors, looksLikePersonName, splitCredit, withoutOutletName } from "./author-names.js";

describe("joinAuthors", () => {
  it("drops 'By' and joins several authors with commas", () => {
    expect(joinAuthors(["By Lois Lane and Jimmy Olsen"])).toBe("Lois Lane, Jimmy Olsen");
    expect(joinAuthors(["Written by: Ann Green, Bo Brown & Cy Black"])).toBe("Ann Green, Bo Brown, Cy Black");
  });

  it("drops roles and dates that follow a name", () => {
    expect(joinAuthors(["Jane Doe, Senior Reporter"])).toBe("Jane Doe");
    expect(joinAuthors(["John Roe - Staff Writer"])).toBe("John Roe");
    expect(joinAuthors(["Oleg Park Jul 18"])).toBe("Oleg Park");
    expect(joinAuthors(["Ann Green | Updated March 3, 2025"])).toBe("Ann Green");
    expect(joinAuthors(["BeauHD on Friday December 19"])).toBe("BeauHD");
  });

  it("drops a job title that markup glued onto the name, but keeps names with inner capitals", () => {
    expect(joinAuthors(["Ada LindqvistFounder at Seedworks"])).toBe("Ada Lindqvist");
    expect(joinAuthors(["Rory McCarthy"])).toBe("Rory McCarthy");
    expect(joinAuthors(["DeShawn Price"])).toBe("DeShawn Price");
  });

  it("keeps degrees and credentials written after a name, as the author signs", () => {
    expect(joinAuthors(["Cara Diaz, RN, BSN"])).toBe("Cara Diaz, RN, BSN");
    expect(joinAuthors(["By Omar Haddad, M.D. FACP and Lee Wu"])).toBe("Omar Haddad, M.D. FACP, Lee Wu");
    // A job after the credentials still goes, and the same person with and without them counts once.
    expect(joinAuthors(["Ann Roe, PhD, Senior Editor", "Ann Roe"])).toBe("Ann Roe, PhD");
    // Lower case is a word, not a credential.
    expect(joinAuthors(["Bo Brown, ma"])).toBe("Bo Brown");
  });

  it("rejects URLs, e-mail addresses, slugs and placeholders", () => {
    expect(joinAuthors(["https://planet.example/authors/lois"])).toBeNull();
    expect(joinAuthors(["lois@planet.example"])).toBeNull();
    expect(joinAuthors(["lois-lane-x7"])).toBeNull();
    expect(joinAuthors(["undefined"])).toBeNull();
    expect(joinAuthors(["Staff Writer"])).toBeNull();
  });

  it("keeps group credits and deduplicates across sources", () => {
    expect(joinAuthors(["The Investopedia Team"])).toBe("The Investopedia Team");
    expect(joinAuthors(["Lois Lane", "lois lane", "Clark Kent"])).toBe("Lois Lane, Clark Kent");
  });
});

describe("joinAuthors on visible bylines", () => {
  it("drops a dateline before the name and the group written for", () => {
    expect(joinAuthors(["Dec. 19, 2025 · Ann Green on behalf of the Survey Group"])).toBe("Ann Green");
  });

  it("reads a 'By' run into the name and a date run after it", () => {
    expect(joinAuthors(["ByJane Doe"])).toBe("Jane Doe");
    expect(joinAuthors(["Written byCivic Desk Editor"])).toBe("Civic Desk");
    expect(joinAuthors(["Dan Green | Mar 11, 2023 | Brakes, Repairs"])).toBe("Dan Green");
  });

  it("drops reading times, weekdays, link labels, reviewers and sections", () => {
    expect(joinAuthors(["Acme Movers, mins read"])).toBe("Acme Movers");
    expect(joinAuthors(["Sat, 20 Dec, 2025 - 06:36"])).toBeNull();
    expect(joinAuthors(["Learn More"])).toBeNull();
    expect(joinAuthors(["Scott Lee | Fact-checked by Frank Ross"])).toBe("Scott Lee");
    expect(joinAuthors(["Fred Mix in Workshop"])).toBe("Fred Mix");
    expect(joinAuthors(["Ann Green | Categories: Gardening"])).toBe("Ann Green");
    expect(joinAuthors(["Colin Gray Colin Gray"])).toBe("Colin Gray");
    expect(joinAuthors(["Eve Stone - Product marketer"])).toBe("Eve Stone");
  });

  it("reads an Oxford comma list and keeps a role's 'and' out of the names", () => {
    expect(joinAuthors(["Written by Ann Green, Bo Brown, and Cy Black"])).toBe("Ann Green, Bo Brown, Cy Black");
    expect(joinAuthors(["This post was written by Dana Pike, Head of Marketing and Community Development"])).toBe(
      "Dana Pike",
    );
  });
});

describe("splitCredit", () => {
  it("keeps generational suffixes with the name", () => {
    expect(splitCredit("Martin Luther King, Jr. and Ann Green")).toEqual(["Martin Luther King, Jr.", "Ann Green"]);
  });
});

describe("looksLikePersonName", () => {
  it("accepts capitalised names with particles, apostrophes and initials", () => {
    expect(looksLikePersonName("Marna van der Merwe")).toBe(true);
    expect(looksLikePersonName("Sean O'Brien")).toBe(true);
    expect(looksLikePersonName("Ann J. McCarthy")).toBe(true);
  });

  it("rejects credits, roles, labels in capitals and words run together", () => {
    expect(looksLikePersonName("By Jane Doe")).toBe(false);
    expect(looksLikePersonName("Senior Editor")).toBe(false);
    expect(looksLikePersonName("TABLE OF CONTENTS")).toBe(false);
    expect(looksLikePersonName("DIYHome Decor")).toBe(false);
    expect(looksLikePersonName("Madonna")).toBe(false);
  });
});

describe("withoutOutletName", () => {
  it("cuts the page's own outlet from beside a writer's name, whatever parts them", () => {
    expect(withoutOutletName("Lois Lane, Daily Planet", "Daily Planet")).toBe("Lois Lane");
    expect(withoutOutletName("Lois Lane | Daily Planet", "Daily Planet")).toBe("Lois Lane");
    expect(withoutOutletName("Lois Lane DAILY PLANET", "Daily Planet")).toBe("Lois Lane");
    expect(withoutOutletName("Lois Lane, Jimmy Olsen, Daily Planet", "Daily Planet")).toBe("Lois Lane, Jimmy Olsen");
  });

  it("keeps a credit to the outlet alone, and one that leaves a first name or a surname", () => {
    expect(withoutOutletName("Daily Planet", "Daily Planet")).toBe("Daily Planet");
    expect(withoutOutletName("Nora / Seed House", "Seed House")).toBe("Nora / Seed House");
    expect(withoutOutletName("Perry White", "White")).toBe("Perry White");
    expect(withoutOutletName("Lois Lane", "Planet")).toBe("Lois Lane");
  });
});
