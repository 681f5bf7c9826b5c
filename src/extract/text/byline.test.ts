import { describe, expect, it } from "vitest";
import { readByline } from "./byline.js";
import { splitDumpLines } from "./dump-lines.js";
import { measureLines } from "./line-features.js";

const HEADLINE_PRINT = "How to Replace Brake Pads at Home";
/** A paragraph long enough to read as the article's body. */
const PARAGRAPH =
  "The council voted on Tuesday to close the bridge for repairs after engineers found cracks in two of its " +
  "piers, and the work is expected to take most of the coming year.";

describe("readByline", () => {
  const read = (dump: string, titleIndex: number, bodyStart: number) =>
    readByline(measureLines(splitDumpLines(dump)), titleIndex, bodyStart);

  it("takes the first of two dates printed without a gap as the publish date", () => {
    const dump =
      "Bridge Closes\nPosted on May 2, 2019August 8, 2020\nThe council voted on Tuesday to close the bridge.";
    expect(read(dump, 0, 2).published).toBe("2019-05-02");
  });

  it("reads a 'By' line on its own and a bare date line under the headline", () => {
    const dump = "Bridge Closes\nBy\nJane Porter\nApr 21, 2021\nThe council voted on Tuesday to close the bridge.";
    expect(read(dump, 0, 4)).toEqual({ author: "Jane Porter", published: "2021-04-21", section: null });
  });

  it("reads glued bylines and prefers the published date over the updated one", () => {
    const dump = "Bridge Closes\nByNina Pineda\nUpdated: May 2, 2024 | Published: May 1, 2024\nBody text starts here.";
    expect(read(dump, 0, 3)).toMatchObject({ author: "Nina Pineda", published: "2024-05-01" });
  });

  it("takes the section from the line above the headline or from breadcrumbs", () => {
    expect(read("International\nBridge Closes\nBody.", 1, 2).section).toBe("International");
    expect(read("Home > News > World\nBridge Closes\nBody.", 1, 2).section).toBe("World");
  });

  it("reads 'By' glued to a capitalised name, a single-name byline and a 'Contributors:' label", () => {
    expect(read("Bridge Closes\nByShivya Nath 12th February 2025\nBody.", 0, 2).author).toBe("Shivya Nath");
    expect(read("Bridge Closes\nWritten by Melissa\nBody.", 0, 2).author).toBe("Melissa");
    expect(read("Bridge Closes\nContributors: Jane Porter\nBody.", 0, 2).author).toBe("Jane Porter");
    expect(read("Bridge Closes\nSort by Category\nBody.", 0, 2).author).toBeNull();
  });

  it("reads the date a byline prints after the name", () => {
    expect(read("Bridge Closes\nBy Jane Porter on January 21, 2023\nBody.", 0, 2)).toMatchObject({
      author: "Jane Porter",
      published: "2023-01-21",
    });
    expect(read("Bridge Closes\nby: Jane Porter, Dec 17, 2025\nBody.", 0, 2).published).toBe("2025-12-17");
    expect(read("Bridge Closes\nBy Jane Porter Updated Sep 5, 2024\nBody.", 0, 2).published).toBe("2024-09-05");
  });

  it("takes a lone date line a few lines above the headline when the byline has none", () => {
    const dump = "Security\nDecember 17, 2025\n10 min read\n119 views\nNews\nShare\nBridge Closes\nBody.";
    expect(read(dump, 6, 7).published).toBe("2025-12-17");
  });

  it("splits a byline at a dot operator between name, role and date", () => {
    const dump = "Bridge Closes\nBy Jane Porter ⋅ Senior Editor ⋅ Updated March 5, 2025\nBody.";
    expect(read(dump, 0, 2)).toMatchObject({ author: "Jane Porter", published: "2025-03-05" });
  });

  it("takes a labelled stamp far below the headline, but not one below the body under another story's teaser", () => {
    const paragraph =
      "The council voted on Tuesday to close the bridge for repairs after engineers found cracks in it.";
    const teaser = "Rail Strike Called Off After Late Talks";
    const lines = ["Bridge Closes", ...Array.from({ length: 20 }, () => paragraph), teaser, "Posted on June 9, 2020"];
    const features = measureLines(splitDumpLines(lines.join("\n")));
    expect(readByline(features, 0, 1, 22).published).toBe("2020-06-09");
    expect(readByline(features, 0, 1, 20).published).toBeNull();
  });

  it("takes the date printed right under the body when nothing nearer the headline gives one", () => {
    const PARAGRAPH =
      "The council voted on Tuesday to close the bridge for repairs after engineers found cracks in it.";
    const lines = ["Bridge Closes", PARAGRAPH, PARAGRAPH, "Published", "June 9, 2020", "Share"];
    expect(readByline(measureLines(splitDumpLines(lines.join("\n"))), 0, 1, 2).published).toBe("2020-06-09");
  });

  it("reads the name under a byline label alone on its line, past a glued crumb", () => {
    expect(read("Bridge Closes\nWritten By\nJane Porter\nBody.", 0, 3).author).toBe("Jane Porter");
    expect(read("Bridge Closes\nArticle by:\nTom Reyes\nBody.", 0, 3).author).toBe("Tom Reyes");
    expect(read("Bridge Closes\nBy\nMelissa\nBody.", 0, 3).author).toBe("Melissa");
    expect(read("Bridge Closes\nBy\nGarden TipsHome Ideas\nJane Porter\nBody.", 0, 4).author).toBe("Jane Porter");
    expect(read("Bridge Closes\nAuthor\nCategory\nBody.", 0, 3).author).toBeNull();
  });

  it("splits a date run into the name", () => {
    expect(read("Bridge Closes\nBy Jane PorterNovember 5, 2020\nBody.", 0, 2)).toMatchObject({
      author: "Jane Porter",
      published: "2020-11-05",
    });
  });

  it("takes no credit line or sentence with a 'by' in it for the byline", () => {
    expect(read("Bridge Closes\nPhoto by Jane Porter\nBody.", 0, 2).author).toBeNull();
    expect(read("Bridge Closes\nReviewed by Tom Reyes\nBody.", 0, 2).author).toBeNull();
    const standfirst = "A short guide to the bridge and its repairs, put together for you by City Desk.";
    expect(read(`Bridge Closes\n${standfirst}\nBody.`, 0, 2).author).toBeNull();
    expect(read("Bridge Closes\nPosted on March 3, 2024 by Jane Porter\nBody.", 0, 2).author).toBe("Jane Porter");
  });

  it("reads a name printed beside its date without a 'By', but not a section", () => {
    expect(read("Bridge Closes\nJane Porter | March 3, 2024\nBody.", 0, 2).author).toBe("Jane Porter");
    expect(read("Bridge Closes\nTom Reyes October 11, 2024\nBody.", 0, 2).author).toBe("Tom Reyes");
    expect(read("Bridge Closes\nMarch 3, 2024 · 5 min · Jane Porter\nBody.", 0, 2).author).toBe("Jane Porter");
    expect(read("Bridge Closes\nSusan March 9, 2024 0 Comments\nBody.", 0, 2).author).toBe("Susan");
    expect(read("Bridge Closes\nSusan · Gardening · March 9, 2024\nBody.", 0, 2).author).toBeNull();
    expect(read("Bridge Closes\nLocal News · March 3, 2024\nBody.", 0, 2).author).toBeNull();
    expect(read("Bridge Closes\nWorld | March 3, 2024\nBody.", 0, 2).author).toBeNull();
  });

  it("reads a bare name beside a job title, a first name alone beside a date, and a list of names", () => {
    expect(read("Bridge Closes\nJane Porter\nSenior Staff Writer\nBody.", 0, 3).author).toBe("Jane Porter");
    expect(read("Bridge Closes\nMelissa\nMarch 5, 2026\nBody.", 0, 3).author).toBe("Melissa");
    expect(read("Bridge Closes\nJane Porter\n2024-03-05T08:10+01:00\nBody.", 0, 3).author).toBe("Jane Porter");
    expect(read("Bridge Closes\nCategory\nMarch 5, 2026\nBody.", 0, 3).author).toBeNull();
    const list = "Ann Lee, Tom Reyes, Jane Porter and Sam Okafor";
    expect(read(`Bridge Closes\n${list}\n24 Apr 2000 • 3 min read\nBody.`, 0, 3).author).toBe(
      "Ann Lee, Tom Reyes, Jane Porter, Sam Okafor",
    );
  });

  it("reads a bare name a short standfirst and a share bar away from the headline", () => {
    const standfirst =
      "How the council plans to reopen the bridge next spring, and what the repairs will cost the town this year.";
    const dump = `Bridge Closes\n${standfirst}\n${standfirst}\nJane Porter\nAugust 25, 2024\nShare\nBody.`;
    expect(read(dump, 0, 1).author).toBe("Jane Porter");
  });

  it("takes the author box below the body when the headline has no byline, but not a related story's 'By'", () => {
    const body = Array.from({ length: 5 }, () => PARAGRAPH);
    const boxed = measureLines(
      splitDumpLines(["Bridge Closes", ...body, "Share", "Written by", "Jane Porter"].join("\n")),
    );
    expect(readByline(boxed, 0, 1, 5).author).toBe("Jane Porter");
    const inline = measureLines(splitDumpLines(["Bridge Closes", ...body, "Written by Jane Porter"].join("\n")));
    expect(readByline(inline, 0, 1, 5).author).toBe("Jane Porter");
    const related = measureLines(
      splitDumpLines(["Bridge Closes", ...body, "Rail Strike Ends", "By Tom Reyes"].join("\n")),
    );
    expect(readByline(related, 0, 1, 5).author).toBeNull();
  });

  it("takes the name an author card labels 'Author' under it, though the tagger doubts the first name", () => {
    const body = Array.from({ length: 5 }, () => PARAGRAPH);
    const card = (name: string) =>
      readByline(measureLines(splitDumpLines(["Bridge Closes", ...body, "Share", name, "Author"].join("\n"))), 0, 1, 5);
    expect(card("Tazzy Morrow").author).toBe("Tazzy Morrow");
    expect(card("Previous Post").author).toBeNull();
  });

  it("takes no author box from inside the body, nor one past the other stories or the comments", () => {
    const body = Array.from({ length: 5 }, () => PARAGRAPH);
    const review = [PARAGRAPH, PARAGRAPH, "Author: Margaret Ellison", "Pages: 320", PARAGRAPH, PARAGRAPH];
    const inBody = measureLines(splitDumpLines(["Bridge Closes", ...review].join("\n")));
    expect(readByline(inBody, 0, 1, 6).author).toBeNull();
    for (const section of ["Related stories", "2 Comments"]) {
      const below = measureLines(
        splitDumpLines(["Bridge Closes", ...body, section, "Rail Strike Ends", "Written by Tom Reyes"].join("\n")),
      );
      expect(readByline(below, 0, 1, 5).author).toBeNull();
    }
  });

  it("reads a bare name printed straight under the headline, before a button or a crumb", () => {
    expect(read("Bridge Closes\nJane Porter\nStart Trial\n1. Articles /\nBody.", 0, 4).author).toBe("Jane Porter");
    expect(read("Bridge Closes\nTravel Tips\nStart Trial\nBody.", 0, 3).author).toBeNull();
  });

  it("reads the byline a standfirst ends with, but not a closing sentence that opens with 'By'", () => {
    const signed =
      "Engineers found cracks in two piers, so the old bridge will shut for a year. By Jane Porter on Dec. 19, 2025";
    const dump = `Bridge Closes\n${signed}\nShare\nBody.`;
    expect(read(dump, 0, 3)).toMatchObject({ author: "Jane Porter", published: "2025-12-19" });
    const prose = "Engineers found cracks in two piers, so the bridge will shut. By March the ferries will run hourly";
    expect(read(`Bridge Closes\n${prose}\nShare\nBody.`, 0, 3).author).toBeNull();
  });

  it("reads a screen name from a dated 'Posted by' line, but a one-word 'By' with no date only for a first name", () => {
    const posted =
      "Grads Find Jobs Scarce\nPosted by BeauHD on Friday December 19, 2025 @08:00PM from the jobs dept.\nBody.";
    expect(read(posted, 0, 2)).toMatchObject({ author: "BeauHD", published: "2025-12-19" });
    expect(read("Bridge Closes\nBy Category\nBody.", 0, 2).author).toBeNull();
  });

  it("reads a group byline after 'By', under the headline or beside a date, but not a lone 'Team' link", () => {
    expect(read("Tax 101\nBy The Currency editors\n12.12.2025\nBody.", 0, 3).author).toBe("The Currency editors");
    expect(read("Plumbing Trends\nPodium Staff\nWatch demo\nBody.", 0, 3).author).toBe("Podium Staff");
    expect(read("Smart Thermostats\nStaff\nApril 18, 2025\nBody.", 0, 3).author).toBe("Staff");
    expect(read("Smart Thermostats\nTeam\nWatch demo\nBody.", 0, 3).author).toBeNull();
  });

  it("reads the sign-off the body region took in as its last lines, but not a record field in the body", () => {
    const signed = ["Bridge Closes", PARAGRAPH, PARAGRAPH, PARAGRAPH, "Text by Jane Porter", "Enjoyed this piece?"];
    expect(readByline(measureLines(splitDumpLines(signed.join("\n"))), 0, 1, 5).author).toBe("Jane Porter");
    const review = ["Bridge Closes", PARAGRAPH, PARAGRAPH, "Author: Margaret Ellison", PARAGRAPH, PARAGRAPH];
    expect(readByline(measureLines(splitDumpLines(review.join("\n"))), 0, 1, 5).author).toBeNull();
  });

  it("reads a closing 'By' on the body's last line or straight after it, but not one past a related list", () => {
    const lines = (...tail: string[]) =>
      measureLines(splitDumpLines(["Bridge Closes", PARAGRAPH, PARAGRAPH, PARAGRAPH, ...tail].join("\n")));
    expect(readByline(lines("By Scott Kasun", "Related Topics"), 0, 1, 3).author).toBe("Scott Kasun");
    expect(readByline(lines("Related Topics", "By Scott Kasun"), 0, 1, 3).author).toBeNull();
  });

  it("takes an author card below the body with no label, when its name opens with a known first name", () => {
    const body = Array.from({ length: 5 }, () => PARAGRAPH);
    const card = ["Share", "Jane Porter", "Senior Staff Writer"];
    expect(
      readByline(measureLines(splitDumpLines(["Bridge Closes", ...body, ...card].join("\n"))), 0, 1, 5).author,
    ).toBe("Jane Porter");
    const credit = ["Share", "Video Trailer", "Director of photography"];
    expect(
      readByline(measureLines(splitDumpLines(["Bridge Closes", ...body, ...credit].join("\n"))), 0, 1, 5).author,
    ).toBeNull();
  });

  it("reads the byline at the headline's first print, above a contents list and the headline again", () => {
    const contents = ["Table of Contents", "Tools needed", "Parts", "Getting Started", "Conclusion"];
    const lines = [HEADLINE_PRINT, "by Daniel Gibson | Mar 11, 2023 | Brakes", ...contents, HEADLINE_PRINT, "Body."];
    const titleIndex = lines.length - 2;
    expect(readByline(measureLines(splitDumpLines(lines.join("\n"))), titleIndex, titleIndex + 1)).toMatchObject({
      author: "Daniel Gibson",
      published: "2023-03-11",
    });
  });

  it("counts words like 'M&A' before a 'by' as words of a sentence, not of a byline", () => {
    const standfirst = "Significant security M&A deals announced by Jamf, LevelBlue, and Twilio.";
    expect(read(`Deals Roundup\n${standfirst}\nBy\nEduard Kovacs\nBody.`, 0, 4).author).toBe("Eduard Kovacs");
  });

  it("takes the name beside the date over a section label above it, and under the headline only a known name", () => {
    const dump = "Video Trends\nVideo Production\nTeam SimplyThrilled\nSeptember 4, 2025\nBody.";
    expect(read(dump, 0, 4).author).toBe("Team SimplyThrilled");
    expect(read("Video Trends\nVideo Production\nShare\nBody.", 0, 3).author).toBeNull();
  });

  it("parts a job title run into the name, but not a name's own inner capital", () => {
    expect(read("Bridge Closes\nBy Mateusz HabernyFounder\nBody.", 0, 2).author).toBe("Mateusz Haberny");
    expect(read("Bridge Closes\nBy Ann McDonald\nBody.", 0, 2).author).toBe("Ann McDonald");
  });

  it("takes the original publish date over the update printed before it in one stamp", () => {
    const stamp = "Updated November 11, 2022 8:23 PM ET Originally published November 9, 2022 11:01 AM ET";
    expect(read(`Bridge Closes\n${stamp}\nBody.`, 0, 2).published?.slice(0, 10)).toBe("2022-11-09");
  });

  it("reads a labelled stamp however long the list of categories after it", () => {
    const categories = Array.from({ length: 8 }, (_, i) => `Category Number ${i + 1}`).join(", ");
    const dump = `Nutrition Myths\nPosted on November 25, 2024December 3, 2024 in ${categories}\nBody.`;
    expect(read(dump, 0, 2).published).toBe("2024-11-25");
  });

  it("reads a 'By:' glued to the name and a section run into it", () => {
    expect(read("Bridge Closes\nWritten by:Elise Nass\nBody.", 0, 2).author).toBe("Elise Nass");
    const filed = "On January 12, 2025 By Gabby BoucherIn Budget Travel, Travel Tips";
    expect(read(`Bridge Closes\n${filed}\nBody.`, 0, 2)).toMatchObject({
      author: "Gabby Boucher",
      published: "2025-01-12",
    });
  });

  it("reads a name and date printed together just above the headline", () => {
    expect(read("Tom Talbot October 14, 2025\nBlog\nBridge Closes\nBody.", 2, 3).author).toBe("Tom Talbot");
    expect(read("Travel Tips October 14, 2025\nBlog\nBridge Closes\nBody.", 2, 3).author).toBeNull();
  });

  it("joins a first name beside its date with the surname printed on the next line", () => {
    expect(read("Bridge Closes\nDec 8, 2024\nMaria\nMathioudaki\nBody.", 0, 4).author).toBe("Maria Mathioudaki");
    expect(read("Bridge Closes\nDec 8, 2024\nMaria\nShare\nBody.", 0, 4).author).toBe("Maria");
  });

  it("takes the outlet's own name beside the date as the byline of a site that signs its pieces", () => {
    const signed = (dump: string, siteName: string | null) =>
      readByline(measureLines(splitDumpLines(dump)), 0, 3, 3, { siteName }).author;
    expect(signed("Bridge Closes\nHarbour Times\nMarch 3, 2024\nBody.", "HarbourTimes")).toBe("Harbour Times");
    expect(signed("Bridge Closes\nHarbourly\nMarch 3, 2024\nBody.", "Harbourly")).toBe("Harbourly");
    expect(signed("Bridge Closes\nHarbour Times | March 3, 2024\nBody.\nMore.", "Harbour Times")).toBe("Harbour Times");
    expect(signed("Bridge Closes\nHarbour Times\nMarch 3, 2024\nBody.", null)).toBeNull();
    expect(signed("Bridge Closes\nLocal News\nMarch 3, 2024\nBody.", "Harbour Times")).toBeNull();
  });

  it("takes no 'Step by Step Guide' for a byline", () => {
    expect(read("Solar Panels\nDIY Solar Installation: Step by Step Guide\nBody.", 0, 2).author).toBeNull();
  });

  it("finds a bare name only when it looks like a person's", () => {
    const named = "Bridge Closes\nRyan Carrigan\nLast Updated: Dec 17, 2025\nBody.";
    expect(read(named, 0, 3).author).toBe("Ryan Carrigan");
    const label = "Bridge Closes\nTravel Tips\nDecember 17, 2025\nBody.";
    expect(read(label, 0, 3).author).toBeNull();
  });

  it("takes a name under a 'Written By:' label though the tagger doubts its first name, but no furniture", () => {
    const named = "Bridge Closes\nWritten By:\nTazzy Morrow\nLast Updated:\nAugust 1, 2025\nBody.";
    expect(read(named, 0, 5).author).toBe("Tazzy Morrow");
    const link = "Bridge Closes\nWritten By:\nPrevious Post\nLast Updated:\nAugust 1, 2025\nBody.";
    expect(read(link, 0, 5).author).toBeNull();
  });

  it("reads names beside a job title or an outlet in capitals, but not a label beside them", () => {
    const standfirst = "How the council plans to reopen the bridge next spring, and what the repairs will cost.";
    const signed = (line: string) => read(`Bridge Closes\n${standfirst}\n${line}\nShow Caption\nBody.`, 0, 4).author;
    expect(signed("Ann Lee and Tom Reyes | Guest Columnists")).toBe("Ann Lee, Tom Reyes");
    expect(signed("Jane Porter, Staff Writer")).toBe("Jane Porter");
    expect(signed("Jane Porter HARBOUR DAILY")).toBe("Jane Porter");
    expect(signed("Travel Tips | Staff Picks")).toBeNull();
    expect(signed("Latest News HARBOUR DAILY")).toBeNull();
    expect(signed("Jane Porter | Harbour and Ferries")).toBeNull();
  });

  it("reads a line opening with 'By' under a summary of several paragraphs, but nothing else down there", () => {
    const lines = (byline: string) =>
      measureLines(
        splitDumpLines(["Bridge Closes", "SUMMARY:", PARAGRAPH, PARAGRAPH, "Tweet", byline, PARAGRAPH].join("\n")),
      );
    const byRole = "by Jane Porter, Senior Director, Content & Marketing, Harbour Institute";
    expect(readByline(lines(byRole), 0, 2, 6).author).toBe("Jane Porter");
    expect(readByline(lines("Photo by Tom Reyes"), 0, 2, 6).author).toBeNull();
    expect(readByline(lines("By Category"), 0, 2, 6).author).toBeNull();
  });

  it("parts a byline at bullets of any shape", () => {
    for (const bullet of ["●", "■", "∙"]) {
      expect(
        read(`Bridge Closes\nby Jane Porter ${bullet} December 23, 2025 ${bullet} 6 min read\nBody.`, 0, 2),
      ).toEqual({
        author: "Jane Porter",
        published: "2025-12-23",
        section: null,
      });
    }
  });

  it("reads a lower-case screen name after 'by' when a date follows it on the line, and not without one", () => {
    expect(read("Bridge Closes\nby harbourdesk | Apr 21, 2025\nBody.", 0, 2)).toMatchObject({
      author: "harbourdesk",
      published: "2025-04-21",
    });
    expect(read("Bridge Closes\nby harbourdesk | Features\nBody.", 0, 2).author).toBeNull();
  });
});
