import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article.js";

function actionsOf(title: string, text = "") {
  return analyzeArticle({ title, text, published: null }).actions;
}

describe("eventActions", () => {
  it("lemmatises the headline's main verbs and leaves out reporting verbs", () => {
    expect(actionsOf("Rovers fired their coach after six straight losses, the club says")).toEqual(["fire"]);
  });

  it("reads a title-cased headline in sentence case, so its verbs are not taken for names", () => {
    expect(actionsOf("Harbour City Hires Former Star As Head Coach")).toContain("hire");
  });

  it("adds the lede's verbs after the headline's and stops at the first sentence", () => {
    const actions = actionsOf(
      "A strong earthquake hit the coastal town",
      "The earthquake destroyed dozens of homes on Tuesday. Volunteers rebuilt the school a year later.",
    );
    expect(actions).toEqual(["hit", "destroy"]);
  });

  it("does not read a known organisation's name as a verb", () => {
    expect(actionsOf("Fed signals slower rate rises")).not.toContain("feed");
  });
});
