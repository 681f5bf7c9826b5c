import { describe, expect, it } from "vitest";
import { extractArticle } from "../extract.js";

const STORY = [
  "The valley railway will run steam trains again from May, the heritage trust announced on Thursday evening.",
  "Volunteers spent three winters rebuilding the engine's boiler in a shed beside the old goods yard at Millbrook.",
  "The trust raised most of the money from small donations, many of them from people who rode the line as children.",
  "Tickets go on sale next month, and the first trains will run only at weekends until the summer holidays begin.",
  "The line's owners said the timetable could grow if enough drivers finish their training before the autumn.",
  "A new café in the restored station building will open on the same day, run by pupils from the village school.",
];
const LATER = [
  "Families can book a carriage for birthdays, and the trust hopes to add a dining car once the coaches are restored.",
  "The council has promised to repair the level crossing on the lane to the quarry before the first public journey.",
  "Older residents remember the line closing in the sixties, when the last goods train left with a brass band on board.",
  "Photographs of that final day hang in the booking hall, lent by a farmer whose father worked as a signalman.",
  "The trust still needs guards and ticket inspectors, and it will train anyone over sixteen who can give a day a month.",
  "Walkers will be able to take the train one way and follow the river path home, a route of about eleven miles.",
];
const TEASERS = [
  ["Flood barrier trial closes riverside path", "Walkers are asked to use the upper lane until Friday."],
  ["Library extends its Sunday opening hours", "The reading room will stay open until six from next week."],
  ["Town band celebrates its hundredth season", "Former players are invited to a reunion concert in June."],
  ["Bus route to the hospital is restored", "Services were cut in the spring after a shortage of drivers."],
];
const paragraphs = (sentences: readonly string[]) => sentences.map((sentence) => `<p>${sentence}</p>`).join("");
const flatRail = (tag: string) =>
  TEASERS.map(([title, excerpt], i) => `<${tag}><a href="/story-${i}">${title}</a></${tag}><p>${excerpt}</p>`).join("");
const wrappedRail = (tag: string) =>
  `<section>${TEASERS.map(
    ([title, excerpt], i) =>
      `<div class="item"><${tag}><a href="/story-${i}">${title}</a></${tag}><p>${excerpt}</p></div>`,
  ).join("")}</section>`;

function page(body: string): string {
  return `<!doctype html><html><head><title>Steam returns to the valley | Millbrook Post</title></head><body>
    <header><a href="/">Millbrook Post</a></header>
    <div id="page"><h1>Steam returns to the valley</h1><p>By Tom Reed</p>${body}</div>
    <footer><p>Millbrook Post, all rights reserved.</p></footer></body></html>`;
}

const text = (html: string) => extractArticle(html, { kind: "html" }).text;
const railLeft = (extracted: string) => TEASERS.flat().filter((line) => extracted.includes(line));

describe("teaser rails of linked headings over one-line excerpts", () => {
  it("drops a flat rail after the article, with h3 or h4 titles", () => {
    for (const tag of ["h3", "h4"]) {
      const extracted = text(page(paragraphs(STORY) + flatRail(tag)));
      expect(railLeft(extracted)).toEqual([]);
      for (const sentence of STORY) expect(extracted).toContain(sentence);
    }
  });

  it("drops a rail of wrapped cards at the end of an <article>", () => {
    const extracted = text(page(`<article>${paragraphs(STORY)}${wrappedRail("h3")}</article>`));
    expect(railLeft(extracted)).toEqual([]);
    for (const sentence of STORY) expect(extracted).toContain(sentence);
  });

  it("drops a rail set between the article's paragraphs", () => {
    const extracted = text(page(paragraphs(STORY.slice(0, 3)) + flatRail("h3") + paragraphs(STORY.slice(3))));
    expect(railLeft(extracted)).toEqual([]);
    for (const sentence of STORY) expect(extracted).toContain(sentence);
  });

  it("keeps sections whose linked headings stand over several sentences", () => {
    const sections = TEASERS.map(
      ([title], i) => `<h3><a href="/stop-${i}">${title}</a></h3><p>${STORY[i]} ${STORY[i + 1]} ${STORY[i + 2]}</p>`,
    ).join("");
    const extracted = text(page(paragraphs(STORY.slice(0, 2)) + sections));
    for (const [title] of TEASERS) expect(extracted).toContain(title);
  });

  it("keeps sections whose linked headings stand over several short paragraphs", () => {
    const sections = TEASERS.map(
      ([title, excerpt], i) => `<h3><a href="/stop-${i}">${title}</a></h3><p>${excerpt}</p><p>${STORY[i]}</p>`,
    ).join("");
    const extracted = text(page(paragraphs(STORY.slice(0, 2)) + sections));
    expect(railLeft(extracted)).toEqual(TEASERS.flat());
  });

  it("keeps linked headings over a paragraph of three short sentences or one long one", () => {
    // Each section says something of its own: a page repeating one paragraph is cleaned up elsewhere.
    const shortSentences = (i: number) => `Stop ${i + 1} opens at nine. Trains leave hourly. The last returns at six.`;
    const longSentence = (i: number) => `${STORY[i]!.slice(0, -1)}, while the trust says ${LATER[i]!.toLowerCase()}`;
    for (const body of [shortSentences, longSentence]) {
      const titles = TEASERS.slice(0, 3).map(([title]) => title!);
      const sections = titles.map((title, i) => `<h3><a href="/stop-${i}">${title}</a></h3><p>${body(i)}</p>`);
      // An article long enough that the sections could pass for a rail beside it, were they one line each.
      const extracted = text(page(paragraphs([...STORY, ...LATER]) + sections.join("")));
      for (const title of titles) expect(extracted).toContain(title);
    }
  });

  it("keeps unlinked headings over one line each: the article's own short sections", () => {
    const sections = TEASERS.map(([title, excerpt]) => `<h3>${title}</h3><p>${excerpt}</p>`).join("");
    const extracted = text(page(paragraphs(STORY) + sections));
    expect(railLeft(extracted)).toEqual(TEASERS.flat());
  });

  it("keeps two linked headings with a line each: too few to make a rail", () => {
    const pair = flatRail("h3").split("</p>").slice(0, 2).join("</p>");
    const extracted = text(page(paragraphs(STORY) + pair));
    expect(railLeft(extracted)).toEqual(TEASERS.slice(0, 2).flat());
  });

  it("keeps the entries of a guide page that is made of them, beside a short introduction", () => {
    const extracted = text(page(paragraphs(STORY.slice(0, 2)) + flatRail("h3")));
    expect(railLeft(extracted)).toEqual(TEASERS.flat());
  });

  it("weighs all of a page's runs together: a guide split into sections is one set of entries", () => {
    const more = [
      ["Choir seeks new tenors for its winter tour", "Rehearsals are held in the chapel on Tuesday nights."],
      ["Allotment waiting list reopens to newcomers", "Plots by the river are the first to be offered."],
    ];
    const unit = ([title, excerpt]: readonly string[], i: number) =>
      `<h3><a href="/entry-${i}">${title}</a></h3><p>${excerpt}</p>`;
    const entries = [...TEASERS, ...more];
    const sections = `<h2>This week</h2>${entries.slice(0, 3).map(unit).join("")}<h2>Last week</h2>${entries
      .slice(3)
      .map((entry, i) => unit(entry, i + 3))
      .join("")}`;
    // The introduction outweighs either section alone, but not the two together.
    const extracted = text(page(paragraphs(STORY) + sections));
    for (const line of entries.flat()) expect(extracted).toContain(line);
  });

  it("counts only paragraphs of some length as the page's prose", () => {
    // Short lines beside the rail (captions, labels) do not make it an article's aside.
    const captions = ["Photo: the trust", "Map of the line", "Timetable below", "Fares from May"].map(
      (c) => `<p>${c}</p>`,
    );
    const extracted = text(page(paragraphs(STORY.slice(0, 2)) + captions.join("").repeat(8) + flatRail("h3")));
    expect(railLeft(extracted)).toEqual(TEASERS.flat());
  });

  it("never marks a container that holds the article with its rail, when the excerpts are loose text", () => {
    const loose = TEASERS.map(([title, excerpt], i) => `<h3><a href="/story-${i}">${title}</a></h3>${excerpt}`).join(
      "",
    );
    const extracted = text(page(`<article>${paragraphs(STORY)}${paragraphs(LATER)}${loose}</article>`));
    for (const sentence of [...STORY, ...LATER]) expect(extracted).toContain(sentence);
  });

  it("ends a rail at a heading of another level: the next section keeps its opening line", () => {
    const section = `<h2><a href="/places/quay">Along the old quay</a></h2><p>The quay is a short walk from the station.</p>`;
    const extracted = text(page(paragraphs(STORY) + flatRail("h3") + section + paragraphs(LATER)));
    expect(railLeft(extracted)).toEqual([]);
    expect(extracted).toContain("Along the old quay");
    expect(extracted).toContain("The quay is a short walk from the station.");
  });

  it("keeps one-line entries between longer entries titled alike: a live blog's updates", () => {
    const entry = (title: string, i: number, body: string) =>
      `<h3><a href="/live/steam-day?entry=${i}">${title}</a></h3>${body}`;
    const shortEntries = TEASERS.slice(0, 3).map(([title, excerpt], i) => entry(title!, i + 2, `<p>${excerpt}</p>`));
    const blog =
      entry("Gates open at the station", 1, paragraphs(STORY)) +
      shortEntries.join("") +
      entry("Last train of the day", 5, paragraphs(LATER.slice(0, 3)));
    const extracted = text(page(`<article>${blog}</article>`));
    expect(railLeft(extracted)).toEqual(TEASERS.slice(0, 3).flat());
  });

  it("weighs a rail against the prose of the container it sits in, not a bio or comments elsewhere", () => {
    const elsewhere = `<aside>${paragraphs(LATER)}</aside>`;
    const extracted = text(page(`<article>${paragraphs(STORY.slice(0, 2))}${flatRail("h3")}</article>${elsewhere}`));
    expect(railLeft(extracted)).toEqual(TEASERS.flat());
  });
});
