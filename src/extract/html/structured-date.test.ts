import { describe, expect, it } from "vitest";
import { epochDate, structuredDate } from "./structured-date.js";

describe("structuredDate", () => {
  it("keeps ISO dates and date-times as the page states them, offset included", () => {
    expect(structuredDate("2024-03-05")).toBe("2024-03-05");
    expect(structuredDate("2024-03-05T09:30:00+01:00")).toBe("2024-03-05T09:30:00+01:00");
    expect(structuredDate("2024-03-05T09:30:00.000Z")).toBe("2024-03-05T09:30:00Z");
    expect(structuredDate("2024-03-05 9:30")).toBe("2024-03-05T09:30:00");
    expect(structuredDate("2024-03-05T09:30:00+0100")).toBe("2024-03-05T09:30:00+01:00");
  });

  it("rejects impossible dates and text without a date", () => {
    expect(structuredDate("2024-02-30")).toBeNull();
    expect(structuredDate("1970-01-01")).toBeNull();
    expect(structuredDate("yesterday")).toBeNull();
    expect(structuredDate("")).toBeNull();
  });

  it("reads written-out dates through the date parser", () => {
    expect(structuredDate("March 5, 2024")).toBe("2024-03-05");
  });

  it("reads a dotted numeric date day first, with or without its time", () => {
    expect(structuredDate("05.03.2024")).toBe("2024-03-05");
    expect(structuredDate("5.3.2024 14:30")).toBe("2024-03-05");
    expect(structuredDate("31.02.2024")).toBeNull();
  });
});

describe("structuredDate and the page's locale", () => {
  it("reads a slashed date day first on a day-first page, else month first", () => {
    expect(structuredDate("03/04/2021", "day-first")).toBe("2021-04-03");
    expect(structuredDate("03-04-2021 10:15", "day-first")).toBe("2021-04-03");
    expect(structuredDate("03/04/2021", "month-first")).toBe("2021-03-04");
    expect(structuredDate("03/04/2021")).toBe("2021-03-04");
  });

  it("keeps the only order that makes a day", () => {
    expect(structuredDate("12/25/2021", "day-first")).toBe("2021-12-25");
  });
});

describe("epochDate", () => {
  it("reads epoch seconds and milliseconds", () => {
    expect(epochDate("1709631000")).toBe("2024-03-05T09:30:00Z");
    expect(epochDate("1709631000000")).toBe("2024-03-05T09:30:00Z");
    expect(epochDate("12345")).toBeNull();
  });
});
