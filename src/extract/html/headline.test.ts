import { describe, expect, it } from "vitest";
import { chooseHeadline, headlineBlockIndex, stripSiteName, trimHeadline } from "./headline.js";
import { parseHtml } from "./html-tree.js";
import { textBlocks } from "./text-blocks.js";

describe("chooseHeadline", () => {
  it("takes the <h1> the declared titles confirm", () => {
    const headline = chooseHeadline({
      declared: ["Bridge reopens after repairs | Daily Planet"],
      headings: ["Daily Planet", "Bridge reopens after repairs"],
      siteName: "Daily Planet",
    });
    expect(headline).toBe("Bridge reopens after repairs");
  });

  it("prefers the visible wording of the headline to an SEO title", () => {
    const headline = chooseHeadline({
      declared: ["Best Ferry Routes 2025: Top 10 Ranked | Travel Site"],
      headings: ["The 10 best ferry routes of 2025"],
      siteName: null,
    });
    expect(headline).toBe("The 10 best ferry routes of 2025");
  });

  it("skips an <h1> that is the site's name and cuts the name from the declared title", () => {
    const headline = chooseHeadline({
      declared: ["Ann's Garden Blog: Pruning roses in winter"],
      headings: ["Ann's Garden Blog"],
      siteName: null,
    });
    expect(headline).toBe("Pruning roses in winter");
  });

  it("keeps an <h1> that is the first part of 'Headline | Site' even when the site's name is longer", () => {
    const headline = chooseHeadline({
      declared: ["Gardening in a warm world | Northern Garden-Based Learning Network"],
      headings: ["Gardening in a warm world"],
      siteName: null,
    });
    expect(headline).toBe("Gardening in a warm world");
  });

  it("falls back to the declared title without its site name, and to null", () => {
    expect(chooseHeadline({ declared: ["Storm closes schools - Daily Planet"], headings: [], siteName: null })).toBe(
      "Storm closes schools",
    );
    expect(chooseHeadline({ declared: [], headings: [], siteName: null })).toBeNull();
  });

  it("takes an <h2> that is the declared title word for word when the <h1> is not the headline", () => {
    const headline = chooseHeadline({
      declared: ["Why the ferry timetable changed | Harbour Notes"],
      headings: ["A pull quote set large in the middle of the page"],
      confirmableHeadings: ["Why the ferry timetable changed", "Background"],
      siteName: null,
    });
    expect(headline).toBe("Why the ferry timetable changed");
  });

  it("does not take an <h2> that only matches once a tag line is guessed away", () => {
    const headline = chooseHeadline({
      declared: ["What is tidal power - a guided introduction"],
      headings: ["An introduction to tidal power: what councils need to know"],
      confirmableHeadings: ["What is tidal power?"],
      siteName: null,
    });
    expect(headline).toBe("An introduction to tidal power: what councils need to know");
  });

  it("skips an <h1> that is a standfirst, not a headline", () => {
    const standfirst = `${"Learn which repairs pay back and how to plan them with a budget you can keep ".repeat(3)}`;
    const headline = chooseHeadline({
      declared: ["The ten repairs that pay back most | Home Site"],
      headings: [standfirst],
      siteName: "Home Site",
    });
    expect(headline).toBe("The ten repairs that pay back most");
  });

  it("trims the site name and a pipe's label from the chosen <h1>", () => {
    const headline = chooseHeadline({
      declared: ["Bridge reopens after repairs | Opinion"],
      headings: ["Bridge reopens after repairs | Opinion"],
      siteName: "Daily Planet",
    });
    expect(headline).toBe("Bridge reopens after repairs");
    expect(
      chooseHeadline({ declared: [], headings: ["Best walks of the year – Daily Planet"], siteName: "Daily Planet" }),
    ).toBe("Best walks of the year");
  });

  it("cuts a date the template ran into the <h1>", () => {
    expect(
      chooseHeadline({ declared: [], headings: ["Dec 18 2025 Moving the build to a new queue"], siteName: null }),
    ).toBe("Moving the build to a new queue");
  });

  it("falls back to a declared title two sources agree on over a lone JSON-LD headline", () => {
    const headline = chooseHeadline({
      declared: [
        "Take a look at the tools and learn how to choose.",
        "Top 24 analysis tools | Site",
        "Top 24 analysis tools",
      ],
      headings: [],
      siteName: null,
    });
    expect(headline).toBe("Top 24 analysis tools");
  });

  it("takes the agreed declared title over a lone two-word <h1>, which names a section", () => {
    const declared = ["Harbour ferry timetable for the winter | Port News", "Harbour ferry timetable for the winter"];
    const headline = chooseHeadline({ declared, headings: ["Ferry News"], siteName: "Port News" });
    expect(headline).toBe("Harbour ferry timetable for the winter");
    // Without two declared titles agreeing, the <h1> stands; so does one of three words.
    expect(chooseHeadline({ declared: declared.slice(0, 1), headings: ["Ferry News"], siteName: "Port News" })).toBe(
      "Ferry News",
    );
    expect(chooseHeadline({ declared, headings: ["Ferry timetable changes"], siteName: "Port News" })).toBe(
      "Ferry timetable changes",
    );
    // Words count as written: "Q&A Archive" is two words, though its comparison key has three.
    expect(chooseHeadline({ declared, headings: ["Q&A Archive"], siteName: "Port News" })).toBe(
      "Harbour ferry timetable for the winter",
    );
  });

  it("takes the line of a two-line <h1> that the declared title states, not the kicker above it", () => {
    const declared = ["Harbour ferry timetable for the winter | Port News"];
    const headings = ["Exclusive\nHarbour ferry timetable for the winter"];
    expect(chooseHeadline({ declared, headings, siteName: "Port News" })).toBe(
      "Harbour ferry timetable for the winter",
    );
    // When the declared title states the whole <h1>, both lines are the headline.
    const twoLines = ["Harbour ferry timetable\nfor the winter"];
    expect(chooseHeadline({ declared, headings: twoLines, siteName: "Port News" })).toBe(
      "Harbour ferry timetable for the winter",
    );
  });

  it("takes the part of an <h1> after a run-in label when the declared title states it", () => {
    const declared = ["Harbour ferry timetable for the winter | Port News"];
    expect(
      chooseHeadline({ declared, headings: ["Blog: Harbour ferry timetable for the winter"], siteName: null }),
    ).toBe("Harbour ferry timetable for the winter");
    // Other words before the colon are the headline's own: a place, a speaker.
    const own = "Winter on the harbour: ferry timetable for the winter";
    expect(chooseHeadline({ declared, headings: [own], siteName: null })).toBe(own);
    const quoted = "Harbour master: ferry timetable for the winter";
    const speaker = ["Ferry timetable for the winter | Port News"];
    expect(chooseHeadline({ declared: speaker, headings: [quoted], siteName: null })).toBe(quoted);
  });

  it("takes the agreed declared title over an <h1> set in capitals that words it differently", () => {
    const declared = [
      "Best rain jackets in 2025: tested on the coast",
      "Best rain jackets in 2025: tested on the coast",
    ];
    const headings = ["BEST RAIN JACKETS OF 2025: TESTED ON THE COAST"];
    expect(chooseHeadline({ declared, headings, siteName: null })).toBe(
      "Best rain jackets in 2025: tested on the coast",
    );
    expect(
      chooseHeadline({ declared, headings: ["Best rain jackets of 2025: tested on the coast"], siteName: null }),
    ).toBe("Best rain jackets of 2025: tested on the coast");
  });

  it("skips an <h1> that is the site's web address, and the address run into the declared title", () => {
    const headline = chooseHeadline({
      declared: ["annsgarden.blog Pruning roses in winter"],
      headings: ["annsgarden.blog"],
      siteName: null,
    });
    expect(headline).toBe("Pruning roses in winter");
  });

  it("skips an <h1> ending in a colon: it introduces a box, not the page", () => {
    const headline = chooseHeadline({
      declared: ["Pruning roses in winter | Ann's Garden"],
      headings: ["A word from our editor:"],
      siteName: "Ann's Garden",
    });
    expect(headline).toBe("Pruning roses in winter");
  });

  it("decodes entities left escaped in meta content", () => {
    expect(chooseHeadline({ declared: ["Salt &amp; pepper"], headings: [], siteName: null })).toBe("Salt & pepper");
  });
});

describe("trimHeadline", () => {
  it("keeps a headline whose part after a colon is only contained in the site's name", () => {
    expect(trimHeadline("Small Business Guide: Cyber Security", "National Cyber Security Centre")).toBe(
      "Small Business Guide: Cyber Security",
    );
  });

  it("keeps a label before a pipe that is too short to be the headline", () => {
    expect(trimHeadline("Opinion | Why the bridge matters", null)).toBe("Opinion | Why the bridge matters");
  });

  it("keeps a long part after a pipe, a second line of the headline, but cuts a short label", () => {
    const twoPart = "Ten ferry routes worth the trip | The crossings our readers rate most highly";
    expect(trimHeadline(twoPart, null)).toBe(twoPart);
    // A long part in title case is a site's name or tagline.
    expect(trimHeadline("Bridge reopens after repairs | The Harbour Town Evening Courier", null)).toBe(
      "Bridge reopens after repairs",
    );
    expect(trimHeadline("Bridge reopens after repairs | Latest Harbour News & Ferry Times", null)).toBe(
      "Bridge reopens after repairs",
    );
    expect(trimHeadline("Ten ferry routes worth the trip | Travel | Port News", null)).toBe(
      "Ten ferry routes worth the trip",
    );
  });

  it("cuts the source a link aggregator cites after the headline, with its comment count", () => {
    expect(trimHeadline("Harbour ferry timetable changes for winter (portnews.org) 87", null)).toBe(
      "Harbour ferry timetable changes for winter",
    );
    expect(trimHeadline("Ferry timetable (2025 edition)", null)).toBe("Ferry timetable (2025 edition)");
    // A framework or file type in brackets is the headline's own.
    expect(trimHeadline("Upgrading a large app to React 19 (Next.js)", null)).toBe(
      "Upgrading a large app to React 19 (Next.js)",
    );
    expect(trimHeadline("Moving a ferry booking site off (node.js)", null)).toBe(
      "Moving a ferry booking site off (node.js)",
    );
  });
});

describe("headlineBlockIndex", () => {
  it("finds the heading that shows the title, also when the title was trimmed from it", () => {
    const blocks = textBlocks(parseHtml("<p>Menu</p><h1>Bridge reopens after repairs | Opinion</h1><p>Text</p>").root);
    expect(headlineBlockIndex(blocks, "Bridge reopens after repairs")).toBe(1);
    expect(headlineBlockIndex(blocks, "Something else entirely")).toBe(-1);
    expect(headlineBlockIndex(blocks, null)).toBe(-1);
    const labelled = textBlocks(parseHtml("<p>Menu</p><h1>Blog: Bridge reopens after repairs</h1>").root);
    expect(headlineBlockIndex(labelled, "Bridge reopens after repairs")).toBe(1);
  });
});

describe("stripSiteName", () => {
  it("cuts a part that is a bare domain", () => {
    expect(stripSiteName("Game changer | Shop.example.com", null)).toBe("Game changer");
  });

  it("cuts a known site name on either side but keeps colons inside a headline", () => {
    expect(stripSiteName("Daily Planet | Storm closes schools", "Daily Planet")).toBe("Storm closes schools");
    expect(stripSiteName("Fix It Friday: Arranging your living room and hallway", null)).toBe(
      "Fix It Friday: Arranging your living room and hallway",
    );
  });
});
