import { describe, expect, it } from "vitest";
import { splitDumpLines } from "./dump-lines.js";
import { measureLines } from "./line-features.js";
import {
  holdsDateStamp,
  labelledPublishDate,
  loneDateBelowBody,
  loneDateOf,
  nearestLoneDate,
  wordsBesideDate,
} from "./lone-date.js";

const HEADLINE = "Harbour Bridge Closes for Six Months of Repairs";
const STANDFIRST =
  "The old harbour bridge will close for half a year while engineers repair deep cracks in two of its supports, the council said on Tuesday evening.";
const PARAGRAPH =
  "The city council voted on Tuesday to close the old harbour bridge for repairs, after engineers found deep cracks in two of its supports during a routine inspection.";

const lines = (...texts: string[]) => measureLines(splitDumpLines(texts.join("\n")));

describe("loneDateOf", () => {
  it("reads a line that is a date and little else", () => {
    expect(loneDateOf("March 5, 2025")).toEqual({ date: "2025-03-05", isUpdate: false });
    expect(loneDateOf("Published: 12 Feb 2024")?.date).toBe("2024-02-12");
    expect(loneDateOf("May 1, 2024 | 5 min read")?.date).toBe("2024-05-01");
    expect(loneDateOf("Friday, November 14, 2025 at 5:50 PM EST")?.date).toBe("2025-11-14T17:50:00-05:00");
  });

  it("marks a date labelled as an update", () => {
    expect(loneDateOf("Updated 2 Jan 2024")).toEqual({ date: "2024-01-02", isUpdate: true });
  });

  it("gives nothing for a sentence, a teaser or a status that mentions a date", () => {
    expect(loneDateOf("The council met on March 5, 2025 to vote")).toBeNull();
    expect(loneDateOf("Last active December 20, 2025 13:58")).toBeNull();
    expect(loneDateOf("Ferry fares rise | March 5, 2025")).toBeNull();
    expect(loneDateOf("July 2025")).toBeNull();
  });
});

describe("nearestLoneDate", () => {
  it("finds a date printed above the headline behind a kicker, a reading time and a view count", () => {
    const features = lines(
      "Menu",
      "March 5, 2025",
      "Local News",
      "6 min read",
      "210 views",
      "Share",
      HEADLINE,
      PARAGRAPH,
    );
    expect(nearestLoneDate(features, 6)?.date).toBe("2025-03-05");
  });

  it("takes no date from above the headline when several are there: a list of other stories", () => {
    const features = lines(
      "Ferry Fares Rise Again",
      "March 4, 2025",
      "Council Elections in May",
      "March 3, 2025",
      HEADLINE,
    );
    expect(nearestLoneDate([...features, ...lines(PARAGRAPH)], 4)).toBeNull();
  });

  it("finds a date below a standfirst printed twice, but not one below the article's start", () => {
    const below = lines(HEADLINE, STANDFIRST, STANDFIRST, "Jane Porter", "August 25, 2024", PARAGRAPH);
    expect(nearestLoneDate(below, 0)?.date).toBe("2024-08-25");
    const inBody = lines(HEADLINE, STANDFIRST, PARAGRAPH, "August 25, 2024");
    expect(nearestLoneDate(inBody, 0)).toBeNull();
  });

  it("prefers the date nearer the headline", () => {
    const features = lines("June 1, 2024", "Local News", "Share", HEADLINE, "Updated June 3, 2024", PARAGRAPH);
    expect(nearestLoneDate(features, 3)).toEqual({ date: "2024-06-03", isUpdate: true });
  });
});

describe("loneDateBelowBody", () => {
  it("finds the date printed under the body's last paragraph", () => {
    const features = lines(HEADLINE, PARAGRAPH, PARAGRAPH, "Published", "August 30, 2024", "Share this");
    expect(loneDateBelowBody(features, 2)).toBe("2024-08-30");
  });

  it("takes neither a page's upkeep stamp nor the first of a list of dated comments", () => {
    const upkeep = lines(HEADLINE, PARAGRAPH, "Last updated July 2, 2024", "Return to top");
    expect(loneDateBelowBody(upkeep, 1)).toBeNull();
    const comments = lines(HEADLINE, PARAGRAPH, "March 2, 2025", "Great read, thanks!", "March 3, 2025", "Agreed.");
    expect(loneDateBelowBody(comments, 1)).toBeNull();
  });

  it("takes no date that heads a single comment under the body", () => {
    const comment = lines(
      HEADLINE,
      PARAGRAPH,
      "March 2, 2025",
      "Great read, thanks! I cross that bridge daily.",
      "Reply",
    );
    expect(loneDateBelowBody(comment, 1)).toBeNull();
    const tagged = lines(HEADLINE, PARAGRAPH, "March 2, 2025", "Tags: bridges, council", "Reply");
    expect(loneDateBelowBody(tagged, 1)).toBe("2025-03-02");
  });

  it("takes no date under a label other than a dateline's: a notice's date is not the article's", () => {
    const notice = lines(HEADLINE, PARAGRAPH, PARAGRAPH, "Next meeting", "June 5, 2027");
    expect(loneDateBelowBody(notice, 2)).toBeNull();
    const posted = lines(HEADLINE, PARAGRAPH, PARAGRAPH, "Posted in News", "June 5, 2024");
    expect(loneDateBelowBody(posted, 2)).toBe("2024-06-05");
  });

  it("reads the date past the post's tags and beside its categories", () => {
    const stamp = "Monday, August 11th, 2025 at 11:00 am | Categories: Harbour, Bridges |";
    const tagged = lines(
      HEADLINE,
      PARAGRAPH,
      PARAGRAPH,
      "Tags: harbour, bridge repairs",
      stamp,
      "Comments are closed.",
    );
    expect(loneDateBelowBody(tagged, 2)?.slice(0, 10)).toBe("2025-08-11");
  });
});

describe("holdsDateStamp and wordsBesideDate", () => {
  it("finds a date stamp among a line's fields, not in a headline that mentions a date", () => {
    expect(holdsDateStamp("Dec 19, 2025|Last updated on Dec 20, 2025|xx min read")).toBe(true);
    expect(holdsDateStamp("Jane Porter • March 3, 2024")).toBe(true);
    expect(holdsDateStamp("Harbour Bridge Report 3/12/2024")).toBe(false);
  });

  it("counts the words that are not the date or its label", () => {
    expect(wordsBesideDate("Published 12 May 2024")).toBe(0);
    expect(wordsBesideDate("Harbour Report 3/12/2024")).toBe(2);
  });
});

describe("labelledPublishDate", () => {
  const page = (...extra: string[]) => lines(HEADLINE, PARAGRAPH, PARAGRAPH, "Share this", ...extra, "Contact us");

  it("reads the page's one 'Published' or 'Posted on' line wherever it stands", () => {
    expect(labelledPublishDate(page("Published August 13, 2025"))).toBe("2025-08-13");
    expect(labelledPublishDate(page("Published: Nov. 19, 2025"))).toBe("2025-11-19");
    expect(labelledPublishDate(page("|  Posted January 7, 2026"))).toBe("2026-01-07");
    expect(labelledPublishDate(page("Posted on the 15/12/2025 at 19:00 by @jane"), "day-first")?.slice(0, 10)).toBe(
      "2025-12-15",
    );
  });

  it("gives nothing for a thread whose posts each have their day, nor for an edit's day or a sentence", () => {
    expect(labelledPublishDate(page("Posted on March 1, 2025", "Great piece!", "Posted on March 3, 2025"))).toBeNull();
    expect(labelledPublishDate(page("Updated August 13, 2025"))).toBeNull();
    expect(labelledPublishDate(page("Published research on March 1, 2025 showed the bridge was failing."))).toBeNull();
    expect(labelledPublishDate(page())).toBeNull();
  });

  it("takes one day printed twice, as a page prints it at the top and at the foot", () => {
    expect(labelledPublishDate(page("Published August 13, 2025", "Posted on August 13, 2025"))).toBe("2025-08-13");
  });
});
