import { describe, expect, it } from "vitest";
import { cleanAuthor } from "./author-name.js";

describe("cleanAuthor", () => {
  it("keeps names as bylines print them and drops what follows", () => {
    expect(cleanAuthor("Segun Adewole")).toBe("Segun Adewole");
    expect(cleanAuthor("Benedicta Bassey July 6, 2024 0")).toBe("Benedicta Bassey");
    expect(cleanAuthor("Jane Doe and John Roe")).toBe("Jane Doe, John Roe");
    expect(cleanAuthor("Dylan Bailey, MS, RD")).toBe("Dylan Bailey, MS, RD");
    expect(cleanAuthor("Ludwig van Beethoven | Music")).toBe("Ludwig van Beethoven");
    expect(cleanAuthor("Jane Porter ● Harbour Desk")).toBe("Jane Porter");
  });

  it("rejects what is no name", () => {
    expect(cleanAuthor("the editorial staff")).toBeNull();
    expect(cleanAuthor("5 min read")).toBeNull();
    expect(cleanAuthor("https://example.org/jane")).toBeNull();
    expect(cleanAuthor("Admin")).toBeNull();
    expect(cleanAuthor("Article Content")).toBeNull();
  });

  it("takes one word after an explicit 'By' only when it is a known first name", () => {
    expect(cleanAuthor("Clay", { vouched: true })).toBe("Clay");
    expect(cleanAuthor("Category", { vouched: true })).toBeNull();
    expect(cleanAuthor("Clay")).toBeNull();
  });

  it("takes a group's byline only when a 'By', a label or a date vouches for it", () => {
    expect(cleanAuthor("The Currency editors", { vouched: true })).toBe("The Currency editors");
    expect(cleanAuthor("Great Day Editorial Team", { vouched: true })).toBe("Great Day Editorial Team");
    expect(cleanAuthor("Team Tiger Data", { vouched: true })).toBe("Team Tiger Data");
    expect(cleanAuthor("Staff", { vouched: true })).toBe("Staff");
    expect(cleanAuthor("Jane Porter and the Podium Staff", { vouched: true })).toBe("Jane Porter, the Podium Staff");
    expect(cleanAuthor("Podium Staff")).toBeNull();
    expect(cleanAuthor("Team")).toBeNull();
    expect(cleanAuthor("Meet the Team", { vouched: true })).toBeNull();
  });

  it("takes a screen name after an explicit 'By' with a date after it, or one spelt with an inner capital", () => {
    expect(cleanAuthor("BeauHD on Friday December 19, 2025", { vouched: true, byAndDate: true })).toBe("BeauHD");
    expect(cleanAuthor("ibby on 12/19/2025", { vouched: true, byAndDate: true })).toBe("ibby");
    expect(cleanAuthor("ShawnHymel", { vouched: true })).toBe("ShawnHymel");
    expect(cleanAuthor("ShawnHymel")).toBeNull();
    expect(cleanAuthor("ibby", { vouched: true })).toBeNull();
  });

  it("cuts off the publication or section a name is filed in", () => {
    expect(cleanAuthor("John Crenshaw in seo")).toBe("John Crenshaw");
    expect(cleanAuthor("Jane Porter in Towards Data Science")).toBe("Jane Porter");
  });

  it("cuts a reading time or date off the name but keeps the surname before it", () => {
    expect(cleanAuthor("Kyle Howells 15 min read")).toBe("Kyle Howells");
    expect(cleanAuthor("Ann Lee March 5, 2024")).toBe("Ann Lee");
  });

  it("cuts a stamp label, a glued dash and a stray preposition off the name", () => {
    expect(cleanAuthor("Jane Porter Updated Sep 5, 2024")).toBe("Jane Porter");
    expect(cleanAuthor("Jane Porter—10 min read")).toBe("Jane Porter");
    expect(cleanAuthor("Jane Porter - Product marketer")).toBe("Jane Porter");
    expect(cleanAuthor("Jane Porter In")).toBe("Jane Porter");
    expect(cleanAuthor("Ana Ruiz-Soto")).toBe("Ana Ruiz-Soto");
  });

  it("drops a job title after the name and a name printed twice", () => {
    expect(cleanAuthor("Jane Porter , Contributor")).toBe("Jane Porter");
    expect(cleanAuthor("Ann Lee, Senior Director, Content & Marketing")).toBe("Ann Lee");
    expect(cleanAuthor("Tom Reyes Former Deputy Tech Editor")).toBe("Tom Reyes");
    expect(cleanAuthor("Jane Porter Jane Porter")).toBe("Jane Porter");
    expect(cleanAuthor("Jane Porter, Tom Reyes")).toBe("Jane Porter, Tom Reyes");
  });

  it("drops a job title after a comma however long it runs, even with no role word last", () => {
    expect(cleanAuthor("Audrey Huang, Print Managing Editor")).toBe("Audrey Huang");
    const long = "Ann Lee, Senior Director, Content & Marketing, Example Research and Example Institute";
    expect(cleanAuthor(long)).toBe("Ann Lee");
    expect(cleanAuthor("Ann Lee, Tom Reyes and Sam Okafor")).toBe("Ann Lee, Tom Reyes, Sam Okafor");
  });
});
