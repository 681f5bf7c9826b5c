import { describe, expect, it } from "vitest";
import { chooseBody } from "./body-cascade.js";
import { parseHtml } from "./html-tree.js";
import { textBlocks } from "./text-blocks.js";

const SENTENCES = [
  "The harbour bridge reopened on Monday morning after five months of repairs, the city said in a statement.",
  "Engineers replaced the steel joints of the north span, which had cracked during the storms of last winter.",
  "Commuters who had used the ferry since October said they were relieved, although some missed the boat ride.",
  "The city expects traffic to return to its usual level within a week, once the detour signs are taken down.",
];

function choose(html: string, extra: { articleBody?: string; description?: string; title?: string } = {}) {
  const parsed = parseHtml(html);
  return chooseBody({
    parsed,
    blocks: textBlocks(parsed.root),
    title: extra.title ?? null,
    articleBody: extra.articleBody ?? null,
    description: extra.description ?? null,
  });
}

describe("chooseBody", () => {
  it("uses the DOM scorer and drops the headline, byline and widget labels", () => {
    const html = `<article><h1>Bridge reopens</h1><p>By Lois Lane</p><p>March 3, 2025</p>
      ${SENTENCES.map((s) => `<p>${s}</p>`).join("<p>Advertisement</p>")}</article>`;
    const body = choose(html, { title: "Bridge reopens" });
    expect(body.method).toBe("dom-scorer");
    expect(body.text).toBe(SENTENCES.join("\n\n"));
    expect(body.confidence).toBeGreaterThan(0.5);
  });

  it("drops another story's linked title set inside the article, but keeps a sentence that starts like one", () => {
    // As a list item long enough to pass for one of the article's own linked points.
    const crossLink =
      '<ul><li>See also: <a href="/ferry">Ferry service ends after fifty years on the harbour</a></li></ul>';
    const watch = "Watch: the city's own sentence keeps going, with no link, because it is the article talking.";
    const html = `<article>${SENTENCES.slice(0, 2)
      .map((s) => `<p>${s}</p>`)
      .join("")}${crossLink}<p>${watch}</p>${SENTENCES.slice(2)
      .map((s) => `<p>${s}</p>`)
      .join("")}</article>`;
    expect(choose(html).text).toBe([...SENTENCES.slice(0, 2), watch, ...SENTENCES.slice(2)].join("\n\n"));
  });

  it("drops a byline row with a job title and date, but keeps an opening sentence that starts with 'By'", () => {
    const byline = "<p>By Lois Lane ⋅ Senior Reporter, City Desk ⋅ Updated March 3, 2025</p>";
    expect(choose(`<article>${byline}${SENTENCES.map((s) => `<p>${s}</p>`).join("")}</article>`).text).toBe(
      SENTENCES.join("\n\n"),
    );
    // A theme that sets "By" apart from the name links the name; the bare label is left on its own line.
    expect(
      choose(`<article><p>By</p><p>15 Dec, 2025</p>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}</article>`).text,
    ).toBe(SENTENCES.join("\n\n"));
    const opening = "By Monday, the council had agreed to pay for the repairs, ending a long dispute.";
    expect(choose(`<article><p>${opening}</p>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}</article>`).text).toBe(
      [opening, ...SENTENCES].join("\n\n"),
    );
  });

  it("drops the byline and reading time set below a standfirst, and keeps the standfirst", () => {
    const html = `<article><p>${SENTENCES[0]}</p><p>Posted on</p><p>March 3, 2025</p><p>Reading time: 4 min</p>
      ${SENTENCES.slice(1)
        .map((s) => `<p>${s}</p>`)
        .join("")}<p>March 4, 2025</p></article>`;
    expect(choose(html).text).toBe(`${SENTENCES.join("\n\n")}\n\nMarch 4, 2025`);

    // A long opening paragraph above the byline is kept as well.
    const opening = SENTENCES.join(" ");
    const rest = [
      "Shops near the south ramp, which lost most of their trade during the works, plan a street party on Saturday.",
      "The council will publish the final cost of the repairs in its annual report, due out at the end of April.",
      "Cyclists will keep the painted lane that was added to the north span while cars were kept off the bridge.",
    ];
    const long = `<article><p>${opening}</p><p>Posted on</p><p>March 3, 2025</p>${rest.map((s) => `<p>${s}</p>`).join("")}</article>`;
    expect(choose(long)).toMatchObject({ method: "dom-scorer", text: [opening, ...rest].join("\n\n") });
  });

  it("drops short sales and sign-up pitches, but not a list item or a longer paragraph", () => {
    const pitches = [
      "Start your 14-day free trial today!",
      "Want more? Sign up for our newsletter and never miss a story.",
    ];
    const item = "<ul><li>Download the city's parking app now</li></ul>";
    const html = `<article>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}${pitches.map((p) => `<p>${p}</p>`).join("")}${item}</article>`;
    expect(choose(html).text).toBe(`${SENTENCES.join("\n\n")}\n\n- Download the city's parking app now`);
  });

  it("stops at a label that opens what follows the article", () => {
    const html = `<article>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}<h2>Related stories</h2>
      <p>Storm closes schools across the region, and parents are asked to keep children home.</p></article>`;
    expect(choose(html).text).toBe(SENTENCES.join("\n\n"));
  });

  it("drops a box of linked titles set inside the article and keeps the sections after it", () => {
    const box = `<p>Related:</p><ul><li><a href="/ferry">Ferry service ends after fifty years on the harbour</a></li>
      <li><a href="/tolls">Council votes to scrap the bridge tolls from next spring</a></li></ul>`;
    const next = "What comes next";
    const closing = "The council will publish a full report on the repairs, and on what they cost, in the spring.";
    const html = `<article>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}${box}<h2>${next}</h2><p>${closing}</p></article>`;
    expect(choose(html).text).toBe([...SENTENCES, next, closing].join("\n\n"));
  });

  it("stops at a box of linked titles that closes the article when a comment thread follows it", () => {
    const box = `<p>Related:</p><ul><li><a href="/ferry">Ferry service ends after fifty years on the harbour</a></li>
      <li><a href="/tolls">Council votes to scrap the bridge tolls from next spring</a></li></ul>`;
    const comment = (name: string, text: string) =>
      `<div class="talk-item"><p><a href="/u/${name}">${name}</a></p><p>March 4, 2025 at 9:12 am</p><p>${text}</p></div>`;
    const thread = `<div class="talk"><h3>2 thoughts on “Bridge reopens”</h3>${comment(
      "Jane D.",
      "About time too, the detour through the old town added twenty minutes to my drive every single morning.",
    )}${comment("Sam K.", "I will miss the ferry, it was the nicest part of the day, and the crew always said hello.")}</div>`;
    const html = `<body><div class="wrap">${SENTENCES.map((s) => `<p>${s}</p>`).join("")}${box}${thread}</div></body>`;
    expect(choose(html).text).toBe(SENTENCES.join("\n\n"));
  });

  it("keeps the section after a box of linked titles whatever its heading is over: a list, a table, a quote", () => {
    const box = `<p>Related:</p><ul><li><a href="/ferry">Ferry service ends after fifty years on the harbour</a></li>
      <li><a href="/tolls">Council votes to scrap the bridge tolls from next spring</a></li></ul>`;
    const closing = "The council will publish a full report on the repairs, and on what they cost, in the spring.";
    const sections = [
      [
        "<ul><li>Use the north ramp</li><li>Pay at the new gates</li></ul>",
        "- Use the north ramp\n- Pay at the new gates",
      ],
      ["<table><tr><td>Cars</td><td>Open</td></tr></table>", "Cars"],
      ["<blockquote><p>We are glad to have our bridge back.</p></blockquote>", "We are glad to have our bridge back."],
    ];
    for (const [markup, kept] of sections) {
      const html = `<article>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}${box}<h2>What changes for drivers</h2>${markup}<p>${closing}</p></article>`;
      const text = choose(html).text;
      expect(text).toContain("What changes for drivers");
      expect(text).toContain(kept);
      expect(text).toContain(closing);
      expect(text).not.toContain("Ferry service ends");
    }
  });

  it("stops at a comment thread's heading that quotes a long headline, whatever the comments' layout", () => {
    const box = `<p>Related:</p><ul><li><a href="/ferry">Ferry service ends after fifty years on the harbour</a></li>
      <li><a href="/tolls">Council votes to scrap the bridge tolls from next spring</a></li></ul>`;
    const comment = (name: string, text: string) =>
      `<div class="talk-item"><p>${text}</p><p><a href="/u/${name}">${name}</a> on March 4, 2025</p></div>`;
    const thread = `<div class="talk"><h3>14 responses to “Why the harbour bridge had to close, and what its repairs will cost the city”</h3>${comment(
      "Jane D.",
      "About time too, the detour through the old town added twenty minutes to my drive every single morning.",
    )}${comment("Sam K.", "I will miss the ferry, it was the nicest part of the day, and the crew always said hello.")}</div>`;
    const withBox = `<body><div class="wrap">${SENTENCES.map((s) => `<p>${s}</p>`).join("")}${box}${thread}</div></body>`;
    expect(choose(withBox).text).toBe(SENTENCES.join("\n\n"));
    const withoutBox = `<body><div class="wrap">${SENTENCES.map((s) => `<p>${s}</p>`).join("")}${thread}</div></body>`;
    expect(choose(withoutBox).text).toBe(SENTENCES.join("\n\n"));
  });

  it("reads a sentence that opens like a comment count as the article's own", () => {
    const survey = "300 responses to the council's survey came in, and most asked for the ferry to stay.";
    const closing = "The council will publish a full report on the repairs, and on what they cost, in the spring.";
    const html = `<article>${[...SENTENCES, survey, closing].map((s) => `<p>${s}</p>`).join("")}</article>`;
    expect(choose(html).text).toBe([...SENTENCES, survey, closing].join("\n\n"));
  });

  it("keeps an opening sentence that the page also uses as its title", () => {
    const html = `<article>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}</article>`;
    expect(choose(html, { title: SENTENCES[0] }).text).toBe(SENTENCES.join("\n\n"));
  });

  it("drops a heading left with nothing under it at the end of the body", () => {
    const html = `<article>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}<h2>Tell us what you think</h2></article>`;
    expect(choose(html).text).toBe(SENTENCES.join("\n\n"));
  });

  it("finds an article that the theme wraps in a block named like a sidebar", () => {
    // Two asides with more prose than the article between them, so that the class name alone hides it.
    const aside = (topic: string) =>
      `<aside>${[1, 2, 3, 4].map((i) => `<p>Letter ${i} to the editor on ${topic}, as sent to us by a reader this week.</p>`).join("")}</aside>`;
    const html = `<body><div class="sidebar-content">${SENTENCES.map((s) => `<p>${s}</p>`).join("")}</div>
      ${aside("parking")}${aside("schools")}</body>`;
    expect(choose(html)).toMatchObject({ method: "dom-scorer", text: SENTENCES.join("\n\n") });
  });

  it("stops at a label in freer wording, emoji and ellipsis aside", () => {
    for (const label of [
      "🔥 Latest travel blogs",
      "You’ll also love…",
      "Subscribe to our weekly newsletter",
      "Written by Ann Lee",
    ]) {
      const html = `<article>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}<h3>${label}</h3>
        <p>Storm closes schools across the region, and parents are asked to keep children home.</p></article>`;
      expect(choose(html).text).toBe(SENTENCES.join("\n\n"));
    }
  });

  it("does not stop at a list item worded like a label", () => {
    const html = `<article>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}<p>What the city still needs:</p>
      <ul><li>More cycling guides</li><li>More from the city council</li></ul></article>`;
    expect(choose(html).text).toContain("- More cycling guides\n- More from the city council");
  });

  it("takes JSON-LD articleBody when the page shows its words but the DOM holds only part of them", () => {
    const html = `<body><div class="teaser"><p>${SENTENCES[0]}</p></div>
      <div class="rest" data-text="${SENTENCES.slice(1).join(" ")}"><p>${SENTENCES.slice(1).join(" ")}</p></div></body>`;
    const articleBody = `${SENTENCES.join("\n\n")}\n\n${SENTENCES.map((s) => s.toUpperCase()).join("\n\n")}`;
    const body = choose(html, { articleBody });
    expect(body.method).toBe("json-ld");
    expect(body.text).toBe(articleBody);
  });

  it("ends the article at a share bar only once nearly all of its prose is behind it", () => {
    const faq = [
      "How long did the repairs take? They took five months, from October to March, with two weeks lost to storms.",
      "Will the ferry keep running? The city will run it on weekends until the end of the summer, for tourists.",
    ];
    const withFaq = `<article>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}<p>Share this</p>
      <h2>Questions readers asked</h2>${faq.map((s) => `<p>${s}</p>`).join("")}</article>`;
    expect(choose(withFaq).text).toBe([...SENTENCES, "Questions readers asked", ...faq].join("\n\n"));

    const withPitch = `<article>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}<p>Share this</p>
      <p>${faq[1]}</p></article>`;
    expect(choose(withPitch).text).toBe(SENTENCES.join("\n\n"));
  });

  it("drops a reading time written out and an image viewer's labels", () => {
    const html = `<article><p>3 min. read</p><p>${SENTENCES[0]}</p><p>Show caption</p><p>${SENTENCES[1]}</p>
      <p>Press enter or click to view image in full size</p>${SENTENCES.slice(2)
        .map((s) => `<p>${s}</p>`)
        .join("")}</article>`;
    expect(choose(html).text).toBe(SENTENCES.join("\n\n"));
  });

  it("drops header badges set on lines of their own, whatever the element, but not the same words in the article", () => {
    const badges = "<h2>Posted by</h2><p>12</p><p>min to read</p><p>1,204 views</p><p>4.7 Rating</p>";
    const paragraphs = SENTENCES.map((s) => `<p>${s}</p>`).join("");
    expect(choose(`<article>${badges}${paragraphs}</article>`).text).toBe(`12\n\n${SENTENCES.join("\n\n")}`);
    // Past the article's opening paragraphs, a step's duration is the article's own.
    const steps = "<ul><li>5 minutes</li><li>Last updated</li></ul>";
    expect(choose(`<article>${paragraphs}${steps}</article>`).text).toBe(
      `${SENTENCES.join("\n\n")}\n\n- 5 minutes\n- Last updated`,
    );
  });

  it("drops the headline set again in a plain block above the first paragraph, not a sentence worded like it later", () => {
    const html = `<article><p>Bridge reopens</p>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}<p>Bridge reopens</p></article>`;
    expect(choose(html, { title: "Bridge Reopens" }).text).toBe(`${SENTENCES.join("\n\n")}\n\nBridge reopens`);
  });

  it("drops a photo credit and a player's fallback text at the head, but keeps a caption that names the photographer", () => {
    const head =
      "<p>Credit: Ann Lee / Harbour Photos</p><p>Workers on the span via Getty Images</p><p>Your browser does not support the audio element.</p>";
    const caption = "Image by Ann Lee";
    const html = `<article>${head}<p>${caption}</p>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}</article>`;
    expect(choose(html).text).toBe([caption, ...SENTENCES].join("\n\n"));
    // Further down, a sentence about browsers is the article's.
    const later = "Riders said this browser is not supported by the ferry app, so they printed their tickets.";
    const rest = `<article>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}<p>${later}</p></article>`;
    expect(choose(rest).text).toBe([...SENTENCES, later].join("\n\n"));
  });

  it("drops a sponsor's label and a pager's label set alone, but keeps a sentence about a partnership", () => {
    const partnership = "The ferry operator said its partnership with the city would end in the spring.";
    const html = `<article><p>In partnership with</p>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}<p>${partnership}</p><p>Page 1 of 8</p></article>`;
    expect(choose(html).text).toBe([...SENTENCES, partnership].join("\n\n"));
  });

  it("drops an affiliate notice worded freely, but keeps a sentence about someone else's commission", () => {
    const notice =
      "Every item here was picked by our editors. We may earn a commission when you buy through our links.";
    const subject = "Travel agents push insurance because they get a commission on every policy that they sell to you.";
    const html = `<article><p>${notice}</p>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}<p>${subject}</p></article>`;
    expect(choose(html).text).toBe([...SENTENCES, subject].join("\n\n"));
  });

  it("ignores a JSON-LD articleBody that the page does not bear out", () => {
    const html = `<article>${SENTENCES.map((s) => `<p>${s}</p>`).join("")}</article>`;
    const unrelated = Array.from({ length: 30 }, (_, i) => `Quarterly revenue figure ${i} rose sharply.`).join(" ");
    expect(choose(html, { articleBody: unrelated }).method).toBe("dom-scorer");
  });

  it("falls back to every prose block when no container holds enough, then to the description", () => {
    const links = Array.from({ length: 20 }, (_, i) => `<li><a href="/${i}">Section ${i}</a></li>`).join("");
    const scattered = `<body><div><p>${SENTENCES[0]}</p></div><ul>${links}</ul><div><p>${SENTENCES[1]}</p></div></body>`;
    const fallback = choose(scattered);
    expect(fallback.method).toBe("text-blocks");
    expect(fallback.text).toBe(`${SENTENCES[0]}\n\n${SENTENCES[1]}`);

    const shell = choose('<body><div id="root"></div></body>', { description: "A bridge story." });
    expect(shell).toMatchObject({ method: "meta-description", text: "A bridge story.", confidence: 0.1 });
    expect(choose("<body></body>")).toMatchObject({ method: "none", text: "", confidence: 0 });
  });
});
