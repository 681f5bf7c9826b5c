import { describe, expect, it } from "vitest";
import { chooseBody } from "./body-cascade.js";
import { parseHtml } from "./html-tree.js";
import { trimOffTopicTail } from "./off-topic-tail.js";
import { textBlocks } from "./text-blocks.js";

const TITLE = "Harbour bridge reopens after months of repairs";
const ARTICLE = [
  "The harbour bridge reopened on Monday morning after five months of repairs, the city said in a statement.",
  "Engineers replaced the steel joints of the north span, which had cracked during the storms of last winter.",
  "Commuters who had used the ferry since October said they were relieved, although some missed the boat ride.",
  "The city expects bridge traffic to return to its usual level within a week, once the detour signs come down.",
  "Repairs to the south span of the bridge will follow next spring, engineers said, with one lane kept open.",
  "The ferry will keep running on weekends until then, the harbour authority said, as demand has stayed high.",
  "Shopkeepers near the eastern ramp reported brisker trade within hours, as delivery vans returned to the quay.",
  "Cyclists welcomed a widened path painted green, separated from cars by low concrete kerbs and bright posts.",
  "Council members praised contractors for finishing ahead of schedule despite supply shortages and heavy rain.",
  "Opposition councillors questioned whether inspections had been frequent enough before the cracks appeared.",
  "A public inquiry into maintenance budgets across the region is scheduled for hearings starting in March.",
  "Fishermen mooring beneath the arches complained that scaffolding had blocked their usual channel for weeks.",
  "Tourists photographing the restored lamps along the parapet crowded the pavement during the afternoon sun.",
  "Insurance assessors estimated total damage from those winter storms at several million pounds for the county.",
  "Schoolchildren marched across at noon carrying paper lanterns, a tradition revived for the grand reopening.",
  "Bus operators restored three routes that had been diverted through narrow villages along the western coast.",
  "Rail planners had feared overcrowded platforms, yet morning trains ran half empty once drivers regained access.",
  "Lifeboat crews stationed downstream said emergency launches would again take minutes rather than an hour.",
  "Historians noted that Victorian builders designed the original ironwork expecting horses, not lorries.",
  "Residents plan a street party on Saturday, with music from the town band and stalls selling local produce.",
];
const BIO =
  "Priya writes about gardening, vintage furniture and slow travel. Her cookbook on seasonal baking came out " +
  "in paperback last year, and she teaches pottery classes to beginners every other weekend.";
const ACKNOWLEDGEMENT =
  "Many thanks to Akira Tanaka, Beatriz Souza, Chidi Okafor, Dagny Holm, Emeka Obi and Farida Haddad for their help.";

function page(after: string): string {
  const paragraphs = ARTICLE.map((sentence) => `<p>${sentence}</p>`).join("");
  return `<html><body><article><h1>${TITLE}</h1><div class="text">${paragraphs}</div>${after}</article></body></html>`;
}

function keptText(html: string): string {
  const parsed = parseHtml(html);
  const blocks = textBlocks(parsed.root);
  const container = parsed.elements.find((element) => element.tag === "article") ?? null;
  return trimOffTopicTail(blocks, TITLE, container)
    .map((block) => block.text)
    .join("\n");
}

describe("trimOffTopicTail", () => {
  it("drops a boxed section after the article that shares no words with it", () => {
    const text = keptText(page(`<div class="box"><p>${BIO}</p></div>`));
    expect(text).toContain(ARTICLE[5]);
    expect(text).not.toContain("pottery");
  });

  it("keeps a closing section about the story", () => {
    const closing =
      "Officials said the bridge repairs came in under budget, and the ferry and the harbour will be reviewed " +
      "again in spring, when engineers inspect the north span and the steel joints for fresh cracks.";
    expect(keptText(page(`<div class="box"><p>${closing}</p></div>`))).toContain("under budget");
  });

  it("keeps acknowledgements: names the story never used say nothing about its topic", () => {
    expect(keptText(page(`<div class="box"><p>${ACKNOWLEDGEMENT}</p></div>`))).toContain("Many thanks");
  });

  it("judges nothing within the lede, which sets the topic: a short article keeps its box", () => {
    const paragraphs = ARTICLE.slice(0, 8)
      .map((sentence) => `<p>${sentence}</p>`)
      .join("");
    const html = `<html><body><article><div>${paragraphs}</div><div class="box"><p>${BIO}</p></div></article></body></html>`;
    expect(keptText(html)).toContain("pottery");
  });

  it("is part of the body cascade", () => {
    // Paragraphs straight in <article>: no one child holds the article, so the scorer keeps the box after them.
    const paragraphs = ARTICLE.map((sentence) => `<p>${sentence}</p>`).join("");
    const parsed = parseHtml(
      `<html><body><article>${paragraphs}<div class="box"><p>${BIO}</p></div></article></body></html>`,
    );
    const input = { parsed, blocks: textBlocks(parsed.root), title: TITLE, articleBody: null, description: null };
    const body = chooseBody(input);
    expect(body.text).toContain("street party");
    expect(body.text).not.toContain("pottery");
  });
});
