import { describe, expect, it } from "vitest";
import { splitDumpLines } from "./dump-lines.js";
import { classifyLines } from "./line-classes.js";
import { measureLines } from "./line-features.js";
import {
  CONTEXT_FEATURES,
  LINE_MODEL_FEATURES,
  lineModelInputs,
  lineProbabilities,
  parseLineModel,
} from "./line-model.js";

const PARAGRAPHS = [
  "The city council voted on Tuesday to close the old harbour bridge for repairs, after engineers found deep cracks in two of its supports during a routine inspection last month.",
  "Officials said the work would take at least six months and that ferries would run every twenty minutes while the bridge is closed, at no extra cost to passengers.",
  "Shop owners on both banks of the river warned that the closure could cut their trade by half, and asked the council for help with rents until the bridge reopens.",
  "The mayor told reporters that the council would meet the owners next week and that a fund for affected businesses was being discussed with the regional government.",
];
const MENU = ["Home", "World", "Business", "Sport", "Weather", "Opinion", "Podcasts", "Newsletters"];
const FOOTER = ["About Us", "Contact", "Privacy Policy", "Terms of Use", "Cookie Settings", "Advertise"];

function probabilitiesOf(lines: string[]): { text: string; p: number }[] {
  const features = measureLines(splitDumpLines(lines.join("\n\n")));
  const p = lineProbabilities(features, classifyLines(features), []);
  return features.map((line, i) => ({ text: line.text, p: p[i] ?? 0 }));
}

describe("line model", () => {
  it("rates the article's paragraphs above the menu and the footer around them", () => {
    const lines = probabilitiesOf([...MENU, ...PARAGRAPHS, ...FOOTER]);
    const article = lines.filter((line) => PARAGRAPHS.includes(line.text));
    const furniture = lines.filter((line) => !PARAGRAPHS.includes(line.text));
    const mean = article.reduce((sum, line) => sum + line.p, 0) / article.length;
    expect(Math.min(...article.map((line) => line.p))).toBeGreaterThan(Math.max(...furniture.map((line) => line.p)));
    // Well above the 0.3 at which body-region.ts lets a line pull the region over itself.
    expect(mean).toBeGreaterThan(0.5);
    expect(Math.max(...furniture.map((line) => line.p))).toBeLessThan(0.3);
  });

  it("rates a short heading between paragraphs above the same kind of line inside the menu", () => {
    const heading = "Ferries Take Over";
    const between = probabilitiesOf([
      ...MENU,
      PARAGRAPHS[0] ?? "",
      PARAGRAPHS[1] ?? "",
      heading,
      ...PARAGRAPHS.slice(2),
    ]);
    const inMenu = probabilitiesOf([...MENU.slice(0, 4), heading, ...MENU.slice(4), ...PARAGRAPHS]);
    const score = (lines: { text: string; p: number }[]) => lines.find((line) => line.text === heading)?.p ?? 0;
    expect(score(between)).toBeGreaterThan(2 * score(inMenu));
  });

  it("rates a closing call to action and a business's pitch below reporting of the same shape in the same place", () => {
    const closing = (line: string) =>
      probabilitiesOf([...MENU, ...PARAGRAPHS, line, ...FOOTER])[MENU.length + 4]?.p ?? 1;
    const callToAction = closing(
      "Want more news like this? Subscribe to our weekly bulletin and follow us on social media so you never miss an update.",
    );
    const reporting = closing(
      "Want more detail on the plan? The council has published the engineers' report and will hold a public meeting on it in May.",
    );
    expect(callToAction).toBeLessThan(0.75 * reporting);
    const pitch = closing(
      "At Harbour Ferries we make every crossing count, and our crews are proud to serve the city every day.",
    );
    const news = closing(
      "The harbour ferry company said its crews would run extra crossings every day while the bridge is shut.",
    );
    expect(pitch).toBeLessThan(news);
  });

  it("counts a share bar under the headline as no break, and a comments heading below the article as one", () => {
    const lines = ["Harbour Bridge Closes for Repairs", "By Jane Porter", "Share this article", ...PARAGRAPHS];
    lines.push("Comments", "Great news for the city, at last.");
    const features = measureLines(splitDumpLines(lines.join("\n")));
    const inputs = lineModelInputs(features, classifyLines(features), [0]);
    const breakInput = LINE_MODEL_FEATURES.indexOf("belowSectionBreak");
    const belowBreak = inputs.map((row) => row[breakInput]);
    expect(belowBreak.slice(3, 3 + PARAGRAPHS.length)).toEqual(PARAGRAPHS.map(() => 0));
    expect(belowBreak.at(-1)).toBe(1);
  });

  it("gives one input per feature name for every line", () => {
    const features = measureLines(splitDumpLines([...MENU, ...PARAGRAPHS].join("\n")));
    const inputs = lineModelInputs(features, classifyLines(features), [0]);
    expect(inputs).toHaveLength(features.length);
    for (const row of inputs) expect(row).toHaveLength(LINE_MODEL_FEATURES.length);
  });

  it("refuses weights trained for other inputs", () => {
    const layer = (size: number) => ({ weights: new Array<number>(size).fill(0), bias: 0 });
    const valid = {
      features: [...LINE_MODEL_FEATURES],
      contextFeatures: [...CONTEXT_FEATURES],
      firstPass: layer(LINE_MODEL_FEATURES.length),
      secondPass: layer(LINE_MODEL_FEATURES.length + CONTEXT_FEATURES.length),
      provenance: "test",
    };
    expect(parseLineModel(valid).firstPass.bias).toBe(0);
    expect(() => parseLineModel({ ...valid, features: ["logWords"] })).toThrow(/do not match/);
    expect(() => parseLineModel({ ...valid, secondPass: layer(3) })).toThrow(/do not match/);
  });
});
