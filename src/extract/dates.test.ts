import { describe, expect, it } from "vitest";
import { parsePublishedDate } from "./dates.js";

const REFERENCE = new Date("2024-07-06T12:00:00Z");

describe("parsePublishedDate", () => {
  it("reads written-out dates as calendar dates", () => {
    expect(parsePublishedDate("December 1, 2023")).toBe("2023-12-01");
    expect(parsePublishedDate("6th July, 2024")).toBe("2024-07-06");
    expect(parsePublishedDate("POSTED ON December 1, 2023 • World")).toBe("2023-12-01");
    expect(parsePublishedDate("Friday, November 14, 2025")).toBe("2025-11-14");
  });

  it("keeps the time and zone a date-time states", () => {
    expect(parsePublishedDate("2023-12-01T10:00:00+01:00")).toBe("2023-12-01T10:00:00+01:00");
    expect(parsePublishedDate("2023-12-01T10:00:00.123+0100")).toBe("2023-12-01T10:00:00+01:00");
    expect(parsePublishedDate("2023-12-01T10:00Z")).toBe("2023-12-01T10:00:00Z");
    expect(parsePublishedDate("Mon, 3 Jun 2024 14:05:00 GMT")).toBe("2024-06-03T14:05:00Z");
    expect(parsePublishedDate("September 4, 2025 5:50 am")).toBe("2025-09-04T05:50:00");
    expect(parsePublishedDate("2024-07-06")).toBe("2024-07-06");
  });

  it("reads day-first numeric dates and dates in other languages", () => {
    expect(parsePublishedDate("13/12/2023")).toBe("2023-12-13");
    expect(parsePublishedDate("3. März 2024")).toBe("2024-03-03");
    expect(parsePublishedDate("12 de marzo de 2024")).toBe("2024-03-12");
    expect(parsePublishedDate("15 mars 2024")).toBe("2024-03-15");
  });

  it("reads an ambiguous numeric date day first when told the page writes its dates so", () => {
    expect(parsePublishedDate("03/10/2023")).toBe("2023-03-10");
    expect(parsePublishedDate("03/10/2023", undefined, "day-first")).toBe("2023-10-03");
    expect(parsePublishedDate("October 3, 2023", undefined, "day-first")).toBe("2023-10-03");
  });

  it("reads day, month name and year joined by dashes", () => {
    expect(parsePublishedDate("04-ago-2021")).toBe("2021-08-04");
    expect(parsePublishedDate("12-Mar-2024")).toBe("2024-03-12");
  });

  it("reads a date that scraped text glued to the words or the time around it", () => {
    expect(parsePublishedDate("6 min readDec 1, 2025")).toBe("2025-12-01");
    expect(parsePublishedDate("EditorialNovember 22, 2018")).toBe("2018-11-22");
    expect(parsePublishedDate("Mar 27, 20255 mins")).toBe("2025-03-27");
    expect(parsePublishedDate("October 17, 20236:01 PM ET")).toBe("2023-10-17T18:01:00-04:00");
  });

  it("passes over a time before the date, and reads a full stop after the day as its comma", () => {
    expect(parsePublishedDate("UPDATED 16:47 EST / DECEMBER 19 2025")).toBe("2025-12-19");
    expect(parsePublishedDate("December 19. 2025")).toBe("2025-12-19");
    expect(parsePublishedDate("Monday 5:50 pm")).toBeNull();
  });

  it("needs a reference date for relative dates, and gives null without one", () => {
    for (const relative of ["2 hours ago", "yesterday", "Updated: 4 days ago", "July 4", "5:50 am"]) {
      expect(parsePublishedDate(relative)).toBeNull();
    }
    expect(parsePublishedDate("2 hours ago", REFERENCE)).toBe("2024-07-06T10:00:00Z");
    expect(parsePublishedDate("yesterday", REFERENCE)).toBe("2024-07-05");
    expect(parsePublishedDate("Updated: 4 days ago", REFERENCE)).toBe("2024-07-02");
    expect(parsePublishedDate("July 4", REFERENCE)).toBe("2024-07-04");
  });

  it("rejects dates after the reference: a page is not published in the future", () => {
    expect(parsePublishedDate("2025-01-01", REFERENCE)).toBeNull();
    expect(parsePublishedDate("March 3, 2030", REFERENCE)).toBeNull();
    expect(parsePublishedDate("2025-01-01")).toBe("2025-01-01");
  });

  it("gives null for text without a real date", () => {
    for (const garbage of ["", "on", "Published", "VIEWS 166", "garbage 12", "2024-02-30", "2024-13-01", "now"]) {
      expect(parsePublishedDate(garbage)).toBeNull();
    }
    expect(parsePublishedDate("on", REFERENCE)).toBeNull();
    expect(parsePublishedDate("x".repeat(1000))).toBeNull();
    // A month alone is no publish day.
    expect(parsePublishedDate("As of: July 2025")).toBeNull();
  });
});
