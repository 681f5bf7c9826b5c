// Runs @mozilla/readability on a jsdom document: the baseline Storyline's HTML extraction is measured against.
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import type { ExtractorOutput } from "./page-scores.js";

/** jsdom reports CSS it cannot parse; that noise says nothing about extraction. */
const quietConsole = new VirtualConsole();

export function extractWithReadability(html: string, url: string | undefined): ExtractorOutput {
  let dom: JSDOM;
  try {
    dom = new JSDOM(html, { url, virtualConsole: quietConsole });
  } catch {
    dom = new JSDOM(html, { virtualConsole: quietConsole });
  }
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return {
    text: article?.textContent ?? "",
    title: article?.title ?? null,
    author: article?.byline ?? null,
    published: article?.publishedTime ?? null,
  };
}
