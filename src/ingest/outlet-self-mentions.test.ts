import { describe, expect, it } from "vitest";
import { withoutOutletName } from "./outlet-self-mentions.js";

const entities = {
  people: ["Kim Jong Un"],
  places: ["Russia"],
  organisations: ["Eko Hot Blog", "Kremlin", "BBC News"],
};

describe("withoutOutletName", () => {
  it("drops the outlet's own name however it is spaced or cased", () => {
    expect(withoutOutletName(entities, "EkoHot Blog").organisations).toEqual(["Kremlin", "BBC News"]);
    expect(withoutOutletName(entities, "EKO HOT BLOG").organisations).toEqual(["Kremlin", "BBC News"]);
  });

  it("recognises the outlet from a host name's brand label", () => {
    expect(withoutOutletName(entities, "www.ekohotblog.com").organisations).toEqual(["Kremlin", "BBC News"]);
    const bbc = { people: [], places: [], organisations: ["BBC", "Reuters"] };
    expect(withoutOutletName(bbc, "bbc.co.uk").organisations).toEqual(["Reuters"]);
  });

  it("keeps every name when the outlet is unknown or another one", () => {
    expect(withoutOutletName(entities, null)).toEqual(entities);
    expect(withoutOutletName(entities, "Reuters")).toEqual(entities);
    // A partial match is another organisation: "BBC News" stays for the outlet "BBC".
    expect(withoutOutletName(entities, "BBC").organisations).toContain("BBC News");
  });
});
