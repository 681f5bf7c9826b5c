import { describe, expect, it } from "vitest";
import { splitDumpLines } from "./dump-lines.js";
import { measureLines } from "./line-features.js";

const measure = (text: string) => measureLines(splitDumpLines(text))[0];

describe("measureLines", () => {
  it("notes a request to the reader and a business speaking of itself", () => {
    expect(measure("Sign up for our weekly bulletin and we will send you the best of the week.")).toMatchObject({
      callToAction: "leads",
    });
    const pitch = measure("At Harbour Ferries we put our passengers first, and our crews are here for us all.");
    expect(pitch?.callToAction).toBeNull();
    expect(pitch?.firstPersonPluralRatio).toBeCloseTo(4 / 16);
    expect(measure("The council voted on Tuesday to close the bridge for repairs.")).toMatchObject({
      callToAction: null,
      firstPersonPluralRatio: 0,
    });
  });

  it("notes a line that asks a question, a quoted one too", () => {
    expect(measure("Want the best of the week in your inbox? You can join for free.")?.asksQuestion).toBe(false);
    expect(measure("Did the council know about the cracks?")?.asksQuestion).toBe(true);
    expect(measure("“Who will pay for it?”")?.asksQuestion).toBe(true);
  });

  it("notes a date glued to the word before it or a machine timestamp, but not a month name inside a word", () => {
    expect(measure("6 min readDec 1, 2025")?.hasDate).toBe(true);
    expect(measure("EditorialNovember 22, 2018")?.hasDate).toBe(true);
    expect(measure("The Omar 5 quartet played")?.hasDate).toBe(false);
    expect(measure("2022-11-23T08:10+02:00")?.hasDate).toBe(true);
  });
});
