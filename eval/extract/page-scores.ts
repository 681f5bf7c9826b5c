// Scores one extractor's output for one WCXB page, and averages page scores into a table row.
import {
  calendarDate,
  containsSnippet,
  normaliseAuthors,
  normaliseField,
  shingleF1,
  wordF1,
} from "../scoring/text-overlap.js";
import type { WcxbPage } from "./wcxb-pages.js";

/** What any extractor gives back for a page, reduced to what the eval scores. */
export interface ExtractorOutput {
  text: string;
  title: string | null;
  author: string | null;
  published: string | null;
  /** The extractor's own confidence in the body (0..1), when it gives one. */
  confidence?: number;
}

export interface PageScore {
  id: string;
  /** Null when the page has no main_content to score against. */
  wordF1: number | null;
  shingleF1: number | null;
  withFound: number;
  withTotal: number;
  withoutAbsent: number;
  withoutTotal: number;
  title: boolean;
  author: boolean;
  date: boolean;
}

/** Fields compare equal after normalisation; a null on both sides is a match (nothing to find, nothing found). */
export function scorePage(page: WcxbPage, output: ExtractorOutput): PageScore {
  const hasText = page.mainContent !== null;
  return {
    id: page.id,
    wordF1: hasText ? wordF1(output.text, page.mainContent ?? "").f1 : null,
    shingleF1: hasText ? shingleF1(output.text, page.mainContent ?? "").f1 : null,
    withFound: page.with.filter((snippet) => containsSnippet(output.text, snippet)).length,
    withTotal: page.with.length,
    withoutAbsent: page.without.filter((snippet) => !containsSnippet(output.text, snippet)).length,
    withoutTotal: page.without.length,
    title: normaliseField(output.title) === normaliseField(page.title),
    author: normaliseAuthors(output.author) === normaliseAuthors(page.author),
    date: calendarDate(output.published) === calendarDate(page.publishDate),
  };
}

export interface ScoreSummary {
  pages: number;
  wordF1: number;
  shingleF1: number;
  withRate: number;
  withoutRate: number;
  title: number;
  author: number;
  date: number;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function summarise(scores: readonly PageScore[]): ScoreSummary {
  const sum = (pick: (score: PageScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const withTotal = sum((score) => score.withTotal);
  const withoutTotal = sum((score) => score.withoutTotal);
  return {
    pages: scores.length,
    wordF1: mean(scores.flatMap((score) => (score.wordF1 === null ? [] : [score.wordF1]))),
    shingleF1: mean(scores.flatMap((score) => (score.shingleF1 === null ? [] : [score.shingleF1]))),
    withRate: withTotal === 0 ? 0 : sum((score) => score.withFound) / withTotal,
    withoutRate: withoutTotal === 0 ? 0 : sum((score) => score.withoutAbsent) / withoutTotal,
    title: mean(scores.map((score) => (score.title ? 1 : 0))),
    author: mean(scores.map((score) => (score.author ? 1 : 0))),
    date: mean(scores.map((score) => (score.date ? 1 : 0))),
  };
}
