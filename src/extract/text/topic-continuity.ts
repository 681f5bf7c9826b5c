// Measures how much of each line's vocabulary the likely article elsewhere on the page shares: its topic continuity.
import { STOP_WORDS } from "./stop-words.js";

const TOKEN = /[\p{L}\p{N}]+/gu;
/** Shorter tokens are mostly inflections, numbers and initials: they match any text by chance. */
const MIN_CONTENT_LETTERS = 3;

/**
 * A line's content words, lower-cased and each once: the words that say what it is about. A plural "s" is cut so
 * that "bridge" and "bridges" meet.
 */
export function contentWords(text: string): string[] {
  const words = new Set<string>();
  for (const token of text.toLowerCase().match(TOKEN) ?? []) {
    if (token.length < MIN_CONTENT_LETTERS || STOP_WORDS.has(token)) continue;
    words.add(token.length > 4 && token.endsWith("s") && !token.endsWith("ss") ? token.slice(0, -1) : token);
  }
  return [...words];
}

export interface TopicSupport {
  /** Mean support of the line's content words from the likely article, each capped at one (0..1): how on topic. */
  share: number;
  /** Mean log support of its best-supported words: whether it names the article's key words at all. */
  focus: number;
  /** As `share`, from the lines unlikely to be article text: menus and teasers reuse the site's own vocabulary. */
  furnitureShare: number;
}

/** A word is fully the article's when lines worth this much article chance (besides the line itself) use it. */
const FULL_SUPPORT = 3;
/** How many of a line's best-supported words its focus reads: a headline names a few key words, not all. */
const FOCUS_WORDS = 3;
/** Brings the focus near 0..1: log(1 + 20) is about 3, a word used across a long article. */
const FOCUS_SCALE = 3;

/**
 * How much each word is used by the lines, each line lending its words `weight[i]`; a line printed twice lends
 * them once, so that copies (mobile and desktop layouts) do not vouch for each other.
 */
function wordSupport(
  lines: readonly string[],
  vocabularies: readonly string[][],
  weight: (i: number) => number,
): Map<string, number> {
  const support = new Map<string, number>();
  const lent = new Set<string>();
  vocabularies.forEach((words, i) => {
    const key = (lines[i] ?? "").toLowerCase();
    if (lent.has(key)) return;
    lent.add(key);
    for (const word of words) support.set(word, (support.get(word) ?? 0) + weight(i));
  });
  return support;
}

/** The mean, over words, of their support from other lines (the line's own lending taken out), capped at one. */
function cappedShare(words: readonly string[], support: ReadonlyMap<string, number>, own: number): number {
  let total = 0;
  for (const word of words) total += Math.min(1, Math.max(0, (support.get(word) ?? 0) - own) / FULL_SUPPORT);
  return total / words.length;
}

/**
 * For each line, the support its content words get from the rest of the page's likely article text: each other
 * line lends a word its chance of being article text (`articleChance`, a first estimate per line). A teaser for
 * another story, a bio or a menu shares few content words with the article around it; the article's own
 * paragraphs and headings share many. Lines without content words score 0.
 */
export function topicSupport(lines: readonly string[], articleChance: readonly number[]): TopicSupport[] {
  const vocabularies = lines.map(contentWords);
  const chance = (i: number) => articleChance[i] ?? 0;
  const article = wordSupport(lines, vocabularies, chance);
  const furniture = wordSupport(lines, vocabularies, (i) => 1 - chance(i));
  return vocabularies.map((words, i) => {
    if (words.length === 0) return { share: 0, focus: 0, furnitureShare: 0 };
    const best = words
      .map((word) => Math.max(0, (article.get(word) ?? 0) - chance(i)))
      .sort((a, b) => b - a)
      .slice(0, FOCUS_WORDS);
    return {
      share: cappedShare(words, article, chance(i)),
      focus: best.reduce((sum, value) => sum + Math.log1p(value), 0) / FOCUS_WORDS / FOCUS_SCALE,
      furnitureShare: cappedShare(words, furniture, 1 - chance(i)),
    };
  });
}

/** Word counts of a set of lines' content words. */
function termCounts(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) for (const word of contentWords(line)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Cosine similarity of two term-count vectors (0 when either is empty). */
function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [word, count] of a) {
    dot += count * (b.get(word) ?? 0);
    normA += count * count;
  }
  for (const count of b.values()) normB += count * count;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/** This many unlikely lines in a row part two sections of the body: an ad, a share bar, a newsletter box. */
const SECTION_GAP = 4;
/** A section below the article that shares less vocabulary than this with it is about something else. */
const MIN_SECTION_COSINE = 0.2;
/** A shorter section (a closing line after a list) has too few words for its vocabulary to tell its topic. */
const MIN_SECTION_WORDS = 40;

/**
 * The body's lines (`kept`, in page order) without the sections below its main section that are off its topic:
 * teasers for other stories, an author's bio, a sales pitch that the region took in because they read as prose.
 * Sections part after at least SECTION_GAP lines in a row that are unlikely article text (`unlikely`, per page
 * line); the main section is the one with the most words (`words`, per page line). Sections above it stay: the
 * lead and the standfirst often share few words with the rest; so do sections too short to judge.
 */
export function dropOffTopicSections(
  texts: readonly string[],
  words: readonly number[],
  unlikely: readonly boolean[],
  kept: readonly number[],
): number[] {
  const keptSet = new Set(kept);
  const sections: number[][] = [];
  let current: number[] = [];
  let streak = 0;
  for (let i = kept[0] ?? 0; i <= (kept.at(-1) ?? -1); i += 1) {
    if (unlikely[i]) {
      streak += 1;
    } else {
      if (streak >= SECTION_GAP && current.length > 0) {
        sections.push(current);
        current = [];
      }
      streak = 0;
    }
    if (keptSet.has(i)) current.push(i);
  }
  if (current.length > 0) sections.push(current);
  if (sections.length < 2) return [...kept];
  const sizes = sections.map((section) => section.reduce((sum, i) => sum + (words[i] ?? 0), 0));
  const main = sizes.indexOf(Math.max(...sizes));
  const termsOf = (section: number[]) => termCounts(section.map((i) => texts[i] ?? ""));
  const mainTerms = termsOf(sections[main] ?? []);
  return sections
    .filter(
      (section, k) =>
        k <= main || (sizes[k] ?? 0) < MIN_SECTION_WORDS || cosine(termsOf(section), mainTerms) >= MIN_SECTION_COSINE,
    )
    .flat();
}
