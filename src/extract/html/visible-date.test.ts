import { describe, expect, it } from "vitest";
import { parseHtml } from "./html-tree.js";
import { textBlocks } from "./text-blocks.js";
import { datesBesideByline, datesNearHeadline, labelledPublicationDate, writtenOutDays } from "./visible-date.js";

function blocksOf(html: string) {
  return textBlocks(parseHtml(html).root);
}

describe("datesNearHeadline", () => {
  it("reads a dateline under the headline and tells updates from publication", () => {
    const blocks = blocksOf(
      "<h1>Bridge reopens</h1><p>By Lois Lane</p><p>Published March 3, 2025</p><p>Updated 4 March 2025</p>" +
        "<p>The bridge reopened on Monday after repairs that took most of the winter, officials said.</p>",
    );
    expect(datesNearHeadline(blocks, 0)).toEqual([
      { date: "2025-03-03", updated: false },
      { date: "2025-03-04", updated: true },
    ]);
  });

  it("puts the date below the headline before those of other stories listed above it", () => {
    const blocks = blocksOf(
      "<p>Ferry timetable changes</p><p>12/16/2025</p><h1>Bridge reopens</h1><p>03/01/2017 by Lois Lane</p>",
    );
    expect(datesNearHeadline(blocks, 2).map((shown) => shown.date)).toEqual(["2017-03-01", "2025-12-16"]);
  });

  it("ignores dates inside long sentences and far from the headline", () => {
    const sentence =
      "<p>The council first discussed the bridge on January 5, 2019, when engineers warned that the north pier was failing and needed work.</p>";
    const far = Array.from({ length: 20 }, (_, i) => `<p>Filler paragraph ${i}.</p>`).join("");
    const blocks = blocksOf(`<h1>Bridge reopens</h1>${sentence}${far}<p>2020-01-01</p>`);
    expect(datesNearHeadline(blocks, 0)).toEqual([]);
  });
});

describe("datesNearHeadline and periods", () => {
  it("skips a period's ends (an event's, an offer's) but keeps a dateline followed by a time or a label", () => {
    const period = "<p>Dates: 2025-12-12 - 2025-12-17</p><p>Open March 3 – March 9, 2025</p>";
    const datelines = "<p>June 2, 2025 - 10:30 am</p><p>May 1, 2025 – Updated May 3, 2025</p>";
    const days = datesNearHeadline(blocksOf(`<h1>Harbour festival</h1>${period}${datelines}`), 0).map(
      (shown) => shown.date,
    );
    expect(days).toEqual(["2025-06-02", "2025-05-01"]);
  });
});

describe("datesNearHeadline and glued inline elements", () => {
  it("reads a month's name that an inline element's text runs into", () => {
    const blocks = blocksOf(
      "<h1>Bridge reopens</h1><p><span>City</span><span>JUNE 2, 2021</span><span>Updated: JULY 1, 2021</span></p>" +
        "<p><a>Lois Lane</a><span>Mar 5, 2020</span></p>",
    );
    expect(datesNearHeadline(blocks, 0)).toEqual([
      { date: "2021-06-02", updated: false },
      { date: "2020-03-05", updated: false },
    ]);
  });
});

describe("datesNearHeadline and tables", () => {
  it("skips dates in table cells: they are rows of data, not the dateline", () => {
    const table = "<table><tr><td>Month</td><td>Price</td></tr><tr><td>1/1/2013</td><td>$300</td></tr></table>";
    const blocks = blocksOf(`<h1>Bridge tolls over the years</h1><p>Updated Nov 6, 2025</p>${table}`);
    expect(datesNearHeadline(blocks, 0)).toEqual([{ date: "2025-11-06", updated: true }]);
  });
});

describe("writtenOutDays", () => {
  it("collects days written with a month's name in either order, from short blocks only", () => {
    const long =
      "<p>The council first discussed the bridge on January 5, 2019, when engineers warned that the north pier was failing and needed work.</p>";
    const blocks = blocksOf(`<ul><li>December 2, 2025</li><li>3rd of March, 2024</li><li>02/12/2025</li></ul>${long}`);
    expect([...writtenOutDays(blocks)].sort()).toEqual(["2024-03-03", "2025-12-02"]);
  });
});

describe("datesNearHeadline in other languages", () => {
  it("reads a month name between dashes", () => {
    const blocks = blocksOf("<p>Por: Equipo Norte el 04-ago-2021 5:11:10</p><h1>Tuberías de cobre o de plástico</h1>");
    expect(datesNearHeadline(blocks, 1)).toEqual([{ date: "2021-08-04", updated: false }]);
  });

  it("reads months named in German, French and Spanish, and their update labels", () => {
    const blocks = blocksOf(
      "<h1>Neue Brücke</h1><p>Veröffentlicht am 4. März 2025</p><p>Aktualisiert am 6. März 2025</p>" +
        "<p>Mis à jour le 12 mars 2025</p><p>Madrid, 1 de abril de 2025</p>",
    );
    expect(datesNearHeadline(blocks, 0)).toEqual([
      { date: "2025-03-04", updated: false },
      { date: "2025-03-06", updated: true },
      { date: "2025-03-12", updated: true },
      { date: "2025-04-01", updated: false },
    ]);
  });

  it("reads no date from a number, a word and a year that name no month", () => {
    const blocks = blocksOf("<h1>Best laptops</h1><p>Top 10 Picks 2025</p><p>12 Monate 2025</p>");
    expect(datesNearHeadline(blocks, 0)).toEqual([]);
  });

  it("reads no date from a software version, an English word in a foreign month's place, or an impossible year", () => {
    const blocks = blocksOf(
      "<h1>PyCharm 2024.1.4 brings faster indexing</h1><p>Unity 2022.3.5 LTS · By Jane Doe</p>" +
        "<p>Season 5 out 2025, producers say</p><p>Won the 3 set 2024 final</p><p>Hotline 12.03.4567</p>" +
        "<p>Ref 01/02/0000</p><p>Posted 05/06/3000</p>",
    );
    expect(datesNearHeadline(blocks, 0)).toEqual([]);
  });

  it("reads a publication label only before its date: after it, the label ends a sentence about something else", () => {
    const sentence = blocksOf("<p>Das Buch wurde am 3. März 1999 veröffentlicht.</p>");
    expect(labelledPublicationDate(sentence)).toBeNull();
    const dateline = blocksOf("<p>Veröffentlicht am 3. März 2025</p>");
    expect(labelledPublicationDate(dateline)).toEqual({ date: "2025-03-03", updated: false });
  });

  it("reads year-first dates with one-digit parts and the Chinese, Japanese and Korean forms", () => {
    const blocks = blocksOf("<h1>新桥</h1><p>2025/3/4</p><p>发布时间：2025年3月5日 10:00</p><p>2025년 3월 6일</p>");
    expect(datesNearHeadline(blocks, 0).map((shown) => shown.date)).toEqual(["2025-03-04", "2025-03-05", "2025-03-06"]);
  });
});

describe("datesNearHeadline and numeric dates", () => {
  it("reads a dotted date day first and a slashed one month first, keeping the other order when both are days", () => {
    const blocks = blocksOf(
      "<h1>Bridge reopens</h1><p>12.03.2025</p><p>12/03/2025</p><p>25.03.2025</p><p>3/25/2025</p>",
    );
    expect(datesNearHeadline(blocks, 0)).toEqual([
      { date: "2025-03-12", updated: false, otherReading: "2025-12-03" },
      { date: "2025-12-03", updated: false, otherReading: "2025-03-12" },
      { date: "2025-03-25", updated: false },
      { date: "2025-03-25", updated: false },
    ]);
  });

  it("reads a slashed date day first when only that order makes a day", () => {
    const blocks = blocksOf("<h1>Bridge reopens</h1><p>25/03/2025</p>");
    expect(datesNearHeadline(blocks, 0)).toEqual([{ date: "2025-03-25", updated: false }]);
  });
});

describe("labelledPublicationDate", () => {
  it("reads a date under a bare 'Published' label, as in a table of facts", () => {
    const blocks = blocksOf("<h3>Published</h3><p>August 30, 2024</p><h3>Updated</h3><p>May 1, 2025</p>");
    expect(labelledPublicationDate(blocks)).toEqual({ date: "2024-08-30", updated: false });
  });

  it("reads past a second label between a bare label and its date", () => {
    const blocks = blocksOf(
      '<h4>Published</h4><h3 class="sr-only">Publish date</h3><time>15 May 2019</time><p>Filler</p>',
    );
    expect(labelledPublicationDate(blocks)).toEqual({ date: "2019-05-15", updated: false });
  });
});

describe("datesBesideByline", () => {
  it("reads the date a block or two from the byline, not further", () => {
    const blocks = blocksOf(
      "<p>Sources</p><p>Written by Cy Black</p><p>April 8, 2024</p><p>x</p><p>x</p><p>May 1, 2024</p>",
    );
    expect(datesBesideByline(blocks, 1)).toEqual([{ date: "2024-04-08", updated: false }]);
  });
});

describe("numeric dates and the page's locale", () => {
  const blocks = blocksOf("<h1>Bridge reopens</h1><p>By Lois Lane, 03/04/2021</p>");

  it("reads a slashed date day first on a day-first page, keeping the month-first reading", () => {
    expect(datesNearHeadline(blocks, 0, { order: "day-first" })).toEqual([
      { date: "2021-04-03", updated: false, otherReading: "2021-03-04" },
    ]);
  });

  it("reads it month first on a month-first page and on one whose locale is unknown", () => {
    const monthFirst = [{ date: "2021-03-04", updated: false, otherReading: "2021-04-03" }];
    expect(datesNearHeadline(blocks, 0, { order: "month-first" })).toEqual(monthFirst);
    expect(datesNearHeadline(blocks, 0)).toEqual(monthFirst);
  });

  it("still takes the only order that makes a day, whatever the locale", () => {
    const american = blocksOf("<h1>Bridge reopens</h1><p>12/25/2021</p>");
    expect(datesNearHeadline(american, 0, { order: "day-first" })).toEqual([{ date: "2021-12-25", updated: false }]);
  });
});

describe("relative dates by the headline", () => {
  const now = new Date("2025-03-10T12:00:00Z");

  it("reads them against the fetch time, and not at all without one", () => {
    const blocks = blocksOf("<h1>Bridge reopens</h1><p>By Lois Lane · 2 days ago</p>");
    expect(datesNearHeadline(blocks, 0, { now })).toEqual([{ date: "2025-03-08", updated: false, relative: true }]);
    expect(datesNearHeadline(blocks, 0)).toEqual([]);
  });

  it("reads none in the headline itself, which may say 'Yesterday'", () => {
    const blocks = blocksOf("<h1>Yesterday once more: markets fall again</h1><p>News | Yesterday</p>");
    expect(datesNearHeadline(blocks, 0, { now })).toEqual([{ date: "2025-03-09", updated: false, relative: true }]);
    expect(datesNearHeadline(blocksOf("<h1>Yesterday</h1><p>By Lois Lane</p>"), 0, { now })).toEqual([]);
  });

  it("prefers a date the block writes out, and keeps an update label", () => {
    const blocks = blocksOf("<h1>Bridge reopens</h1><p>March 3, 2025 · 2 days ago</p><p>Updated 3 hours ago</p>");
    expect(datesNearHeadline(blocks, 0, { now })).toEqual([
      { date: "2025-03-03", updated: false },
      { date: "2025-03-10", updated: true, relative: true },
    ]);
  });
});
