import { describe, expect, it } from "vitest";
import { parseHtml } from "./html-tree.js";
import { publicationDate, urlDate, urlMonth } from "./publication-date.js";
import { textBlocks } from "./text-blocks.js";

function blocksOf(html: string) {
  return textBlocks(parseHtml(html).root);
}

const PROSE = "<p>The bridge reopened on Monday after repairs that took most of the winter, officials said.</p>";
const FILLER = Array.from({ length: 20 }, (_, i) => `<p>Paragraph ${i} of the story about the bridge.</p>`).join("");

function dateOf(html: string, declared: string | null = null, urls: (string | null)[] = [], fetchedUrl?: string) {
  const blocks = blocksOf(html);
  return publicationDate({ declared, blocks, title: "Bridge reopens", bodyStart: 0, urls, fetchedUrl });
}

describe("publicationDate", () => {
  it("gives a site's home page no date, whatever it declares or shows", () => {
    const html = `<h1>Bridge reopens</h1><p>March 3, 2025</p>${PROSE}`;
    const home = "https://planet.example/";
    expect(dateOf(html, "2021-05-24T15:24:38+00:00", [home, home], home)).toBeNull();
    expect(dateOf(html, "2021-05-24T15:24:38+00:00", [null, home], home)).toBeNull();
    // A post addressed by its query or its client-side route, or declaring its own path, is dated.
    expect(dateOf(html, null, ["https://planet.example/?p=123"], "https://planet.example/?p=123")).toBe("2025-03-03");
    expect(dateOf(html, null, ["https://planet.example/#/story/12"], "https://planet.example/#/story/12")).toBe(
      "2025-03-03",
    );
    expect(dateOf(html, null, ["https://planet.example/city/bridge", home], home)).toBe("2025-03-03");
  });

  it("believes a declared root address only for a page fetched from the root: templates declare it on articles", () => {
    const html = `<h1>Bridge reopens</h1><p>March 3, 2025</p>${PROSE}`;
    const home = "https://planet.example/";
    expect(dateOf(html, "2025-03-03T08:00:00Z", [home])).toBe("2025-03-03T08:00:00Z");
    expect(
      dateOf(
        html,
        "2025-03-03T08:00:00Z",
        [home, "https://planet.example/city/bridge"],
        "https://planet.example/city/bridge",
      ),
    ).toBe("2025-03-03T08:00:00Z");
  });

  it("keeps the declared date when the headline shows the same day", () => {
    const html = `<h1>Bridge reopens</h1><p>March 3, 2025</p>${PROSE}`;
    expect(dateOf(html, "2025-03-03T08:00:00Z")).toBe("2025-03-03T08:00:00Z");
  });

  it("prefers the date shown by the headline to a declared one of another day", () => {
    const html = `<h1>Bridge reopens</h1><p>March 3, 2025</p>${PROSE}`;
    expect(dateOf(html, "2019-01-01")).toBe("2025-03-03");
  });

  it("keeps the OpenGraph publication when the date shown is the declared change date", () => {
    const html = `<h1>Bridge reopens</h1><p>October 26, 2025</p>${PROSE}`;
    const sources = {
      blocks: blocksOf(html),
      title: "Bridge reopens",
      bodyStart: 0,
      urls: [],
      declared: "2024-02-21T11:54:45+00:00",
      declaredInOpenGraph: true,
    };
    expect(publicationDate({ ...sources, modified: "2025-10-26T18:41:45+00:00" })).toBe(sources.declared);
    // Without a change date that matches it, the shown date is the publication, as readers see it.
    expect(publicationDate({ ...sources, modified: "2025-11-30T09:00:00+00:00" })).toBe("2025-10-26");
  });

  it("keeps a declared instant when the headline shows its day in the publisher's zone", () => {
    const html = `<h1>Bridge reopens</h1><p>July 4, 2025</p>${PROSE}`;
    const declared = "2025-07-05T00:04:00+00:00";
    expect(dateOf(html, declared)).toBe(declared);
    // An address filed under the day shown is the publisher's own calendar: the shown day stands.
    expect(dateOf(html, declared, ["https://news.example/2025/07/04/bridge-reopens/"])).toBe("2025-07-04");
    // Two days off is no time zone; nor is a declared date without a time.
    expect(dateOf(html, "2025-07-06T00:04:00+00:00")).toBe("2025-07-04");
    expect(dateOf(html, "2025-07-05")).toBe("2025-07-04");
  });

  it("dates a page that shows only its update by that date, unless OpenGraph declares the publication", () => {
    const html = `<h1>Bridge reopens</h1><p>By Lois Lane</p><p>Updated October 8, 2025</p>${PROSE}`;
    const sources = { blocks: blocksOf(html), title: "Bridge reopens", bodyStart: 0, urls: [] };
    expect(publicationDate({ ...sources, declared: "2024-11-22" })).toBe("2025-10-08");
    expect(publicationDate({ ...sources, declared: "2024-11-22", declaredInOpenGraph: true })).toBe("2024-11-22");
    expect(publicationDate({ ...sources, declared: null })).toBe("2025-10-08");
  });

  it("reads an ambiguous numeric date in the order a date written out on the page confirms", () => {
    const posts = "<ul><li>Bridge reopens December 2, 2025</li><li>Ferry delayed June 3, 2024</li></ul>";
    expect(dateOf(`<h1>Bridge reopens</h1><p>02-12-2025</p>${PROSE}${FILLER}${posts}`)).toBe("2025-12-02");
    // Without that, the month-first reading stays.
    expect(dateOf(`<h1>Bridge reopens</h1><p>02-12-2025</p>${PROSE}`)).toBe("2025-02-12");
  });

  it("dates a page with nothing by its headline from the date beside its labelled byline", () => {
    const html = `<h1>Bridge reopens</h1>${PROSE}${FILLER}<p>Written by Cy Black</p><p>April 8, 2024</p>`;
    expect(dateOf(html)).toBe("2024-04-08");
    // A declared date still comes first: the author box may carry any date (a source's access date).
    expect(dateOf(html, "2025-12-18")).toBe("2025-12-18");
  });

  it("reads an ambiguous numeric date in the order the address's month confirms", () => {
    const html = `<h1>Bridge reopens</h1><p>03/10/2023</p>${PROSE}`;
    expect(dateOf(html, null, ["https://news.example/blog/2023/october/03/bridge-reopens/"])).toBe("2023-10-03");
    expect(dateOf(html, null, ["https://news.example/2023/10/bridge-reopens/"])).toBe("2023-10-03");
    // Without a month in the address, or when the address agrees with the parser, the month-first reading stays.
    expect(dateOf(html)).toBe("2023-03-10");
    expect(dateOf(html, null, ["https://news.example/2023/03/bridge-reopens/"])).toBe("2023-03-10");
    // A date only one order makes real is never swapped.
    const unambiguous = `<h1>Bridge reopens</h1><p>03/14/2023</p>${PROSE}`;
    expect(dateOf(unambiguous, null, ["https://news.example/2023/03/bridge-reopens/"])).toBe("2023-03-14");
  });

  it("falls back on the day the address files the page under", () => {
    const html = `<h1>Bridge reopens</h1>${PROSE}`;
    expect(dateOf(html, null, ["https://news.example/2025/12/18/bridge-reopens/"])).toBe("2025-12-18");
    expect(dateOf(html)).toBeNull();
  });

  it("takes a generic page node's date only when the address files the page under its year and month", () => {
    const html = `<h1>Bridge reopens</h1>${PROSE}`;
    const pageDated = (url: string) =>
      publicationDate({
        declared: null,
        pageDeclared: "2018-11-22T14:30:24Z",
        blocks: blocksOf(html),
        title: "Bridge reopens",
        bodyStart: 0,
        urls: [url],
      });
    expect(pageDated("https://news.example/2018/11/bridge-reopens")).toBe("2018-11-22T14:30:24Z");
    expect(pageDated("https://news.example/2019/11/bridge-reopens")).toBeNull();
    expect(pageDated("https://news.example/guides/bridge-reopens")).toBeNull();
  });
});

describe("urlDate", () => {
  it("reads /year/month/day/ paths and rejects days that do not exist", () => {
    expect(urlDate("https://blog.example/2019/5/12/post")).toBe("2019-05-12");
    expect(urlDate("https://blog.example/archive/2021-02-30/post")).toBeNull();
    expect(urlDate("https://blog.example/2021/10/gardening")).toBeNull();
    expect(urlDate("not a url")).toBeNull();
  });
});

describe("urlMonth", () => {
  it("reads the month a year's folder files a page under, by number or name", () => {
    expect(urlMonth("https://news.example/2023/10/bridge")).toBe(10);
    expect(urlMonth("https://news.example/blog/2023/october/03/bridge")).toBe(10);
    expect(urlMonth("https://news.example/2023/Sep/bridge")).toBe(9);
    expect(urlMonth("https://news.example/2023/guides/bridge")).toBeNull();
    expect(urlMonth("https://news.example/2023/13/bridge")).toBeNull();
    expect(urlMonth("not a url")).toBeNull();
  });
});

describe("publicationDate with the page's locale and fetch time", () => {
  const html = `<h1>Bridge reopens</h1><p>By Lois Lane, 03/04/2021</p>${PROSE}`;
  const sources = { declared: null, blocks: blocksOf(html), title: "Bridge reopens", bodyStart: 0, urls: [] };

  it("reads a shown slashed date in the order the locale gives", () => {
    expect(publicationDate({ ...sources, order: "day-first" })).toBe("2021-04-03");
    expect(publicationDate({ ...sources, order: "month-first" })).toBe("2021-03-04");
    expect(publicationDate(sources)).toBe("2021-03-04");
  });

  it("lets the address overrule the locale: it files the page under its month", () => {
    const urls = ["https://news.example/2021/march/bridge"];
    expect(publicationDate({ ...sources, urls, order: "day-first" })).toBe("2021-03-04");
  });

  it("dates a page by its relative date only against a fetch time, and never over a declared date", () => {
    const relative = { ...sources, blocks: blocksOf(`<h1>Bridge reopens</h1><p>5 hours ago</p>${PROSE}`) };
    const now = new Date("2025-03-10T03:00:00Z");
    expect(publicationDate(relative)).toBeNull();
    expect(publicationDate({ ...relative, now })).toBe("2025-03-09");
    expect(publicationDate({ ...relative, now, declared: "2025-03-10T00:30:00+02:00" })).toBe(
      "2025-03-10T00:30:00+02:00",
    );
    expect(publicationDate({ ...relative, now, declared: "2025-01-02T10:00:00Z" })).toBe("2025-01-02T10:00:00Z");
    // The address files the page under its day: a relative date ("5 hours ago" of a page read years later) yields.
    const filed = ["https://news.example/2019/05/12/council-approves"];
    expect(publicationDate({ ...relative, now, urls: filed, fetchedUrl: filed[0] })).toBe("2019-05-12");
  });

  it("still takes a written-out date over a declared one when a relative date comes first", () => {
    const blocks = blocksOf(`<h1>Bridge reopens</h1><p>2 hours ago</p><p>March 3, 2025</p>${PROSE}`);
    const now = new Date("2025-03-10T03:00:00Z");
    expect(publicationDate({ ...sources, blocks, now, declared: "2024-01-02" })).toBe("2025-03-03");
  });
});
