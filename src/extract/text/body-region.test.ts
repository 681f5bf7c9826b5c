import { describe, expect, it } from "vitest";
import { selectBody } from "./body-region.js";
import { dropTrailingLabels } from "./closing-matter.js";
import { splitDumpLines } from "./dump-lines.js";
import { classifyLines } from "./line-classes.js";
import { measureLines } from "./line-features.js";
import { rejoinListsBelow } from "./list-rejoin.js";

/** Four distinct paragraphs of plain reporting. */
const ARTICLE = [
  "The city council voted on Tuesday to close the old harbour bridge for repairs, after engineers found deep cracks in two of its supports during a routine inspection last month.",
  "Officials said the work would take at least six months and that ferries would run every twenty minutes while the bridge is closed, at no extra cost to passengers.",
  "Shop owners on both banks of the river warned that the closure could cut their trade by half, and asked the council for help with rents until the bridge reopens.",
  "The mayor told reporters that the council would meet the owners next week and that a fund for affected businesses was being discussed with the regional government.",
];

const HEADLINE = "Harbour Bridge To Close For Six Months";

/** The text of the lines selectBody keeps from a dump given as lines. */
function bodyOf(lines: string[]): string[] {
  const features = measureLines(splitDumpLines(lines.join("\n\n")));
  const selection = selectBody(features);
  return selection === null ? [] : selection.kept.map((i) => features[i]?.text ?? "");
}

/** The body of a page that prints `after` below the headline and the article. */
function bodyWithAfter(after: string[]): string[] {
  return bodyOf([HEADLINE, ...ARTICLE, ...after]);
}

/** The body of a page that prints `middle` between the article's second and third paragraphs. */
function bodyWithMiddle(middle: string): string[] {
  return bodyOf([ARTICLE[0] ?? "", ARTICLE[1] ?? "", middle, ARTICLE[2] ?? "", ARTICLE[3] ?? ""]);
}

describe("selectBody", () => {
  it.each([
    "Read This Next",
    "More Videos",
    "Recent Articles",
    "You’ll Also Love...",
    "Like this:",
    "About Jane Porter",
    "About Us",
    "Meet the Team",
    "Get in touch",
  ])("ends the article at a %j heading that opens other pages or the author's or the site's blurb", (heading) => {
    const body = bodyWithAfter([
      heading,
      "Rail Strike Called Off After Late Talks",
      "Unions called off a planned rail strike late on Sunday after their talks with the operators ran on through the night and into the morning.",
    ]);
    expect(body).toEqual(ARTICLE);
  });

  it.each([
    "6 thoughts on “Harbour Bridge To Close For Six Months”",
    "109 Comments",
    "Reader Interactions",
    "Discussion about this post",
    "Leave a Reply",
  ])("ends the article at the comments' own heading %j, however long the thread below it", (heading) => {
    const comment = (who: string, topic: string) =>
      `I have crossed that bridge every day for twenty years, and ${who} is right that the ${topic} has been getting worse since the last repairs were done.`;
    const body = bodyWithAfter([
      heading,
      ...["Ann", "Tom", "Lee", "Sam", "Max", "Eve"].flatMap((who) => [
        `${who} says:`,
        comment(who, "noise"),
        comment(who, "traffic"),
      ]),
    ]);
    expect(body).toEqual(ARTICLE);
  });

  it("keeps a list inside the article and the paragraph after it, and still leaves out a repeated menu", () => {
    const menu = ["Home", "World", "Business", "Sport", "Weather"];
    const list = [
      "Monday: the north ramp closes",
      "Tuesday: ferries start at six",
      "Wednesday: buses take the ring road",
      "Thursday: the south ramp closes",
      "Friday: cyclists use the old ferry pier",
      "Saturday: the footbridge opens",
      "Sunday: the night ferry runs",
      "Next month: the traffic lights change",
    ];
    const closing = "The council said the timetable may change if the weather is bad.";
    const body = bodyOf([...menu, HEADLINE, ...ARTICLE, ...list, closing, ...menu]);
    expect(body).toEqual([...ARTICLE, ...list, closing]);
  });

  it("drops the author's bio and the closing pitch under the article", () => {
    const body = bodyWithAfter([
      "Jane Porter is a staff writer at Example Daily, where she has covered the city council and its transport plans since 2019.",
      "Want the city's news every morning? Sign up for our free daily briefing and never miss a council vote again.",
      "Email address",
    ]);
    expect(body).toEqual(ARTICLE);
  });

  it.each([
    ["a role line", ["Jane Porter", "Senior Reporter, Example Daily"]],
    [
      "a bio that names her",
      ["Jane Porter", "Jane has covered the council for Example Daily as its transport reporter since 2019."],
    ],
  ])("drops an author card under the article: a bare name above %s, and what follows it", (_, card) => {
    const pitch = "Our daily briefing brings the council's decisions to your inbox every morning before nine.";
    expect(bodyWithAfter([...card, pitch])).toEqual(ARTICLE);
  });

  it("keeps a closing paragraph under a capitalised subheading that is not a person's name", () => {
    const section = [
      "Ferry Timetable Changes",
      "Ferry services on the harbour route will be reviewed by the transport director before the bridge reopens.",
    ];
    expect(bodyWithAfter(section)).toEqual([...ARTICLE, ...section]);
  });

  it("drops the short labels left under the last paragraph, but keeps a list the article introduces", () => {
    const trimmed = (after: string[]) => {
      const features = measureLines(splitDumpLines([...ARTICLE, ...after].join("\n")));
      const kept = features.map((line) => line.index);
      dropTrailingLabels(features, kept);
      return kept.map((i) => features[i]?.text ?? "");
    };
    expect(trimmed(["Shares", "Check the Timetable"])).toEqual(ARTICLE);
    const list = ["The closures planned this year:", "Harbour Bridge", "Mill Street Bridge"];
    expect(trimmed(list)).toEqual([...ARTICLE, ...list]);
    const longList = ["Harbour Bridge", "Mill Street Bridge", "Old Ferry Pier", "Canal Lock"];
    expect(trimmed(longList)).toEqual([...ARTICLE, ...longList]);
  });

  it("keeps a lede about a writer, and a last paragraph that mentions signing up", () => {
    const lede = "Jane Porter is a journalist who was arrested on Monday while reporting on the protest at the bridge.";
    const last =
      "Residents who want to comment on the plans can sign up to speak at the next council meeting, a spokesman said.";
    const article = [lede, ...ARTICLE, last];
    expect(bodyOf([HEADLINE, ...article])).toEqual(article);
  });

  it("takes the prose under the headline over a heavier disclaimer below the footer, headline known or not", () => {
    const lines = [
      HEADLINE,
      ARTICLE[0] ?? "",
      ARTICLE[1] ?? "",
      // The footer: more lines than a byline and share bar would take, so the disclaimer is not under the headline.
      ...["Contact Us", "Follow us", "Facebook", "Twitter", "Instagram", "Newsletter", "Advertise", "Search"],
      ...["Privacy Policy", "Cookie Policy", "Terms of Use", "Sign in", "Register", "Subscribe", "Menu", "Share"],
      "This material is offered for general information only and is not meant to replace the advice of a qualified professional. The information in it was obtained from sources that are believed to be reliable, but we cannot promise that it is accurate or complete, and the publisher accepts no liability for any loss that arises from the use of it.",
    ];
    const features = measureLines(splitDumpLines(lines.join("\n\n")));
    const texts = (headlines: number[]) => selectBody(features, headlines)?.kept.map((i) => features[i]?.text);
    // The line model reads the disclaimer's place (after the footer, nothing below it) as furniture.
    expect(texts([])).toEqual([ARTICLE[0], ARTICLE[1]]);
    expect(texts([0])).toEqual([ARTICLE[0], ARTICLE[1]]);
  });

  it("keeps a heading between paragraphs but leaves out one right below the last paragraph", () => {
    expect(bodyWithMiddle("What Happens Next")).toContain("What Happens Next");
    // In a language whose headings the section-break rules do not know, the heading still ends the body.
    expect(bodyWithAfter(["Otras Noticias"])).toEqual(ARTICLE);
  });

  /** Three dated teasers of other stories: headline, stamp, blurb. */
  const TEASERS = [
    "Rail Strike Called Off After Late Talks",
    "March 2, 2024",
    "Unions called off a planned rail strike late on Sunday after their talks with the operators ran on through the night.",
    "New Budget Raises Spending On Schools",
    "March 1, 2024",
    "The council approved a budget on Monday that raises the spending on schools by a tenth and cuts the cost of parking.",
    "Local Team Wins The Cup Final",
    "February 28, 2024",
  ];

  it("ends the article where a list of dated teasers starts, blurbs and all", () => {
    expect(bodyWithAfter(TEASERS)).toEqual(ARTICLE);
  });

  /** An article long enough to outweigh whatever a page prints below it. */
  const LONG_ARTICLE = [...ARTICLE, ...ARTICLE.map((paragraph) => `Earlier, ${paragraph}`)];
  /** Paragraphs that carry the article on below a box of teasers set into it. */
  const LATER = [
    "Engineers will first shore up the two cracked supports with steel collars, a job they expect to finish by the end of the summer.",
    "The deck will then be resurfaced in sections at night, so that the ferries and the river traffic below can keep running during the day.",
  ];

  it("skips a list of dated teasers set into the article and keeps the paragraphs below it", () => {
    const body = bodyOf([HEADLINE, ...LONG_ARTICLE, ...TEASERS, ...LATER]);
    expect(body).toEqual([...LONG_ARTICLE, ...LATER]);
  });

  it("still ends the article at a dated list when what follows it is more teasers' blurbs", () => {
    const body = bodyOf([HEADLINE, ...LONG_ARTICLE, ...TEASERS, LATER[0] ?? "", "March 3, 2024"]);
    expect(body).toEqual([...LONG_ARTICLE]);
  });

  it("goes on past a list of dates one under another, which no list of teasers prints", () => {
    const dates = [
      "The ferries will run on these dates:",
      "Version one: March 2, 2024",
      "Version two: April 6, 2024",
      "Version three: May 4, 2024",
    ];
    const body = bodyOf([HEADLINE, ...LONG_ARTICLE, "Ferry Timetable", ...dates, ...LATER]);
    // The date lines go as stamps; the point is that the article does not end above them.
    expect(body.slice(-2)).toEqual(LATER);
  });

  it("leaves out a line that is only a web address", () => {
    const body = bodyWithMiddle("https://www.example.org/reports/harbour-bridge-inspection-2024.pdf");
    expect(body).toEqual(ARTICLE);
  });

  it("ends the article at a heading above a carousel that prints its items twice", () => {
    const testimonials = [
      "The staff were friendly from the moment we walked in, and the doctor took the time to answer every one of our questions.",
      "We have brought all three of our children here for years, and every visit has been quick, calm and well organised.",
      "Booking an appointment online was easy, and the nurse who saw us was patient, kind and very good with our nervous son.",
    ];
    const body = bodyWithAfter(["More Videos", "Patient Stories", ...testimonials, ...testimonials]);
    expect(body).toEqual(ARTICLE);
  });

  it("keeps the article's headings in capitals, above a list and above a paragraph", () => {
    const list = ["WHAT TO BRING", "A valid ticket", "Warm clothes for the crossing", "Cash for the kiosk"];
    const body = bodyOf([HEADLINE, ARTICLE[0] ?? "", ARTICLE[1] ?? "", ...list, "THE FERRIES", ...ARTICLE.slice(2)]);
    expect(body).toEqual([ARTICLE[0], ARTICLE[1], ...list, "THE FERRIES", ...ARTICLE.slice(2)]);
  });
});

describe("rejoinListsBelow", () => {
  /** Where the run that ends at the article's second paragraph ends once lists below it are rejoined. */
  function endAfterRejoin(below: string[]): number {
    const features = measureLines(splitDumpLines([ARTICLE[0] ?? "", ARTICLE[1] ?? "", ...below].join("\n\n")));
    return rejoinListsBelow(features, classifyLines(features), 1);
  }

  const STEPS = ["bring a photo of the cracked support", "fill in the repair form", "wait for the letter"];

  it("takes back a list of short phrases when the article's prose resumes under it", () => {
    expect(endAfterRejoin([...STEPS, ARTICLE[2] ?? "", ARTICLE[3] ?? ""])).toBe(6);
  });

  it("takes back a list of phrases that runs to the page's furniture, but not the furniture", () => {
    expect(endAfterRejoin([...STEPS, "Copyright 2025 Harbour Times. All rights reserved."])).toBe(4);
  });

  it("leaves a list of titles out: menus and teasers capitalise their words", () => {
    expect(endAfterRejoin(["Local News", "Council Meetings", "Harbour Works Update", ARTICLE[2] ?? ""])).toBe(1);
  });

  it("leaves out a list printed twice on the page, as menus are", () => {
    expect(endAfterRejoin([...STEPS, ARTICLE[2] ?? "", ...STEPS])).toBe(1);
  });

  it("leaves out two short lines, which are a heading or a caption rather than a list", () => {
    expect(endAfterRejoin(STEPS.slice(0, 2).concat(ARTICLE[2] ?? ""))).toBe(1);
  });
});

describe("selectBody lead-ins", () => {
  it("keeps a line that trails off into the paragraph under it", () => {
    const leadIn = "And then the engineers looked under the deck and found something odd…";
    expect(bodyWithMiddle(leadIn)).toEqual([ARTICLE[0], ARTICLE[1], leadIn, ARTICLE[2], ARTICLE[3]]);
  });

  it("drops a cut teaser that a headline follows, as in a list of other stories", () => {
    const body = bodyWithAfter([
      "Ferry Timetable Changes Next Week",
      "The ferry company said on Monday that it would add evening crossings to its timetable while the…",
      "Rail Strike Called Off After Late Talks",
    ]);
    expect(body).not.toContain(
      "The ferry company said on Monday that it would add evening crossings to its timetable while the…",
    );
  });
});

describe("selectBody record fields", () => {
  const EVENTS = ["Harbour Festival", "Bridge Run", "Ferry Open Day", "River Clean-up"].flatMap((name, k) => [
    name,
    `Date: June ${k + 8}, 2026`,
    "Rated: Good",
    ARTICLE[k] ?? "",
  ]);

  it("keeps the fields that each record of the article's list repeats, dated or not", () => {
    const body = bodyOf(EVENTS);
    expect(body).toContain("Date: June 9, 2026");
    expect(body.filter((line) => line === "Rated: Good")).toHaveLength(3);
  });

  it("drops a byline's stamp however often the page prints it, and a lone dated field", () => {
    const stamped = ARTICLE.flatMap((paragraph, k) => [`Posted: May ${k + 1}, 2025`, paragraph]);
    expect(bodyOf(stamped)).toEqual(ARTICLE);
    expect(bodyWithMiddle("Date: June 8, 2026")).toEqual(ARTICLE);
  });

  it("drops a repeated credit and a repeated line of code", () => {
    const cited = ARTICLE.flatMap((paragraph) => [paragraph, "Source: harbour.example.org"]);
    expect(bodyOf(cited)).not.toContain("Source: harbour.example.org");
    const coded = ARTICLE.flatMap((paragraph) => [paragraph, "id: number;"]);
    expect(bodyOf(coded)).not.toContain("id: number;");
  });
});
