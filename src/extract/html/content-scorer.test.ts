import { describe, expect, it } from "vitest";
import { scoreBody } from "./content-scorer.js";
import { parseHtml } from "./html-tree.js";
import { textBlocks } from "./text-blocks.js";

const PARAGRAPHS = [
  "The harbour bridge reopened on Monday morning after five months of repairs, the city said in a statement.",
  "Engineers replaced the steel joints of the north span, which had cracked during the storms of last winter.",
  "Commuters who had used the ferry since October said they were relieved, although some missed the boat ride.",
  "The city expects traffic to return to its usual level within a week, once the detour signs are taken down.",
];

/** An aside and a footer with as much prose between them as an article: furniture by their tags alone. */
const PAGE_FURNITURE = `<aside>${[1, 2, 3].map((i) => `<p>Our newsroom, number ${i} in the region, is funded by readers, and every gift helps.</p>`).join("")}</aside>
  <footer>${[1, 2, 3].map((i) => `<p>Office ${i} of the paper is open on weekdays, from nine to five, except holidays.</p>`).join("")}</footer>`;

function bodyText(html: string): string[] {
  const parsed = parseHtml(html);
  return scoreBody(parsed, textBlocks(parsed.root)).blocks.map((block) => block.text);
}

describe("scoreBody", () => {
  it("keeps the article's paragraphs and drops navigation, sidebars, comments and footers", () => {
    const html = `<html><body>
      <header><nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav></header>
      <div class="layout">
        <div class="story"><h1>Bridge reopens</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}
          <h2>What changes for drivers</h2><ul><li>Two lanes each way</li><li>No trucks at night</li></ul>
          <div class="share-buttons"><a href="/s">Share on Facebook</a></div>
        </div>
        <aside><h3>Most read</h3><ul><li><a href="/a">Storm closes schools across the region</a></li></ul></aside>
      </div>
      <section id="comments"><div class="comment"><p>Finally! I have waited for this bridge for months, and the ferry was always late.</p></div>
        <div class="comment"><p>The repairs cost far too much, in my opinion, and took longer than promised.</p></div></section>
      <footer><p>Copyright Daily Planet. All rights reserved, and so on.</p></footer></body></html>`;
    expect(bodyText(html)).toEqual([
      "Bridge reopens",
      ...PARAGRAPHS,
      "What changes for drivers",
      "Two lanes each way",
      "No trucks at night",
    ]);
  });

  it("keeps the headings and lists a CMS sets inside an inline wrapper of the post's text, whatever its class", () => {
    const [first, second, third] = PARAGRAPHS;
    const post = `${first}<br><br>${second}<h2>What changes for drivers</h2>${third}
      <ul><li>Two lanes each way</li><li>No trucks at night</li></ul>`;
    const html = `<body><nav><a href="/">Home</a></nav><div class="post-container">
      <span class="cms_wrapper cms_wrapper_meta_field cms_type_rich_text" id="cms_post_body">${post}</span></div></body>`;
    expect(bodyText(html)).toEqual([
      `${first}\n\n${second}`,
      "What changes for drivers",
      third,
      "Two lanes each way",
      "No trucks at night",
    ]);
  });

  it("keeps an article that a page builder wraps in blocks named 'widget'", () => {
    const html = `<body><div class="sidebar-nav"><a href="/x">Links</a></div>${PARAGRAPHS.map(
      (p) => `<div class="elementor-widget"><div class="widget-container"><p>${p}</p></div></div>`,
    ).join("")}</body>`;
    expect(bodyText(html)).toEqual(PARAGRAPHS);
  });

  it("drops a rail of dated teaser cards for other stories", () => {
    const card = (i: number) =>
      `<div class="card"><h3><a href="/story-${i}">Other story number ${i} about the city</a></h3><span>March ${i}, 2025</span><p>A short excerpt of another story, with a comma.</p></div>`;
    const html = `<body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}
      <div class="rail">${[1, 2, 3, 4].map(card).join("")}</div></article></body>`;
    expect(bodyText(html)).toEqual(PARAGRAPHS);
  });

  it("keeps dated teaser cards out even when some lack a date or a long linked title", () => {
    const card = (i: number, date: string, title: string) =>
      `<div class="post-item"><h3><a href="/story-${i}">${title}</a></h3>${date}<p>An excerpt of another story on the site, long enough to read as a sentence or two of prose.</p></div>`;
    const rail = [
      card(1, "<span>Dec 17, 2025</span>", "Fares"),
      card(2, "", "Airline adds a second daily flight to the coast this winter"),
      card(3, "<span>Dec 19, 2025</span>", "Hotel opens a rooftop terrace for the season"),
    ].join("");
    const html = `<body><div id="content"><div class="story">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</div>
      <div class="rail">${rail}</div></div></body>`;
    expect(bodyText(html)).toEqual(PARAGRAPHS);
  });

  it("drops undated teaser cards whose excerpts the rail cuts short, and keeps the article's own linked cards", () => {
    const card = (i: number, excerpt: string) =>
      `<div class="card"><h5>Topic ${i}</h5><h2><a href="/story-${i}">Other story number ${i} about the city</a></h2><p>${excerpt}</p></div>`;
    const rail = (excerpt: string) => [1, 2, 3, 4].map((i) => card(i, excerpt)).join("");
    const page = (
      cards: string,
    ) => `<body><div class="page"><div class="story">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</div>
      <div class="rail">${cards}</div></div></body>`;
    const cut =
      "Every winter the council promises that the roads will be cleared earlier. This year the ploughs will be...";
    expect(bodyText(page(rail(cut)))).toEqual(PARAGRAPHS);
    const whole =
      "Every winter the council promises that the roads will be cleared earlier, and this year it kept its word.";
    expect(bodyText(page(rail(whole)))).toContain(whole);
  });

  it("ends the article with the child that holds most of the container, keeping the header before it", () => {
    const html = `<body><div class="page"><div class="head"><h1>Bridge reopens</h1></div>
      <div class="body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</div>
      <div class="box"><p>Planning a trip this summer? Sign up for our weekly letter, it is free.</p></div></div></body>`;
    expect(bodyText(html)).toEqual(["Bridge reopens", ...PARAGRAPHS]);
  });

  it("keeps siblings that share the container's value evenly", () => {
    const html = `<body><div class="page">${PARAGRAPHS.map((p) => `<div class="section"><p>${p}</p></div>`).join("")}</div></body>`;
    expect(bodyText(html)).toEqual(PARAGRAPHS);
  });

  it("ignores class names when asked, for an article that sits in a block named like a sidebar", () => {
    const html = `<body><div class="sidebar-content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</div>
      ${PAGE_FURNITURE}</body>`;
    const parsed = parseHtml(html);
    const blocks = textBlocks(parsed.root);
    expect(scoreBody(parsed, blocks).blocks.map((block) => block.text)).not.toContain(PARAGRAPHS[0]);
    const lenient = scoreBody(parsed, blocks, { trustClassNames: false });
    expect(lenient.blocks.map((block) => block.text)).toEqual(PARAGRAPHS);
  });

  it("reads text that a streaming renderer parks in hidden nodes", () => {
    const html = `<body><div hidden id="S:0">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</div>
      <div hidden><p>Sign in to save this story to your reading list, it only takes a minute.</p></div></body>`;
    expect(bodyText(html)).toEqual(PARAGRAPHS);
  });

  it("keeps a list of links set between the article's paragraphs, and drops one that follows them", () => {
    const changes = [
      "Faster start-up on older phones",
      "Fixed the export of long reports",
      "A new dark theme for night",
    ];
    const links = changes.map((change, i) => `<li><p><a href="/c/${i}">${change}</a></p></li>`).join("");
    const html = `<body><div class="story"><p>${PARAGRAPHS[0]}</p><p>The changes so far:</p><ul>${links}</ul>
      ${PARAGRAPHS.slice(1)
        .map((p) => `<p>${p}</p>`)
        .join("")}
      <ul><li><a href="/a">Home</a></li><li><a href="/b">Sport</a></li></ul></div></body>`;
    expect(bodyText(html)).toEqual([PARAGRAPHS[0], "The changes so far:", ...changes, ...PARAGRAPHS.slice(1)]);
  });

  it("keeps an article whole when a long directory of links sits inside it", () => {
    // Entries as short as a menu's: a list of longer names set between paragraphs is the article's own (see below).
    const directory = Array.from({ length: 100 }, (_, i) => `<li><a href="/firm/${i}">Firm ${i}</a></li>`);
    const story = [...PARAGRAPHS, ...PARAGRAPHS.map((p) => `A week later, ${p.toLowerCase()}`)];
    const section = (p: string) => `<div class="section"><p>${p}</p></div>`;
    const html = `<body><article>${story.slice(0, 4).map(section).join("")}<ul>${directory.join("")}</ul>
      ${story.slice(4).map(section).join("")}</article></body>`;
    expect(bodyText(html)).toEqual(story);
  });

  it("runs on into a later sibling that reads as more of the article, over a short call to action", () => {
    const story = Array.from({ length: 40 }, (_, i) => `In week ${i + 1}, ${PARAGRAPHS[i % 4]!.toLowerCase()}`);
    const faq = [1, 2, 3, 4].flatMap((i) => [
      `Will the bridge have to close again soon, question ${i}?`,
      `Not this year, the city said, and the next inspection is due in spring, when engineers will check the joints once more and report on them to the council, as the law requires after each repair, number ${i}.`,
    ]);
    const html = `<body><div class="page"><div class="body">${story.map((p) => `<p>${p}</p>`).join("")}</div>
      <div class="note"><p>Plan your trip with <a href="/plan">our map</a>.</p></div>
      <div class="faq">${faq.map((p, i) => (i % 2 === 0 ? `<h3>${p}</h3>` : `<p>${p}</p>`)).join("")}</div>
      <div class="more">${[1, 2, 3].map((i) => `<p><a href="/s/${i}">Another story on the city's roads and bridges, number ${i}, with more to read.</a></p>`).join("")}</div>
      </div></body>`;
    const text = bodyText(html);
    expect(text.slice(0, 40)).toEqual(story);
    expect(text).toContain("Plan your trip with our map.");
    expect(text.slice(-8)).toEqual(faq);
  });

  it("does not run on past a form to type in, such as a comment box above readers' posts", () => {
    const story = Array.from({ length: 40 }, (_, i) => `In week ${i + 1}, ${PARAGRAPHS[i % 4]!.toLowerCase()}`);
    const posts = [1, 2, 3, 4, 5, 6, 7].map(
      (i) =>
        `Reader ${i} here: I drove over the bridge this morning and it was smooth, but the toll booth queue was long and the signs were confusing for anyone new to the city.`,
    );
    const html = `<body><div class="page"><div class="body">${story.map((p) => `<p>${p}</p>`).join("")}</div>
      <div class="talk"><p>Join the conversation</p><input type="text" name="name"><textarea></textarea></div>
      <div class="posts">${posts.map((p) => `<p>${p}</p>`).join("")}</div></div></body>`;
    expect(bodyText(html)).toEqual(story);
  });

  it("keeps linked headings that open sections of prose, not linked titles standing alone", () => {
    const shops = ["Harbour Books", "Bridge Street Bakery", "North Span Cycles"];
    const section = (name: string, i: number) =>
      `<h2><a href="/shop/${i}">${name}</a></h2><p>${PARAGRAPHS[i]}</p><p>${PARAGRAPHS[i + 1]}</p><p>${PARAGRAPHS[(i + 2) % 4]}</p>`;
    const html = `<body><article>${shops.map(section).join("")}
      <h3><a href="/x">Storm closes schools</a></h3><h3><a href="/y">Ferry fares rise</a></h3></article></body>`;
    const text = bodyText(html);
    for (const name of shops) expect(text).toContain(name);
    expect(text).not.toContain("Storm closes schools");
    expect(text).not.toContain("Ferry fares rise");
  });

  it("keeps a linked heading over a single short paragraph of prose", () => {
    const html = `<body><article><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>
      <h3><a href="/shop/books">Harbour Books</a></h3><p>Open late on Fridays, with a reading corner for children.</p>
      <p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p></article></body>`;
    expect(bodyText(html)).toContain("Harbour Books");
  });

  it("keeps a linked list of short names set between paragraphs, but not a menu of one-word links there", () => {
    const shops = ["Harbour Books", "Bridge Street Bakery", "North Span Cycles", "Old Ferry Tearoom"];
    const menu = ["Home", "News", "Sport", "Weather"];
    const list = (entries: string[]) =>
      `<ul>${entries.map((e, i) => `<li><a href="/${i}">${e}</a></li>`).join("")}</ul>`;
    const page = (entries: string[]) =>
      `<body><article><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>${list(entries)}<p>${PARAGRAPHS[2]}</p>
      <p>${PARAGRAPHS[3]}</p></article></body>`;
    expect(bodyText(page(shops))).toEqual([PARAGRAPHS[0], PARAGRAPHS[1], ...shops, PARAGRAPHS[2], PARAGRAPHS[3]]);
    expect(bodyText(page(menu))).toEqual(PARAGRAPHS);
  });

  it("keeps a list of links that closes a section before the next heading", () => {
    const sources = ["The city's report on the north span", "The engineers' survey of the joints"];
    const html = `<body><article><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>
      <ul>${sources.map((s, i) => `<li><a href="/doc/${i}">${s}</a></li>`).join("")}</ul>
      <h2>What comes next</h2><p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p></article></body>`;
    expect(bodyText(html)).toEqual([
      PARAGRAPHS[0],
      PARAGRAPHS[1],
      ...sources,
      "What comes next",
      ...PARAGRAPHS.slice(2),
    ]);
  });

  it("keeps the linked items of a list that is mostly plain text, and drops a list of links", () => {
    const html = `<body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}
      <ul><li>A tent for two, with its poles</li><li><a href="/shop/pad">Sleeping pad</a></li><li>Water bottles, one per day</li></ul>
      <ul><li><a href="/a">Home</a></li><li><a href="/b">Travel</a></li><li><a href="/c">Gear</a></li></ul></article></body>`;
    expect(bodyText(html)).toEqual([
      ...PARAGRAPHS,
      "A tent for two, with its poles",
      "Sleeping pad",
      "Water bottles, one per day",
    ]);
  });

  it("drops a newsletter sign-up box set between the article's paragraphs", () => {
    const box = `<div class="box"><p>Get the morning letter</p>
      <p>The best of the city's news, delivered to your inbox every morning, and it is free.</p>
      <form><input type="email" placeholder="Your email"><button>Sign up</button></form>
      <p>By signing up, you agree to our terms and privacy policy.</p></div>`;
    const html = `<body><article><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>${box}
      <p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p></article></body>`;
    expect(bodyText(html)).toEqual(PARAGRAPHS);
  });

  it("keeps a linked sentence set between the article's paragraphs, not a card's linked call to action", () => {
    const linked = '<p><a href="/review">You can read our full review of the new ferry timetable here.</a></p>';
    const html = `<body><article><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>${linked}
      <p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p></article></body>`;
    expect(bodyText(html)).toEqual([
      ...PARAGRAPHS.slice(0, 2),
      "You can read our full review of the new ferry timetable here.",
      ...PARAGRAPHS.slice(2),
    ]);

    // Each card: a title, a one-paragraph blurb and a linked line; the line sits next to prose, but in a card.
    const card = (i: number) =>
      `<div class="teaser"><h3>Guide number ${i}</h3><p>Ferry passengers can bring bicycles on board, at no extra cost, on weekdays.</p>
        <p><a href="/guide-${i}">Learn how to plan a trip with guide ${i}.</a></p></div>`;
    const cards = `<body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}
      <div class="grid">${[1, 2, 3].map(card).join("")}</div></article></body>`;
    expect(bodyText(cards).filter((text) => text.startsWith("Learn how"))).toEqual([]);
  });

  /** A code listing whose names link to their docs, and a menu line of links, set between the paragraphs. */
  const LINKED_LISTING =
    '<pre><a href="/docs/open">open</a>(<a href="/docs/path">path</a>)\n<a href="/docs/read">read</a>(<a href="/docs/file">file</a>)</pre>';
  const MENU_LINE = '<p><a href="/">Home</a> <a href="/docs">Docs</a></p>';
  const withListing = `<body><article><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>${LINKED_LISTING}${MENU_LINE}
      <p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p></article></body>`;

  it("keeps a code listing whose names link to their docs", () => {
    expect(bodyText(withListing)).toContain("open(path)\nread(file)");
  });

  it("still drops a line of menu links set beside such a listing", () => {
    expect(bodyText(withListing)).not.toContain("Home Docs");
  });

  it("finds nothing on a page without prose", () => {
    const parsed = parseHtml('<body><nav><a href="/">Home</a></nav></body>');
    expect(scoreBody(parsed, textBlocks(parsed.root))).toMatchObject({ container: null, blocks: [] });
  });
});
