import { describe, expect, it } from "vitest";
import { withoutOutletName } from "./outlet-self-mentions.js";

const entities = {
  people: ["Kim Jong Un"],
  places: ["Russia", "Boston"],
  organisations: ["Eko Hot Blog", "Kremlin", "BBC News"],
};
const HEADLINE = "Kim Jong Un Arrives In Russia";

describe("withoutOutletName", () => {
  it("drops the outlet's own name however it is spaced or cased", () => {
    expect(withoutOutletName(entities, "EkoHot Blog", HEADLINE).organisations).toEqual(["Kremlin", "BBC News"]);
    expect(withoutOutletName(entities, "EKO HOT BLOG", HEADLINE).organisations).toEqual(["Kremlin", "BBC News"]);
  });

  it("recognises the outlet from the label its host name registers", () => {
    expect(withoutOutletName(entities, "www.ekohotblog.com", HEADLINE).organisations).toEqual(["Kremlin", "BBC News"]);
    const wire = { people: [], places: [], organisations: ["BBC", "CNN", "Reuters"] };
    expect(withoutOutletName(wire, "news.bbc.co.uk", HEADLINE).organisations).toEqual(["CNN", "Reuters"]);
    expect(withoutOutletName(wire, "edition.cnn.com", HEADLINE).organisations).toEqual(["BBC", "Reuters"]);
  });

  it("keeps people and places that share the outlet's name", () => {
    expect(withoutOutletName(entities, "boston.com", HEADLINE).places).toContain("Boston");
    const named = { people: ["Bloomberg"], places: [], organisations: [] };
    expect(withoutOutletName(named, "Bloomberg", HEADLINE).people).toEqual(["Bloomberg"]);
  });

  it("keeps the outlet when the headline is about it", () => {
    const about = { people: [], places: [], organisations: ["Reuters", "Thomson"] };
    expect(withoutOutletName(about, "Reuters", "Reuters to cut 200 jobs").organisations).toEqual([
      "Reuters",
      "Thomson",
    ]);
    expect(withoutOutletName(about, "Reuters", "Thomson sells a stake").organisations).toEqual(["Thomson"]);
  });

  it("keeps every name when the outlet is unknown or another one", () => {
    expect(withoutOutletName(entities, null, HEADLINE)).toEqual(entities);
    expect(withoutOutletName(entities, "Reuters", HEADLINE)).toEqual(entities);
    // A partial match is another organisation: "BBC News" stays for the outlet "BBC".
    expect(withoutOutletName(entities, "BBC", HEADLINE).organisations).toContain("BBC News");
  });
});
