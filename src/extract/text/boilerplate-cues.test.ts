import { describe, expect, it } from "vitest";
import { boilerplateKind } from "./boilerplate-cues.js";

const words = (text: string) => text.split(/\s+/).length;
const kind = (text: string, hasDate = false) => boilerplateKind(text, words(text), hasDate);

describe("boilerplateKind", () => {
  it("names widget labels, prompts, contacts, legal lines, teasers, counters, bylines and credits", () => {
    expect(kind("Related Articles")).toBe("widget");
    expect(kind("Share on Facebook")).toBe("widget");
    expect(kind("Click to watch our video of the week")).toBe("widget");
    expect(kind("Would you like to receive notifications on latest updates?")).toBe("prompt");
    expect(kind("Kindly contact us at [email protected] for adverts.")).toBe("contact");
    expect(kind("Call or Whatsapp: 0803 561 7233")).toBe("contact");
    expect(kind("DISCLAIMER: Opinions are the authors' own.")).toBe("legal");
    expect(kind("Copyright © 2024 Example Daily. All rights reserved.")).toBe("legal");
    expect(kind("No fewer than five people were reportedly dead when a tornado tore thro...")).toBe("teaser");
    expect(kind("VIEWS 166")).toBe("counter");
    expect(kind("5 min read")).toBe("counter");
    expect(kind("By Jane Porter")).toBe("byline");
    expect(kind("Posted on March 3, 2024 by Jane Porter in Local News", true)).toBe("byline");
    expect(kind("Getty Images / Jane Porter")).toBe("credit");
    expect(kind("This post contains affiliate links, so we may earn a commission at no extra cost to you.")).toBe(
      "legal",
    );
    expect(kind("These cookies are strictly necessary to provide the services available through our website.")).toBe(
      "prompt",
    );
  });

  it("leaves prose alone, even when it uses a cue word", () => {
    expect(kind("The council will share the cost of the repairs with the regional government.")).toBeNull();
    expect(kind("By the end of the year the bridge should be open again, the mayor said.")).toBeNull();
    expect(kind("The search for survivors went on through the night.")).toBeNull();
    expect(kind("Officials said the work would take at least six months.")).toBeNull();
    expect(
      kind("The firm denied that its agents earn a commission on every ticket they sell to travellers."),
    ).toBeNull();
  });
});
