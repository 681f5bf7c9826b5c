import { describe, expect, it } from "vitest";
import { relativeDay } from "./relative-date.js";

const FETCHED = new Date("2025-03-10T02:30:00Z");

describe("relativeDay", () => {
  it("counts minutes, hours and days back from the fetch, giving the UTC day they fall on", () => {
    expect(relativeDay("Posted 20 minutes ago", FETCHED)?.date).toBe("2025-03-10");
    expect(relativeDay("By Lois Lane · 3 hours ago", FETCHED)?.date).toBe("2025-03-09");
    expect(relativeDay("an hour ago", FETCHED)?.date).toBe("2025-03-10");
    expect(relativeDay("5h ago", FETCHED)?.date).toBe("2025-03-09");
    expect(relativeDay("2 days ago", FETCHED)?.date).toBe("2025-03-08");
    expect(relativeDay("Yesterday at 5:30 PM", FETCHED)?.date).toBe("2025-03-09");
  });

  it("says where the relative date sits in the text", () => {
    expect(relativeDay("Updated 2 days ago", FETCHED)).toEqual({ date: "2025-03-08", index: 8, end: 18 });
  });

  it("reads nothing past a week, nor what only looks relative", () => {
    expect(relativeDay("12 days ago", FETCHED)).toBeNull();
    expect(relativeDay("3 weeks ago", FETCHED)).toBeNull();
    expect(relativeDay("3m ago", FETCHED)).toBeNull();
    expect(relativeDay("Yesterday's most read", FETCHED)).toBeNull();
    expect(relativeDay("The hours ago felt long", FETCHED)).toBeNull();
    expect(relativeDay("2 hours ago", new Date(Number.NaN))).toBeNull();
  });

  it("reads only a dateline's part that is the relative date, never a sentence or a headline", () => {
    expect(relativeDay("Yesterday, the council voted to approve the plan.", FETCHED)).toBeNull();
    expect(relativeDay("Yesterday once more: markets fall again", FETCHED)).toBeNull();
    expect(relativeDay("Jane commented 2 days ago", FETCHED)).toBeNull();
    expect(relativeDay("News | Yesterday", FETCHED)?.date).toBe("2025-03-09");
    expect(relativeDay("By Lois Lane, 2 days ago", FETCHED)?.date).toBe("2025-03-08");
    expect(relativeDay("By Lois Lane, Yesterday", FETCHED)?.date).toBe("2025-03-09");
    expect(relativeDay("By Lois Lane · Updated: 4 hours ago · 3 min read", FETCHED)).toEqual({
      date: "2025-03-09",
      index: 24,
      end: 35,
    });
  });
});
