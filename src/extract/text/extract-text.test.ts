import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractTextDump } from "./extract-text.js";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const seed = (name: string) => readFileSync(path.resolve(repoRoot, "../shared/seeds", name), "utf8");

/** Paragraphs of plain reporting, long enough to read as prose; each sentence is distinct. */
const PARAGRAPHS = [
  "The city council voted on Tuesday to close the old harbour bridge for repairs, after engineers found deep cracks in two of its supports during a routine inspection last month.",
  "Officials said the work would take at least six months and that ferries would run every twenty minutes while the bridge is closed, at no extra cost to passengers.",
  "Shop owners on both banks of the river warned that the closure could cut their trade by half, and asked the council for help with rents until the bridge reopens.",
  "The mayor told reporters that the council would meet the owners next week and that a fund for affected businesses was being discussed with the regional government.",
];

describe("extractTextDump on the seed dumps", () => {
  it("reads seed 000: headline, byline line, body, and none of the recommended list", () => {
    const article = extractTextDump(seed("000_7b13ad20f772f1d8.txt"));
    expect(article).toMatchObject({
      kind: "text",
      status: "ok",
      title: "Us Says North Korea Set For Arms Talk With Russia",
      author: "Segun Adewole",
      section: "World",
      published: "2023-12-01",
      language: "en",
      method: "text-blocks",
    });
    expect(article.text.startsWith("The United States has stated")).toBe(true);
    expect(article.text.endsWith("challenges faced by Ukraine.")).toBe(true);
    for (const junk of [
      "Would you like to receive notifications",
      "POSTED ON",
      "VIEWS",
      "RECOMMENDED FOR YOU",
      "Keir Starmer",
      "has an...",
      "OUR CHANNELS",
      "OTHER ARTICLES",
      "Menu",
    ]) {
      expect(article.text).not.toContain(junk);
    }
    expect(article.confidence).toBeGreaterThan(0.5);
  });

  it("reads seed 001: section above the headline, outlet in its display form, no date, every paragraph", () => {
    const article = extractTextDump(seed("001_1d9d58bbc744f926.txt"));
    expect(article).toMatchObject({
      status: "ok",
      title: "North Korean Leader Kim Jong Un Arrives In Russia For Talks With Putin",
      section: "International",
      outlet: "Eko Hot Blog",
      published: null,
      language: "en",
    });
    expect(article.text.startsWith("Eko Hot Blog reports that")).toBe(true);
    expect(article.text.endsWith("the region and beyond.")).toBe(true);
    expect(article.text.split("\n\n")).toHaveLength(8);
    expect(article.text).toContain("Kim left Pyongyang on Sunday");
    for (const junk of [
      "Connect with us",
      "Menu",
      "EDITOR",
      "FURTHER READING",
      "Click to watch",
      "Advertise",
      "Whatsapp",
      "Citizen journalists",
      "DISCLAIMER",
      "Copyright",
      "MGID",
      "Please drop your comments",
    ]) {
      expect(article.text).not.toContain(junk);
    }
  });
});

describe("extractTextDump on small dumps", () => {
  it("drops a list of headlines with bylines and teasers after the article", () => {
    const dump = [
      "Home",
      "News",
      "Harbour Bridge To Close For Six Months",
      "By Jane Porter | March 3, 2024",
      ...PARAGRAPHS,
      "More Stories",
      "Council Approves New Budget For Schools",
      "BY Tom Reed March 2, 2024 0",
      "The council approved on Monday a budget that raises spending on schools by ten per cent, the...",
      "Rail Strike Called Off After Late Talks",
      "BY Tom Reed March 1, 2024 0",
      "Unions called off a planned rail strike late on Sunday after talks with the operators ran into the...",
      "Local Team Wins Cup Final",
      "BY Ann Lee February 28, 2024 0",
    ].join("\n\n");
    const article = extractTextDump(dump);
    expect(article.text).toBe(PARAGRAPHS.join("\n\n"));
    expect(article.title).toBe("Harbour Bridge To Close For Six Months");
    expect(article.author).toBe("Jane Porter");
    expect(article.published).toBe("2024-03-03");
  });

  it("drops a widget label between paragraphs and keeps the paragraphs on both sides", () => {
    const dump = [
      "Harbour Bridge To Close For Six Months",
      PARAGRAPHS[0],
      PARAGRAPHS[1],
      "TOP PICKS",
      PARAGRAPHS[2],
      "Related",
      PARAGRAPHS[3],
    ].join("\n\n");
    const article = extractTextDump(dump);
    expect(article.text).toBe(PARAGRAPHS.join("\n\n"));
  });

  it("drops contact, advertising, disclaimer and copyright blocks after the article", () => {
    const dump = [
      "Harbour Bridge To Close For Six Months",
      ...PARAGRAPHS,
      "Advertise with us:",
      "Kindly contact us at news@example.org for adverts and sponsored stories.",
      "Call or WhatsApp: 0801 234 5678, 0702 345 6789",
      "DISCLAIMER: Comments and opinions are those of the writers and not of the publishers of this site.",
      "Copyright © 2024 Example Daily. All rights reserved.",
    ].join("\n\n");
    const article = extractTextDump(dump);
    expect(article.text).toBe(PARAGRAPHS.join("\n\n"));
    expect(article.outlet).toBe("Example Daily");
  });

  it("reads a numeric publish date in the order the page's other dates show", () => {
    const dump = [
      "Menu",
      "Harbour Bridge To Close For Six Months",
      "By Jane Porter | 03/10/2023",
      ...PARAGRAPHS,
      "Comments",
      "Tom Reyes 31/10/2023: The ferries are a good idea.",
    ].join("\n\n");
    expect(extractTextDump(dump).published).toBe("2023-10-03");
  });

  it("reads author, date and section from one byline line", () => {
    const dump = [
      "Menu",
      "Harbour Bridge To Close For Six Months",
      "POSTED ON March 3, 2024 • Local News BY Jane Porter • VIEWS 1,203",
      ...PARAGRAPHS,
    ].join("\n\n");
    const article = extractTextDump(dump);
    expect(article).toMatchObject({
      title: "Harbour Bridge To Close For Six Months",
      author: "Jane Porter",
      published: "2024-03-03",
      section: "Local News",
    });
    expect(article.text).not.toContain("VIEWS");
  });

  it("leaves the date null when the page prints no date, and never uses a date from the page's lists", () => {
    const dump = [
      "Harbour Bridge To Close For Six Months",
      "Published",
      "on",
      ...PARAGRAPHS,
      "Latest News",
      "Rail Strike Called Off After Late Talks",
      "March 1, 2024",
    ].join("\n\n");
    const article = extractTextDump(dump);
    expect(article.published).toBeNull();
    expect(article.text.startsWith("The city council voted")).toBe(true);
  });

  it("dates a post by its one 'Published' line when the byline gives no date, far below the body as it may be", () => {
    const dump = [
      "Harbour Bridge To Close For Six Months",
      ...PARAGRAPHS,
      "Related posts",
      "Rail Strike Called Off After Late Talks",
      "Ferry Timetable Changes This Spring",
      "About this post",
      "Published August 13, 2025",
      "Contact us",
    ].join("\n\n");
    const article = extractTextDump(dump);
    expect(article.published).toBe("2025-08-13");
    expect(article.text).toBe(PARAGRAPHS.join("\n\n"));
  });

  it("takes no publish date from a reader comment under the body", () => {
    const dump = [
      "Harbour Bridge To Close For Six Months",
      ...PARAGRAPHS,
      "3 Comments",
      "Jane D. · March 4, 2024",
      "Great news for the ferry crews, though I will miss walking across the old bridge every morning.",
    ].join("\n\n");
    const article = extractTextDump(dump);
    expect(article.published).toBeNull();
    expect(article.text).toBe(PARAGRAPHS.join("\n\n"));
  });

  it("marks a dump with nothing but menus and prompts as empty", () => {
    const dump = [
      "Home",
      "World",
      "Business",
      "Sport",
      "Subscribe to our newsletter",
      "Follow us",
      "Copyright © 2024 Example Daily",
    ].join("\n");
    const article = extractTextDump(dump);
    expect(article.status).toBe("empty");
    expect(article.text).toBe("");
    expect(article.statusReason).not.toBeNull();
    expect(extractTextDump("").status).toBe("empty");
  });

  it("marks a consent wall and a bot challenge as blocked", () => {
    const dump = [
      "We value your privacy",
      "We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content.",
      "Accept all",
      "Reject all",
      "Manage preferences",
    ].join("\n\n");
    expect(extractTextDump(dump).status).toBe("blocked");
    const challenge = ["Just a moment...", "Checking your browser before accessing the site.", "Ray ID: 1234"].join(
      "\n",
    );
    expect(extractTextDump(challenge)).toMatchObject({ status: "blocked", text: "" });
  });

  it("extracts a dump in another language and names the language", () => {
    const spanish = [
      "El ayuntamiento votó el martes a favor de cerrar el viejo puente del puerto para repararlo, después de que los ingenieros encontraran grietas profundas en dos de sus pilares.",
      "Los responsables dijeron que las obras durarán al menos seis meses y que los transbordadores saldrán cada veinte minutos mientras el puente esté cerrado.",
      "Los comerciantes de las dos orillas del río advirtieron de que el cierre podría reducir sus ventas a la mitad y pidieron ayuda para pagar los alquileres.",
    ];
    const dump = ["Inicio", "El Puente Del Puerto Cerrará Seis Meses", ...spanish, "Más noticias"].join("\n\n");
    const article = extractTextDump(dump);
    expect(article.language).toBe("es");
    expect(article.text).toBe(spanish.join("\n\n"));
    expect(article.title).toBe("El Puente Del Puerto Cerrará Seis Meses");
  });

  it("keeps the URL it was given and uses its host to name the outlet", () => {
    const dump = ["Harbour Bridge To Close For Six Months", ...PARAGRAPHS, "About Harbour Times", "Contact"].join(
      "\n\n",
    );
    const article = extractTextDump(dump, { url: "https://www.harbourtimes.com/news/harbour-bridge-to-close" });
    expect(article.url).toBe("https://www.harbourtimes.com/news/harbour-bridge-to-close");
    expect(article.outlet).toBe("Harbour Times");
  });

  it("reads the date a blog prints before the headline on its line, and leaves it out of the headline", () => {
    const dump = ["Harbour Notes", "Dec 18 2025 Harbour Bridge To Close For Six Months", ...PARAGRAPHS].join("\n\n");
    expect(extractTextDump(dump)).toMatchObject({
      title: "Harbour Bridge To Close For Six Months",
      published: "2025-12-18",
    });
  });

  it("leaves a standfirst set above the byline, and the byline's labels and name, out of the body", () => {
    const standfirst =
      "How the council plans to reopen the bridge next spring, and what the repairs will cost the town.";
    const page = (byline: string[]) =>
      extractTextDump(["Harbour Bridge To Close For Six Months", standfirst, ...byline, ...PARAGRAPHS].join("\n\n"));
    const signed = page(["Written by", "Jane Porter", "Reviewed by"]);
    expect(signed.author).toBe("Jane Porter");
    expect(signed.text.split("\n\n")).toEqual(PARAGRAPHS);
    // With no byline under it, the first paragraph is the article's own.
    expect(page([]).text.split("\n\n")).toEqual([standfirst, ...PARAGRAPHS]);
  });

  it("leaves the author's card at the end of the body out, but not a paragraph about someone else", () => {
    const bio = (name: string) =>
      `${name} is the owner of a ferry company on the harbour and has written about the river for twenty years.`;
    const article = [
      ...PARAGRAPHS,
      "Engineers from the regional roads agency will inspect the other two bridges over the river before the winter.",
      "Ferry operators said they would add two boats to the morning crossings and keep the last departure at midnight.",
    ];
    const page = (cardName: string) => {
      const lines = ["Harbour Bridge To Close For Six Months", "By Jane Porter", ...article, cardName, bio(cardName)];
      return extractTextDump(lines.join("\n\n")).text.split("\n\n");
    };
    expect(page("Jane Porter")).toEqual(article);
    expect(page("Tom Reyes")).toEqual([...article, "Tom Reyes", bio("Tom Reyes")]);
  });

  it("cuts the outlet's name off the headline's line", () => {
    const dump = ["Harbour Bridge To Close For Six Months – Harbour Times", ...PARAGRAPHS, "About Harbour Times"].join(
      "\n\n",
    );
    const article = extractTextDump(dump, { url: "https://www.harbourtimes.com/news/harbour-bridge-to-close" });
    expect(article.title).toBe("Harbour Bridge To Close For Six Months");
  });

  it("names a personal site's owner as the author when the piece has no byline, and its byline when it has one", () => {
    const page = (byline: string[]) =>
      ["Jane Porter", "Notes About", "Harbour Bridge To Close For Six Months", ...byline, ...PARAGRAPHS].join("\n\n");
    const url = "https://janeporter.net/notes/harbour-bridge-to-close";
    expect(extractTextDump(page([]), { url }).author).toBe("Jane Porter");
    expect(extractTextDump(page(["By Tom Reyes"]), { url }).author).toBe("Tom Reyes");
    expect(extractTextDump(page([]), { url: "https://www.harbourtimes.com/news/x" }).author).toBeNull();
  });

  it("stays bounded on input that is no page: binary noise, one endless word, a huge dump", () => {
    let state = 7;
    const noise = Array.from({ length: 200_000 }, () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return String.fromCharCode(state % 256);
    }).join("");
    expect(extractTextDump(noise).status).toBe("empty");

    const endless = `${"a".repeat(200_000)}@ ${"b".repeat(200_000)}`;
    expect(extractTextDump(endless).status).toBe("empty");

    const huge = `Harbour Bridge To Close For Six Months\n\n${PARAGRAPHS.join("\n\n")}\n\n${"Home\n".repeat(300_000)}`;
    const article = extractTextDump(huge);
    expect(article.text).toBe(PARAGRAPHS.join("\n\n"));
    expect(article.warnings).toHaveLength(1);
  });
});
