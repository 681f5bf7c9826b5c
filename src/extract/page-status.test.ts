import { describe, expect, it } from "vitest";
import { detectPageStatus } from "./page-status.js";

const ARTICLE = [
  "The city council approved the new harbour budget on Tuesday after a long debate about ferry fares and repairs.",
  "Council members said the repairs to the north pier would start in spring, with the work expected to last a year.",
  "Residents who spoke at the meeting asked for cheaper fares for students, and the council agreed to study the idea.",
  "The budget also funds two new ferries, which the harbour authority says will cut waiting times in the summer.",
  "Opposition members voted against the plan, arguing that the repairs should have been tendered again this year.",
  "The harbour authority replied that a new tender would delay the work by at least six months and raise the cost.",
  "A final vote on the ferry fares is expected in March, once the study of student discounts has been completed.",
  "Shop owners near the north pier welcomed the decision, saying that the closed walkway had cost them customers.",
  "The council will publish the full budget on its website next week, together with the minutes of the meeting.",
].join("\n\n");

describe("detectPageStatus", () => {
  it("passes a real article through unchanged", () => {
    const status = detectPageStatus({ title: "Council approves harbour budget", text: ARTICLE });
    expect(status).toEqual({ status: "ok", statusReason: null, text: ARTICLE });
  });

  it("flags a consent wall and drops its text", () => {
    const wall =
      "We value your privacy\n\nWe and our partners store and/or access information on a device.\n\nAccept all\n\nReject all";
    const status = detectPageStatus({ title: "Before you continue", text: wall });
    expect(status.status).toBe("blocked");
    expect(status.statusReason).toMatch(/consent/);
    expect(status.text).toBe("");
  });

  it("flags a bot challenge from the title or the page text", () => {
    const byTitle = detectPageStatus({ title: "Just a moment...", text: "Enable JavaScript and cookies to continue" });
    expect(byTitle.status).toBe("blocked");
    expect(byTitle.statusReason).toMatch(/challenge/);
    expect(byTitle.text).toBe("");
    const byPage = detectPageStatus({
      title: "example.com",
      text: "",
      pageText: "Checking your browser before accessing example.com.\nPlease verify you are human.",
    });
    expect(byPage.status).toBe("blocked");
  });

  it("keeps the teaser of a paywalled story but not the paywall prompt", () => {
    const text =
      "The mayor resigned on Friday, weeks after the audit of the harbour accounts was published.\n\n" +
      "Subscribe to continue reading\n\nAlready a subscriber? Log in";
    const status = detectPageStatus({ title: "Mayor resigns", text });
    expect(status.status).toBe("blocked");
    expect(status.statusReason).toMatch(/paywall/);
    expect(status.text).toBe(
      "The mayor resigned on Friday, weeks after the audit of the harbour accounts was published.",
    );
  });

  it("does not call an article with a subscription plug a paywall", () => {
    const status = detectPageStatus({
      title: "Harbour budget",
      text: `${ARTICLE}\n\nSubscribe to continue reading our coverage`,
    });
    expect(status.status).toBe("ok");
    expect(status.text).toBe(ARTICLE);
  });

  it("flags not-found pages", () => {
    const status = detectPageStatus({
      title: "Page not found | Daily Planet",
      text: "Sorry, the page you are looking for does not exist.",
    });
    expect(status.status).toBe("empty");
    expect(status.statusReason).toMatch(/not found/);
    expect(status.text).toBe("");
  });

  it("flags a JavaScript app shell", () => {
    const status = detectPageStatus({
      title: "Daily Planet",
      text: "",
      pageText: "You need to enable JavaScript to run this app.",
      scriptCount: 12,
    });
    expect(status).toMatchObject({ status: "empty", statusReason: expect.stringMatching(/JavaScript/) });
  });

  it("calls a short page without article text empty", () => {
    const status = detectPageStatus({ title: "Links", text: "Home\n\nNews\n\nContact" });
    expect(status.status).toBe("empty");
    expect(status.statusReason).toBe("no article text found");
  });
});
