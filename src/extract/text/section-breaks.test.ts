import { describe, expect, it } from "vitest";
import { measureLines } from "./line-features.js";
import { opensAfterMatter, opensComments } from "./section-breaks.js";

const opens = (text: string) => measureLines([{ index: 0, text, blankBefore: true }]).map(opensAfterMatter)[0];

describe("opensAfterMatter", () => {
  it.each([
    "About Jane Porter",
    "About Us",
    "About the author",
    "Meet the Team",
    "Get in touch",
    "12 Comments",
    "Was this article helpful?",
    "How useful was this post?",
    "Did you find this guide helpful?",
  ])("takes %j for a heading that opens what follows the article", (heading) => expect(opens(heading)).toBe(true));

  it.each([
    "About 200 people fled.",
    "About time, too!",
    "About a third voted no",
    "Was this decision helpful?",
    "How helpful was this inspection?",
    "Is this information useful to attackers?",
  ])("takes the short sentence %j for article text", (line) => expect(opens(line)).toBe(false));
});

describe("opensComments", () => {
  const comments = (text: string) => measureLines([{ index: 0, text, blankBefore: true }]).map(opensComments)[0];

  it.each(["109 Comments", "1,204 Responses", "Leave a Reply", "Reader Interactions", "Discussion about this post"])(
    "takes %j for the opening of the readers' comments",
    (line) => expect(comments(line)).toBe(true),
  );

  it.each(["Comments", "12 comments from readers shaped this story", "Replies to the council came in fast"])(
    "does not take %j for it",
    (line) => expect(comments(line)).toBe(false),
  );
});
