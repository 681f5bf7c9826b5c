import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { sampleDelivery } from "../../test/support/notify-fixtures.js";
import { atomFeed } from "./atom-feed.js";

const ATOM = "http://www.w3.org/2005/Atom";

function parse(xml: string): Document {
  const document = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
  expect(document.getElementsByTagName("parsererror")).toHaveLength(0);
  return document;
}

const children = (parent: Element, name: string) => [...parent.children].filter((child) => child.localName === name);

describe("atomFeed", () => {
  const [delivered] = sampleDelivery({ kind: "feed" }).updates;
  const weird = {
    ...delivered!,
    update: { ...delivered!.update, id: "upd_weird", createdAt: "2024-05-03T08:00:00.000Z" },
    article: {
      ...delivered!.article,
      title: "Control\u0007 chars & <tags> \uD800 in a scraped title",
      url: null,
      author: "R. Ames",
    },
  };
  const xml = atomFeed({
    id: "urn:storyline:story:story-flood",
    title: "Flood waters rise in Riverton",
    selfUrl: "http://storyline.test/stories/story-flood/feed.atom",
    pageUrl: "http://storyline.test/stories/story-flood",
    updatedFallback: "2024-05-01T00:00:00.000Z",
    entries: [weird, delivered!].map((entry) => ({
      delivered: entry,
      storyUrl: "http://storyline.test/stories/story-flood",
      storyHeadline: "Flood waters rise in Riverton",
    })),
  });

  it("is well-formed XML in the Atom namespace with the feed elements RFC 4287 requires", () => {
    const feed = parse(xml).documentElement;
    expect(feed.localName).toBe("feed");
    expect(feed.namespaceURI).toBe(ATOM);
    for (const name of ["id", "title", "updated", "author"]) expect(children(feed, name), name).toHaveLength(1);
    expect(children(feed, "updated")[0]?.textContent).toBe("2024-05-03T08:00:00.000Z");
    const self = children(feed, "link").find((link) => link.getAttribute("rel") === "self");
    expect(self?.getAttribute("href")).toBe("http://storyline.test/stories/story-flood/feed.atom");
  });

  it("gives every entry an id, title, updated, link, author and content, escaping what needs it", () => {
    const entries = children(parse(xml).documentElement, "entry");
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      for (const name of ["id", "title", "updated", "content"]) expect(children(entry, name), name).toHaveLength(1);
      expect(children(entry, "link").some((link) => link.getAttribute("rel") === "alternate")).toBe(true);
      expect(children(entry, "updated")[0]?.textContent).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    }
    const [first, second] = entries as [Element, Element];
    expect(children(first, "title")[0]?.textContent).toBe("Control chars & <tags>  in a scraped title");
    expect(children(first, "author")[0]?.textContent).toBe("R. Ames");
    // Without an article URL the entry links to the story.
    expect(children(first, "link")[0]?.getAttribute("href")).toBe("http://storyline.test/stories/story-flood");
    expect(children(second, "author")[0]?.textContent).toBe("Daily Courier");
    const content = children(second, "content")[0];
    expect(content?.getAttribute("type")).toBe("html");
    expect(content?.textContent).toContain(
      "<li>A second dam upstream failed on Thursday morning, flooding the village of Millbrook &amp; cutting the &lt;main&gt; road.</li>",
    );
  });

  it("uses the fallback time when there are no entries", () => {
    const empty = atomFeed({
      id: "urn:storyline:subscription:sub_1",
      title: "Following: floods",
      selfUrl: "http://storyline.test/subscriptions/sub_1/feed.atom",
      pageUrl: "http://storyline.test/",
      updatedFallback: "2024-05-01T00:00:00.000Z",
      entries: [],
    });
    expect(children(parse(empty).documentElement, "updated")[0]?.textContent).toBe("2024-05-01T00:00:00.000Z");
  });
});
